package org.linli.grids.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.linli.grids.PlanAction;
import org.linli.grids.internal.GridPartition.Building;
import org.linli.grids.internal.GridPartition.Part;

public class GridPartitionTest {
    private static final int MIN = 250;
    private static final int MAX = 300;

    private long nextId = 1;

    /** Buildings of the given sizes in one grid, coded B1, B2, … after those already made. */
    private List<Building> grid(long gridId, int... households) {
        List<Building> buildings = new ArrayList<>();
        for (int h : households) {
            long id = nextId++;
            buildings.add(new Building(id, gridId, "B" + id, null, null, h));
        }
        return buildings;
    }

    private static List<Building> all(List<Building>... grids) {
        List<Building> all = new ArrayList<>();
        for (List<Building> grid : grids) {
            all.addAll(grid);
        }
        return all;
    }

    private static List<Part> live(List<Part> parts) {
        return parts.stream().filter(p -> p.action() != PlanAction.CLOSE).toList();
    }

    @Test
    public void gridsWithinBoundsStayAsTheyAre() {
        List<Building> buildings = all(grid(10, 100, 100, 80), grid(20, 150, 150), grid(30, 299));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L, 20L, 30L), MIN, MAX);
        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.action() == PlanAction.KEEP));
        assertEquals(List.of(280L, 300L, 299L), parts.stream().map(Part::households).toList());
    }

    @Test
    public void aGridTooLargeIsSplitKeepingItsIdentityForOnePart() {
        List<Building> buildings = all(grid(10, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60), grid(20, 270));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L, 20L), MIN, MAX);
        assertEquals(3, parts.size());
        assertEquals(List.of(300L, 300L, 270L), parts.stream().map(Part::households).toList());
        assertEquals(PlanAction.CHANGE, parts.get(0).action());
        assertEquals(Long.valueOf(10), parts.get(0).gridId());
        assertEquals(PlanAction.CREATE, parts.get(1).action());
        assertNull(parts.get(1).gridId());
        assertEquals(PlanAction.KEEP, parts.get(2).action());
        assertEquals(Long.valueOf(20), parts.get(2).gridId());
    }

    @Test
    public void aGridTooSmallIsMergedAndClosed() {
        List<Building> buildings = all(grid(10, 130, 130), grid(20, 30, 30), grid(30, 130, 130));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L, 20L, 30L), MIN, MAX);
        List<Part> live = live(parts);
        assertEquals(2, live.size());
        assertTrue(live.stream().allMatch(p -> p.households() >= MIN && p.households() <= MAX));
        assertEquals(580, live.stream().mapToLong(Part::households).sum());
        List<Part> closed = parts.stream().filter(p -> p.action() == PlanAction.CLOSE).toList();
        assertEquals(1, closed.size());
        assertEquals(Long.valueOf(20), closed.get(0).gridId());
    }

    @Test
    public void anEmptyGridIsClosed() {
        List<Building> buildings = grid(10, 140, 140);
        List<Part> parts = GridPartition.plan(buildings, List.of(10L, 99L), MIN, MAX);
        assertEquals(PlanAction.KEEP, parts.get(0).action());
        assertEquals(PlanAction.CLOSE, parts.get(1).action());
        assertEquals(Long.valueOf(99), parts.get(1).gridId());
    }

    @Test
    public void aBuildingIsNeverCutEvenAboveTheMaximum() {
        List<Building> buildings = all(grid(10, 420, 140, 140));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L), MIN, MAX);
        assertEquals(2, parts.size());
        assertEquals(List.of(420L, 280L), parts.stream().map(Part::households).toList());
        assertEquals(1, parts.get(0).buildings().size());
    }

    @Test
    public void aCommunityBelowTheMinimumBecomesOneGrid() {
        List<Building> buildings = all(grid(10, 40, 40), grid(20, 50));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L, 20L), MIN, MAX);
        List<Part> live = live(parts);
        assertEquals(1, live.size());
        assertEquals(130, live.get(0).households());
        assertEquals(Long.valueOf(10), live.get(0).gridId());
        assertEquals(PlanAction.CLOSE, parts.get(1).action());
    }

    @Test
    public void neighbouringBuildingsStayTogetherByCoordinates() {
        // Codes alternate between two estates a kilometre apart; one grid holds both.
        List<Building> buildings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean west = i % 2 == 0;
            buildings.add(new Building(i + 1, 10, "B" + (i + 1), west ? 116.30 + i * 0.0001 : 116.31 + i * 0.0001, 39.90, 55));
        }
        List<Part> parts = GridPartition.plan(buildings, List.of(10L), MIN, MAX);
        assertEquals(2, parts.size());
        for (Part part : parts) {
            assertEquals(275, part.households());
            Set<Boolean> estates = part.buildings().stream().map(b -> b.longitude() < 116.305).collect(Collectors.toSet());
            assertEquals("one estate per grid: " + part.buildings(), 1, estates.size());
        }
    }

    @Test
    public void withoutCoordinatesBuildingsFollowTheirCodesNaturally() {
        assertTrue(GridPartition.natural("B2", "B10") < 0);
        assertTrue(GridPartition.natural("110101001001-B9", "110101001001-B10") < 0);
        assertTrue(GridPartition.natural("B10", "B10") == 0);
        assertTrue(GridPartition.natural("B007", "B8") < 0);
        assertTrue(GridPartition.natural("A9", "B1") < 0);
        List<Building> buildings = List.of(new Building(1, 10, "B10", null, null, 150), new Building(2, 10, "B2", null, null, 150),
                new Building(3, 10, "B1", null, null, 150), new Building(4, 10, "B11", null, null, 150));
        List<Part> parts = GridPartition.plan(buildings, List.of(10L), MIN, MAX);
        assertEquals(List.of("B1", "B2"), parts.get(0).buildings().stream().map(Building::code).toList());
        assertEquals(List.of("B10", "B11"), parts.get(1).buildings().stream().map(Building::code).toList());
    }

    @Test
    public void theHilbertCurveVisitsNeighbouringCellsInTurn() {
        // On the curve, consecutive places are always adjacent cells.
        long[][] at = new long[8][8];
        Set<Long> seen = new HashSet<>();
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                at[x][y] = GridPartition.hilbertIndex(x << 13, y << 13) >> 26;
                seen.add(at[x][y]);
            }
        }
        assertEquals(64, seen.size());
        for (long d = 0; d < 63; d++) {
            int[] a = find(at, d);
            int[] b = find(at, d + 1);
            assertEquals("cells " + d + " and " + (d + 1), 1, Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]));
        }
    }

    private static int[] find(long[][] at, long d) {
        for (int x = 0; x < at.length; x++) {
            for (int y = 0; y < at.length; y++) {
                if (at[x][y] == d) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError("no cell " + d);
    }

    /**
     * Against an independent feasibility check on random communities: the plan is within bounds
     * exactly when the walking order can be cut so; every building is in exactly one grid; grids are
     * runs of the walking order; households are neither lost nor counted twice.
     */
    @Test
    public void randomCommunitiesAreWithinBoundsWheneverTheyCanBe() {
        Random random = new Random(20261123);
        int feasible = 0;
        for (int round = 0; round < 500; round++) {
            nextId = 1;
            List<Building> buildings = new ArrayList<>();
            List<Long> grids = new ArrayList<>();
            int gridCount = 1 + random.nextInt(12);
            for (long g = 1; g <= gridCount; g++) {
                grids.add(g);
                int[] sizes = random.ints(random.nextInt(12), 0, 70).toArray();
                buildings.addAll(grid(g, sizes));
            }
            List<Part> parts = GridPartition.plan(buildings, grids, MIN, MAX);
            List<Building> order = GridPartition.walkingOrder(buildings, grids);
            List<Building> placed = live(parts).stream().flatMap(p -> p.buildings().stream()).toList();
            if (!buildings.isEmpty()) {
                assertEquals("every building once, in walking order", order, placed);
            }
            for (Part part : live(parts)) {
                assertEquals(part.buildings().stream().mapToLong(Building::households).sum(), part.households());
            }
            Set<Long> identities = new HashSet<>();
            for (Part part : parts) {
                if (part.gridId() != null) {
                    assertTrue("a present grid is used once", identities.add(part.gridId()));
                }
            }
            assertEquals(new HashSet<>(grids), parts.stream().map(Part::gridId).filter(g -> g != null).collect(Collectors.toSet()));
            boolean within = !buildings.isEmpty() && live(parts).stream().allMatch(p -> p.households() >= MIN && p.households() <= MAX);
            boolean canBe = !buildings.isEmpty() && cuttable(order.stream().mapToLong(Building::households).toArray());
            assertEquals("round " + round, canBe, within);
            feasible += canBe ? 1 : 0;
        }
        assertTrue("the rounds exercise both cases: " + feasible, feasible > 100 && feasible < 490);
    }

    /** Whether {@code sizes} can be cut into runs of MIN to MAX each: plain reachability. */
    private static boolean cuttable(long[] sizes) {
        boolean[] reach = new boolean[sizes.length + 1];
        reach[0] = true;
        for (int start = 0; start < sizes.length; start++) {
            if (!reach[start]) {
                continue;
            }
            long sum = 0;
            for (int end = start + 1; end <= sizes.length; end++) {
                sum += sizes[end - 1];
                if (sum >= MIN && sum <= MAX) {
                    reach[end] = true;
                }
            }
        }
        return reach[sizes.length];
    }

    @Test
    public void noBuildingsKeepsTheGrids() {
        List<Part> parts = GridPartition.plan(List.of(), List.of(1L, 2L), MIN, MAX);
        assertEquals(2, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.action() == PlanAction.KEEP));
        assertFalse(parts.stream().anyMatch(p -> p.households() != 0));
    }
}
