package org.linli.grids.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.audit.AuditLog;
import org.linli.common.ConflictException;
import org.linli.common.Failures;
import org.linli.common.FieldChecks;
import org.linli.common.NotFoundException;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.grids.Bound;
import org.linli.grids.GridLoad;
import org.linli.grids.GridPlan;
import org.linli.grids.GridPlanner;
import org.linli.grids.GridReport;
import org.linli.grids.PlanAction;
import org.linli.grids.PlanStatus;
import org.linli.grids.PlannedGrid;
import org.linli.grids.internal.GridPartition.Building;
import org.linli.grids.internal.GridPartition.Part;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.StaffService;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The grid planner over the stored territory. Counts are read with one grouped query per kind for
 * everything under the node asked about; plans are stored in its own tables; applying a plan goes
 * through the territory and staff registers, inside this planner's transaction, so that their own
 * checks, guards and caches apply and a failure anywhere leaves everything as it was.
 */
@Component(service = GridPlanner.class, configurationPid = "org.linli.grids")
@Designate(ocd = JpaGridPlanner.Config.class)
public class JpaGridPlanner implements GridPlanner {

    @ObjectClassDefinition(name = "Linli grid planner", description = "Default bounds of a grid (网格), in households")
    public @interface Config {
        @AttributeDefinition(description = "Fewest households in a grid")
        int minHouseholds() default 250;

        @AttributeDefinition(description = "Most households in a grid")
        int maxHouseholds() default 300;
    }

    private final JpaTemplate jpa;
    private final TerritoryService territory;
    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultMin;
    private final int defaultMax;

    @Activate
    public JpaGridPlanner(@Reference(target = "(osgi.unit.name=linli-grids)") JpaTemplate jpa,
                          @Reference TerritoryService territory, @Reference StaffService staff, @Reference AuditLog audit,
                          @Reference Database migrated, @Reference Clock clock, Config config) {
        this.jpa = jpa;
        this.clock = clock;
        this.territory = territory;
        this.staff = staff;
        this.audit = audit;
        this.defaultMin = config.minHouseholds();
        this.defaultMax = config.maxHouseholds();
    }

    @Override
    public List<GridReport> report(long nodeId, Integer minHouseholds, Integer maxHouseholds) {
        CallerContext.require(Permission.TERRITORY_READ);
        int[] bounds = bounds(minHouseholds, maxHouseholds);
        TerritoryNode node = above(nodeId);
        return inTransaction(em -> {
            Street street = Street.read(em, node, LocalDate.now(clock));
            List<GridReport> reports = new ArrayList<>();
            for (Community community : street.communities) {
                reports.add(report(em, community, bounds[0], bounds[1]));
            }
            return reports;
        });
    }

