package org.linli.grids.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linli.grids.PlanAction;

/**
 * The planner's arithmetic, apart from storage: groups a community's buildings into grids of
 * {@code min} to {@code max} households.
 * <p>
 * Buildings are laid out in one walking order: along a Hilbert curve over their coordinates when
 * every building has them (buildings close on the curve stand close on the ground), otherwise in
 * the natural order of their codes; the grids as they are come one after another in that order, so
 * each present grid is one run of buildings. The new grids are runs of that order, so a grid never
 * cuts a building and holds buildings that stand together. Among all groupings into runs, the
 * planner takes the one with the fewest grids out of bounds, then the fewest grids that differ from
 * a present one (a grid within bounds stays as it is), then the fewest grids. Each run then keeps
 * the identity of the present grid that gives it most households, each present grid at most once;
 * present grids given to no run are closed. Linear in the buildings times the buildings a grid can
 * hold.
 */
final class GridPartition {

    /** A building and the grid it lies in now. */
    record Building(long id, long gridId, String code, Double longitude, Double latitude, long households) {
    }

    /** A grid after the plan: a run of buildings, or a present grid closed ({@code buildings} empty). */
    record Part(PlanAction action, Long gridId, List<Building> buildings, long households) {
    }

    private static final long OUT_OF_BOUNDS = 1_000_000_000_000L;
    private static final long DIFFERENT = 1_000_000L;

    private GridPartition() {
    }

    /**
     * Plans the grids of one community. {@code grids} are the ids of its open grids, in any order,
     * empty ones included; every building's grid is among them.
     */
    static List<Part> plan(List<Building> buildings, List<Long> grids, int min, int max) {
        List<Building> order = walkingOrder(buildings, grids);
        int n = order.size();
        if (n == 0) {
            return grids.stream().map(grid -> new Part(PlanAction.KEEP, grid, List.of(), 0)).toList();
        }
        // Where each present grid's run starts and ends in the order.
        Map<Long, int[]> runs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int at = i;
            runs.merge(order.get(i).gridId(), new int[] {i, i + 1}, (a, b) -> new int[] {a[0], at + 1});
        }
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + order.get(i).households();
        }
        long[] cost = new long[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(cost, Long.MAX_VALUE);
        cost[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                long households = prefix[end] - prefix[start];
                if (households > max && start < end - 1) {
                    break; // longer runs only grow; a single building above the maximum stays allowed
                }
                if (cost[start] == Long.MAX_VALUE) {
                    continue;
                }
                int[] run = runs.get(order.get(start).gridId());
                boolean same = run[0] == start && run[1] == end;
                long step = (households < min || households > max ? OUT_OF_BOUNDS : 0) + (same ? 0 : DIFFERENT) + 1;
                if (cost[start] + step < cost[end]) {
                    cost[end] = cost[start] + step;
                    cut[end] = start;
                }
            }
        }
        List<List<Building>> groups = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            groups.add(0, order.subList(cut[end], end));
        }
        return identify(groups, grids);
    }

    /** Gives each run the identity of the present grid contributing most to it, each grid once. */
    private static List<Part> identify(List<List<Building>> groups, List<Long> grids) {
        record Share(int group, long grid, long weight) {
        }
        List<Share> shares = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<Long, Long> weight = new LinkedHashMap<>();
            for (Building building : groups.get(g)) {
                // households first; buildings count too, so that a run of empty buildings still has an owner
                weight.merge(building.gridId(), building.households() * 10_000 + 1, Long::sum);
            }
            int group = g;
            weight.forEach((grid, w) -> shares.add(new Share(group, grid, w)));
        }
        shares.sort(Comparator.comparingLong(Share::weight).reversed().thenComparingInt(Share::group));
        Long[] owner = new Long[groups.size()];
        Map<Long, Integer> owned = new HashMap<>();
        for (Share share : shares) {
            if (owner[share.group()] == null && !owned.containsKey(share.grid())) {
                owner[share.group()] = share.grid();
                owned.put(share.grid(), share.group());
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Building> group = List.copyOf(groups.get(g));
            long households = group.stream().mapToLong(Building::households).sum();
            Long grid = owner[g];
            PlanAction action = grid == null ? PlanAction.CREATE
                    : group.stream().allMatch(b -> b.gridId() == grid) && wholeGrid(groups, grid) ? PlanAction.KEEP : PlanAction.CHANGE;
            parts.add(new Part(action, grid, group, households));
        }
        for (Long grid : grids) {
            if (!owned.containsKey(grid)) {
                parts.add(new Part(PlanAction.CLOSE, grid, List.of(), 0));
            }
        }
        return parts;
    }

    /** Whether all of a grid's buildings lie in one run. */
    private static boolean wholeGrid(List<List<Building>> groups, long grid) {
        return groups.stream().filter(group -> group.stream().anyMatch(b -> b.gridId() == grid)).count() == 1;
    }

    /** The buildings grid by grid, grids in the order of their first building, each grid's in order. */
    static List<Building> walkingOrder(List<Building> buildings, List<Long> grids) {
        Comparator<Building> byCode = Comparator.comparing(Building::code, GridPartition::natural);
        Comparator<Building> walk = byCode;
        if (buildings.stream().allMatch(b -> b.longitude() != null && b.latitude() != null)) {
            Map<Building, Long> place = hilbert(buildings);
            walk = Comparator.<Building>comparingLong(place::get).thenComparing(byCode);
        }
        List<Building> sorted = new ArrayList<>(buildings);
        sorted.sort(walk.thenComparingLong(Building::id));
        Map<Long, List<Building>> byGrid = new LinkedHashMap<>();
        for (Building building : sorted) {
            byGrid.computeIfAbsent(building.gridId(), g -> new ArrayList<>()).add(building);
        }
        List<Building> order = new ArrayList<>(buildings.size());
        byGrid.values().forEach(order::addAll);
        return order;
    }

    /** Each building's place along a Hilbert curve of 2^16 × 2^16 cells over the community's extent. */
    private static Map<Building, Long> hilbert(List<Building> buildings) {
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (Building b : buildings) {
            west = Math.min(west, b.longitude());
            east = Math.max(east, b.longitude());
            south = Math.min(south, b.latitude());
            north = Math.max(north, b.latitude());
        }
        double span = Math.max(Math.max(east - west, north - south), 1e-9);
        Map<Building, Long> place = new HashMap<>();
        for (Building b : buildings) {
            int x = (int) Math.min(65535, (b.longitude() - west) / span * 65535);
            int y = (int) Math.min(65535, (b.latitude() - south) / span * 65535);
            place.put(b, hilbertIndex(x, y));
        }
        return place;
    }

    /** The classic conversion of a cell to its distance along the curve (side 2^16). */
    static long hilbertIndex(int x, int y) {
        long d = 0;
        for (int s = 1 << 15; s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = 65535 - x;
                    y = 65535 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    /** Codes compared with their runs of digits as numbers: B2 before B10. */
    static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i), cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
