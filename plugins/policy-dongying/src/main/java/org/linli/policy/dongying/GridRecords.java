package org.linli.policy.dongying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.linli.organisations.Document;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/**
 * The readings of a community's grid (网格) records that several rules share: where each household
 * lies in the territory tree, which responsibilities (定人定责, 三包) are in force, who leads the
 * community, and which documents are in force, all as of the day judged. Kept in one place so that
 * every rule places a household, counts an assignment or reads "in force" the same way.
 */
final class GridRecords {

    private GridRecords() {
    }

    static Subject subject(SubjectKind kind, TerritoryNode node) {
        return new Subject(kind, node.getId(), node.getName());
    }

    static String name(CommunityFacts facts) {
        return facts.community().getName();
    }

    /** The community's grids, buildings and dwellings by node id. */
    static Map<Long, TerritoryNode> tree(CommunityFacts facts) {
        Map<Long, TerritoryNode> tree = new HashMap<>();
        for (TerritoryLevel level : List.of(TerritoryLevel.GRID, TerritoryLevel.BUILDING, TerritoryLevel.DWELLING)) {
            facts.nodes(level).forEach(node -> tree.put(node.getId(), node));
        }
        return tree;
    }

    /**
     * The grid {@code node} lies in: itself when it is one, else the nearest grid among its ancestors
     * inside the community, following the parent of each node; empty when the line leaves the
     * community's grids, buildings and dwellings (reaches the community) without meeting one.
     */
    static Optional<TerritoryNode> gridOf(TerritoryNode node, Map<Long, TerritoryNode> tree) {
        Set<Long> seen = new HashSet<>();
        TerritoryNode current = node;
        while (current != null && seen.add(current.getId())) {
            if (current.getLevel() == TerritoryLevel.GRID) {
                return Optional.of(current);
            }
            current = current.getParentId() == null ? null : tree.get(current.getParentId());
        }
        return Optional.empty();
    }

    /**
     * Where the community's households lie: the households of each grid by its node id (every grid
     * listed, 0 when none lives there), and the households and dwellings lying in no grid.
     * A dwelling the household map names but the community's tree does not hold lies in no grid.
     */
    record Placement(Map<Long, Long> perGrid, long households, long outside, List<String> dwellingsOutside) {
        long inGrids() {
            return households - outside;
        }

        /** The households living in the grid of this id. */
        long in(TerritoryNode grid) {
            return perGrid.getOrDefault(grid.getId(), 0L);
        }
    }