    private static GridReport report(EntityManager em, Community community, int min, int max) {
        GridReport report = new GridReport();
        report.setCommunityId(community.id);
        report.setCommunityCode(community.code);
        report.setCommunityName(community.name);
        report.setMinHouseholds(min);
        report.setMaxHouseholds(max);
        Map<Long, List<Building>> byGrid = community.buildings.stream().collect(Collectors.groupingBy(Building::gridId));
        long inGrids = 0;
        boolean within = true;
        for (GridRow grid : community.grids) {
            List<Building> buildings = byGrid.getOrDefault(grid.id, List.of());
            long households = buildings.stream().mapToLong(Building::households).sum();
            GridLoad load = new GridLoad();
            load.setGridId(grid.id);
            load.setCode(grid.code);
            load.setName(grid.name);
            load.setBuildings(buildings.size());
            load.setHouseholds(households);
            load.setBound(Bound.of(households, min, max));
            within &= load.getBound() == Bound.WITHIN;
            inGrids += households;
            report.getGrids().add(load);
        }
        long all = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM household h JOIN territory_node d ON d.id = h.dwelling_id"
                + " WHERE d.path LIKE ?1").setParameter(1, community.path + "%").getSingleResult()).longValue();
        report.setHouseholds(all);
        report.setHouseholdsInGrids(inGrids);
        report.setHouseholdsOutsideGrids(all - inGrids);
        report.setWithinBounds(within && all == inGrids);
        return report;
    }

    @Override
    public List<GridPlan> propose(long nodeId, Integer minHouseholds, Integer maxHouseholds) {
        CallerContext.require(Permission.TERRITORY_WRITE);
        int[] bounds = bounds(minHouseholds, maxHouseholds);
        TerritoryNode node = above(nodeId);
        String user = CallerContext.current().user();
        return inTransaction(em -> {
            Street street = Street.read(em, node, LocalDate.now(clock));
            List<GridPlan> plans = new ArrayList<>();
            for (Community community : street.communities) {
                plans.add(propose(em, community, street.workers, bounds[0], bounds[1], user));
            }
            return plans;
        });
    }

    private GridPlan propose(EntityManager em, Community community, Map<Long, Long> workers, int min, int max, String user) {
        List<Long> gridIds = community.grids.stream().map(g -> g.id).toList();
        List<Part> parts = GridPartition.plan(community.buildings, gridIds, min, max);
        em.createQuery("UPDATE PlanRow p SET p.status = :stale, p.version = p.version + 1 WHERE p.communityId = :c AND p.status = :proposed")
                .setParameter("stale", PlanStatus.STALE).setParameter("proposed", PlanStatus.PROPOSED)
                .setParameter("c", community.id).executeUpdate();
        PlanRow plan = new PlanRow();
        plan.communityId = community.id;
        plan.minHouseholds = min;
        plan.maxHouseholds = max;
        plan.status = PlanStatus.PROPOSED;
        plan.withinBounds = parts.stream().allMatch(p -> p.action() == PlanAction.CLOSE || Bound.of(p.households(), min, max) == Bound.WITHIN);
        plan.fingerprint = community.fingerprint();
        plan.buildingsMoved = (int) parts.stream().flatMap(p -> p.buildings().stream().filter(b -> !Long.valueOf(b.gridId()).equals(p.gridId())))
                .count();
        plan.proposedBy = user;
        plan.proposedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        em.persist(plan);
        Map<Long, GridRow> grids = community.grids.stream().collect(Collectors.toMap(g -> g.id, Function.identity()));
        Set<Long> staffed = new HashSet<>();
        parts.stream().filter(p -> p.action() == PlanAction.KEEP || p.action() == PlanAction.CHANGE)
                .map(p -> workers.get(p.gridId())).filter(w -> w != null).forEach(staffed::add);
        FreeCodes codes = new FreeCodes(em, community);
        int ordinal = 0;
        for (Part part : parts) {
            PartRow row = new PartRow();
            row.planId = plan.id;
            row.ordinal = ordinal++;
            row.action = part.action();
            row.gridId = part.gridId();
            row.households = Math.toIntExact(part.households());
            row.buildingIds = part.buildings().stream().map(b -> String.valueOf(b.id())).collect(Collectors.joining(","));
            if (part.action() == PlanAction.CREATE) {
                row.code = codes.next();
                row.name = "第" + codes.number + "网格";
                row.workerId = workerFromClosedGrids(part, parts, workers, staffed);
            } else {
                row.code = grids.get(part.gridId()).code;
                row.name = grids.get(part.gridId()).name;
                row.workerId = workers.get(part.gridId());
            }
            em.persist(row);
        }
        em.flush();
        return toApi(em, plan);
    }

    /** The worker of the closed grid that gives a new grid most households, if not placed already. */
    private static Long workerFromClosedGrids(Part part, List<Part> parts, Map<Long, Long> workers, Set<Long> staffed) {
        Set<Long> closed = parts.stream().filter(p -> p.action() == PlanAction.CLOSE).map(Part::gridId).collect(Collectors.toSet());
        Map<Long, Long> given = new HashMap<>();
        part.buildings().stream().filter(b -> closed.contains(b.gridId()))
                .forEach(b -> given.merge(b.gridId(), b.households() + 1, Long::sum));
        return given.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .map(e -> workers.get(e.getKey())).filter(w -> w != null && staffed.add(w)).findFirst().orElse(null);
    }

    @Override
    public GridPlan plan(long planId) {
        CallerContext.require(Permission.TERRITORY_READ);
        return inTransaction(em -> {
            PlanRow plan = visiblePlan(em, planId, LockModeType.NONE);
            return toApi(em, plan);
        });
    }

    @Override
    public List<GridPlan> plans(long communityId) {
        CallerContext.require(Permission.TERRITORY_READ);
        TerritoryNode community = territory.get(communityId);
        if (community.getLevel() != TerritoryLevel.COMMUNITY) {
            throw new ValidationException("communityId", "level", "plans belong to a community, not a " + community.getLevel().name().toLowerCase());
        }
        return inTransaction(em -> em.createQuery("SELECT p FROM PlanRow p WHERE p.communityId = :c ORDER BY p.proposedAt DESC, p.id DESC", PlanRow.class)
                .setParameter("c", communityId).getResultList().stream().map(p -> toApi(em, p)).toList());
    }

    @Override
    public GridPlan apply(long planId) {
        CallerContext.require(Permission.TERRITORY_WRITE);
        CallerContext.require(Permission.STAFF_WRITE);
        String user = CallerContext.current().user();
        return inTransaction(em -> {
            PlanRow plan = visiblePlan(em, planId, LockModeType.PESSIMISTIC_WRITE);
            if (plan.status != PlanStatus.PROPOSED) {
                throw new ConflictException("id", "status", "grid plan " + planId + " is " + plan.status + "; only a proposed plan is applied");
            }
            TerritoryNode communityNode = territory.get(plan.communityId);
            Community community = Street.read(em, communityNode, LocalDate.now(clock)).communities.get(0);
            if (!community.fingerprint().equals(plan.fingerprint)) {
                throw new ConflictException("id", "changed", "the grids, buildings or households of " + community.name
                        + " changed after grid plan " + planId + " was proposed; propose again");
            }
            Map<Long, Long> gridOf = community.buildings.stream().collect(Collectors.toMap(Building::id, Building::gridId));
            LocalDate today = LocalDate.now(clock);
            List<PartRow> parts = parts(em, planId);
            int moved = 0;
            int created = 0;
            for (PartRow part : parts) {
                if (part.action == PlanAction.CREATE) {
                    part.gridId = territory.create(new TerritoryNode(plan.communityId, TerritoryLevel.GRID, part.code, part.name)).getId();
                    created++;
                }
            }
            for (PartRow part : parts) {
                for (long building : ids(part.buildingIds)) {
                    if (gridOf.get(building) != part.gridId.longValue()) {
                        TerritoryNode node = territory.get(building);
                        node.setParentId(part.gridId);
                        territory.update(building, node);
                        moved++;
                    }
                }
            }
            for (PartRow part : parts) {
                if (part.action == PlanAction.CLOSE) {
                    endAssignments(em, part.gridId, today);
                    TerritoryNode grid = territory.get(part.gridId);
                    grid.setClosedOn(today);
                    territory.update(part.gridId, grid);
                } else if (part.action == PlanAction.CREATE && part.workerId != null) {
                    GridAssignment assignment = new GridAssignment();
                    assignment.setWorkerId(part.workerId);
                    assignment.setNodeId(part.gridId);
                    assignment.setRole(AssignmentRole.GRID_WORKER);
                    assignment.setStartsOn(today);
                    staff.gridAssignments().create(assignment);
                }
            }
            plan.status = PlanStatus.APPLIED;
            plan.appliedBy = user;
            plan.appliedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
            em.flush();
            audit.record(community.id, "apply", "grid plan", planId, List.of(), null, community.name + ": " + created + " grid(s) created, "
                    + parts.stream().filter(p -> p.action == PlanAction.CLOSE).count() + " closed, " + moved + " building(s) moved");
            return toApi(em, plan);
        });
    }

    /** Ends every responsibility for a grid that is closed (grid worker, grid lead) on the day it closes. */
    private void endAssignments(EntityManager em, long gridId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Number> running = em.createNativeQuery("SELECT id FROM grid_assignment WHERE node_id = ?1 AND (ends_on IS NULL OR ends_on > ?2)")
                .setParameter(1, gridId).setParameter(2, today).getResultList();
        for (Number id : running) {
            GridAssignment assignment = staff.gridAssignments().get(id.longValue());
            assignment.setEndsOn(assignment.getStartsOn().isAfter(today) ? assignment.getStartsOn() : today);
            staff.gridAssignments().update(assignment.getId(), assignment);
        }
    }

    private PlanRow visiblePlan(EntityManager em, long planId, LockModeType lock) {
        PlanRow plan = em.find(PlanRow.class, planId, lock);
        if (plan == null) {
            throw new NotFoundException("id", "grid plan", planId);
        }
        try {
            territory.get(plan.communityId);
        } catch (NotFoundException outOfScope) {
            throw new NotFoundException("id", "grid plan", planId);
        }
        return plan;
    }

    private static List<PartRow> parts(EntityManager em, long planId) {
        return em.createQuery("SELECT p FROM PartRow p WHERE p.planId = :p ORDER BY p.ordinal", PartRow.class)
                .setParameter("p", planId).getResultList();
    }

    private static GridPlan toApi(EntityManager em, PlanRow row) {
        GridPlan plan = new GridPlan();
        plan.setId(row.id);
        plan.setCommunityId(row.communityId);
        plan.setMinHouseholds(row.minHouseholds);
        plan.setMaxHouseholds(row.maxHouseholds);
        plan.setStatus(row.status);
        plan.setWithinBounds(row.withinBounds);
        plan.setProposedBy(row.proposedBy);
        plan.setProposedAt(row.proposedAt);
        plan.setAppliedBy(row.appliedBy);
        plan.setAppliedAt(row.appliedAt);
        plan.setBuildingsMoved(row.buildingsMoved);
        for (PartRow part : parts(em, row.id)) {
            PlannedGrid planned = new PlannedGrid();
            planned.setAction(part.action);
            planned.setGridId(part.gridId);
            planned.setCode(part.code);
            planned.setName(part.name);
            planned.setHouseholds(part.households);
            planned.setBound(part.action == PlanAction.CLOSE ? null : Bound.of(part.households, row.minHouseholds, row.maxHouseholds));
            planned.setBuildingIds(ids(part.buildingIds));
            planned.setWorkerId(part.workerId);
            plan.getGrids().add(planned);
        }
        return plan;
    }

    static List<Long> ids(String joined) {
        return joined == null || joined.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.stream(joined.split(",")).map(Long::valueOf).toList());
    }

    /** The node a report or plan is asked for: a community or any node above one, in the caller's scope. */
    private TerritoryNode above(long nodeId) {
        TerritoryNode node = territory.get(nodeId);
        if (node.getLevel().ordinal() > TerritoryLevel.COMMUNITY.ordinal()) {
            throw new ValidationException("nodeId", "level", "name a community, or a street, district or city above communities; not a "
                    + node.getLevel().name().toLowerCase());
        }
        return node;
    }

    private int[] bounds(Integer min, Integer max) {
        int low = min == null ? defaultMin : min;
        int high = max == null ? defaultMax : max;
        FieldChecks checks = new FieldChecks();
        if (low < 1) {
            checks.add("minHouseholds", "range", "a grid holds at least one household");
        }
        if (high < low) {
            checks.add("maxHouseholds", "range", "maxHouseholds (" + high + ") is below minHouseholds (" + low + ")");
        }
        if (high > 100_000) {
            checks.add("maxHouseholds", "range", "at most 100000 households in a grid");
        }
        checks.throwIfAny();
        return new int[] {low, high};
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return jpa.txExpr(TransactionType.Required, work::apply);
        } catch (RuntimeException e) {
            throw Failures.unwrap(e);
        }
    }

    /** An open grid. */
    record GridRow(long id, long communityId, String code, String name) {
    }

    /** What the planner reads of one community. */
    static final class Community {
        final long id;
        final String code;
        final String name;
        final String path;
        final List<GridRow> grids = new ArrayList<>();
        final List<Building> buildings = new ArrayList<>();

        Community(long id, String code, String name, String path) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.path = path;
        }

        /** A digest of every building's grid and households and of the open grids. */
        String fingerprint() {
            StringBuilder text = new StringBuilder();
            grids.stream().map(GridRow::id).sorted().forEach(g -> text.append('g').append(g).append(';'));
            buildings.stream().sorted(Comparator.comparingLong(Building::id))
                    .forEach(b -> text.append(b.id()).append(':').append(b.gridId()).append(':').append(b.households()).append(';'));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Everything under one node, read with one query per kind. */
    static final class Street {
        final List<Community> communities = new ArrayList<>();
        /** Each open grid's grid worker (网格员) today: the one assigned first. */
        final Map<Long, Long> workers = new HashMap<>();

        @SuppressWarnings("unchecked")
        static Street read(EntityManager em, TerritoryNode node, LocalDate today) {
            Street street = new Street();
            String under = node.getPath() + "%";
            Map<Long, Community> byId = new LinkedHashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, code, name, path FROM territory_node"
                    + " WHERE level = 'COMMUNITY' AND path LIKE ?1 ORDER BY code").setParameter(1, under).getResultList()) {
                Community community = new Community(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
                byId.put(community.id, community);
                street.communities.add(community);
            }
            Map<Long, GridRow> grids = new HashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, parent_id, code, name FROM territory_node"
                    + " WHERE level = 'GRID' AND closed_on IS NULL AND path LIKE ?1 ORDER BY code").setParameter(1, under).getResultList()) {
                GridRow grid = new GridRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3]);
                grids.put(grid.id(), grid);
                byId.get(grid.communityId()).grids.add(grid);
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT b.id, b.parent_id, b.code, b.longitude, b.latitude, COUNT(h.id)"
                    + " FROM territory_node b LEFT JOIN territory_node d ON d.parent_id = b.id LEFT JOIN household h ON h.dwelling_id = d.id"
                    + " WHERE b.level = 'BUILDING' AND b.path LIKE ?1 GROUP BY b.id, b.parent_id, b.code, b.longitude, b.latitude")
                    .setParameter(1, under).getResultList()) {
                GridRow grid = grids.get(((Number) r[1]).longValue());
                if (grid == null) {
                    continue; // under a closed grid: cannot happen through the register, which closes only empty nodes
                }
                byId.get(grid.communityId()).buildings.add(new Building(((Number) r[0]).longValue(), grid.id(), (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).doubleValue(), r[4] == null ? null : ((Number) r[4]).doubleValue(),
                        ((Number) r[5]).longValue()));
            }
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT a.node_id, a.worker_id FROM grid_assignment a"
                    + " JOIN territory_node g ON g.id = a.node_id WHERE a.role = 'GRID_WORKER' AND a.starts_on <= ?2"
                    + " AND (a.ends_on IS NULL OR a.ends_on >= ?2) AND g.path LIKE ?1 ORDER BY a.starts_on DESC, a.id DESC")
                    .setParameter(1, under).setParameter(2, today).getResultList()) {
                street.workers.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
            return street;
        }
    }

    /** Codes for new grids: the community's code with -G and the next number no node uses. */
    private static final class FreeCodes {
        private final Set<String> used;
        private final String prefix;
        int number;

        @SuppressWarnings("unchecked")
        FreeCodes(EntityManager em, Community community) {
            String grid = community.code + "-G";
            this.prefix = grid.length() <= 28 ? grid : "G" + community.id + "-";
            this.used = new HashSet<>(em.createNativeQuery("SELECT code FROM territory_node WHERE code LIKE ?1")
                    .setParameter(1, prefix + "%").getResultList());
        }

        String next() {
            String code;
            do {
                code = prefix + ++number;
            } while (used.contains(code));
            used.add(code);
            return code;
        }
    }
}