    static Placement place(CommunityFacts facts) {
        Map<Long, TerritoryNode> tree = tree(facts);
        Map<Long, Long> perGrid = new LinkedHashMap<>();
        facts.nodes(TerritoryLevel.GRID).forEach(grid -> perGrid.put(grid.getId(), 0L));
        long households = 0;
        long outside = 0;
        List<String> dwellingsOutside = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : facts.householdsByDwelling().entrySet()) {
            int count = entry.getValue() == null ? 0 : entry.getValue();
            if (count <= 0) {
                continue;
            }
            households += count;
            TerritoryNode dwelling = tree.get(entry.getKey());
            Optional<TerritoryNode> grid = dwelling == null ? Optional.empty() : gridOf(dwelling, tree);
            if (grid.isPresent() && perGrid.containsKey(grid.get().getId())) {
                perGrid.merge(grid.get().getId(), (long) count, Long::sum);
            } else {
                outside += count;
                dwellingsOutside.add(dwelling == null ? "#" + entry.getKey() : dwelling.getName());
            }
        }
        dwellingsOutside.sort(null);
        return new Placement(perGrid, households, outside, dwellingsOutside);
    }

    static Optional<Worker> worker(CommunityFacts facts, Long workerId) {
        return workerId == null ? Optional.empty()
                : facts.workers().stream().filter(w -> workerId.equals(w.getId())).findFirst();
    }

    /**
     * The assignments of {@code role} on {@code nodeId} in force on the day judged, less those of a
     * worker the community's staff register shows as no longer at work. A worker the register of
     * this community does not hold (one of the street's, who may be assigned here) is not excluded:
     * the staff register accepted the assignment, so the worker exists.
     */
    static List<GridAssignment> assignments(CommunityFacts facts, AssignmentRole role, Long nodeId) {
        return facts.gridAssignments().stream()
                .filter(a -> a.getRole() == role && Objects.equals(a.getNodeId(), nodeId)
                        && CommunityReadings.sitting(a.getStartsOn(), a.getEndsOn(), facts.asOf()))
                .filter(a -> worker(facts, a.getWorkerId()).map(w -> CommunityReadings.working(w, facts.asOf())).orElse(true))
                .toList();
    }

    /** Who holds the assignments, by name, once each; {@code #id} for a worker this community does not register. */
    static List<String> holders(CommunityFacts facts, List<GridAssignment> assignments) {
        List<String> names = new ArrayList<>();
        for (GridAssignment a : assignments) {
            String name = worker(facts, a.getWorkerId()).map(Worker::getName).orElse("#" + a.getWorkerId());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether {@code worker} holds, on the day judged, the post {@code role} in the sitting term of an
     * organisation of one of {@code kinds} at the top of the community's organisations (no parent):
     * the community's party organisation, not one of its branches. The same person is the same
     * resident record when both name one, otherwise the same name.
     */
    static boolean holdsPost(CommunityFacts facts, Worker worker, MemberRole role, OrganisationKind... kinds) {
        List<OrganisationKind> wanted = List.of(kinds);
        LocalDate day = facts.asOf();
        for (Organisation organisation : facts.organisations()) {
            if (!wanted.contains(organisation.getKind()) || organisation.getParentId() != null
                    || (organisation.getEstablishedOn() != null && organisation.getEstablishedOn().isAfter(day))
                    || (organisation.getDissolvedOn() != null && !organisation.getDissolvedOn().isAfter(day))) {
                continue;
            }
            for (Term term : facts.terms()) {
                if (!Objects.equals(term.getOrganisationId(), organisation.getId()) || !CommunityReadings.sitting(term.getStartsOn(), term.getEndsOn(), day)) {
                    continue;
                }
                for (Membership m : facts.memberships()) {
                    if (Objects.equals(m.getTermId(), term.getId()) && m.getRole() == role
                            && CommunityReadings.sitting(m.getStartsOn(), m.getEndsOn(), day) && samePerson(worker, m)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean samePerson(Worker worker, Membership membership) {
        if (worker.getResidentId() != null && membership.getResidentId() != null) {
            return worker.getResidentId().equals(membership.getResidentId());
        }
        return worker.getName() != null && membership.getPersonName() != null
                && worker.getName().strip().equals(membership.getPersonName().strip());
    }

    /** The party secretary (社区党组织书记): the post in {@code posts}, or the sitting secretary of the community's party organisation. */
    static boolean partySecretary(CommunityFacts facts, Worker worker, List<String> posts) {
        return posts.contains(worker.getPost()) || holdsPost(facts, worker, MemberRole.SECRETARY, OrganisationKind.PARTY_ORGANISATION);
    }

    /** The director of the residents' (or village) committee: the post in {@code posts}, or the sitting chair of the committee. */
    static boolean committeeDirector(CommunityFacts facts, Worker worker, List<String> posts) {
        return posts.contains(worker.getPost())
                || holdsPost(facts, worker, MemberRole.CHAIR, OrganisationKind.RESIDENTS_COMMITTEE, OrganisationKind.VILLAGE_COMMITTEE);
    }

    /**
     * The community's documents of {@code kind} in force on the day judged, as every plugin reads
     * them ({@link CommunityReadings#inForce}), latest adopted first and undated ones last.
     */
    static List<Document> inForce(CommunityFacts facts, String kind) {
        List<Document> documents = new ArrayList<>(facts.documents().stream()
                .filter(d -> kind.equals(d.getKind()) && CommunityReadings.inForce(d, facts.asOf())).toList());
        documents.sort(Comparator.comparing(Document::getAdoptedOn, Comparator.nullsLast(Comparator.reverseOrder())));
        return documents;
    }

    /** A list for a message: items joined by commas, or a dash when there are none. */
    static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    /** Node names, for a message. */
    static List<String> names(List<TerritoryNode> nodes) {
        return nodes.stream().map(TerritoryNode::getName).toList();
    }
}
