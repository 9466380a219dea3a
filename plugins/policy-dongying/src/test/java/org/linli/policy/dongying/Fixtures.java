package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.organisations.Document;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.staff.AssignmentRole;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** A community's grid records as the clauses describe them, for the rules' tests. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final LocalDate HIRED = LocalDate.of(2022, 3, 1);

    private static final AtomicLong IDS = new AtomicLong(5000);

    private Fixtures() {
    }

    static long id() {
        return IDS.incrementAndGet();
    }

    /** A grid directly under the community. */
    static TerritoryNode grid(TestFacts facts, String name) {
        TerritoryNode grid = facts.node(TerritoryLevel.GRID, name);
        grid.setParentId(facts.community().getId());
        return grid;
    }

    static TerritoryNode building(TestFacts facts, TerritoryNode grid, String name) {
        TerritoryNode building = facts.node(TerritoryLevel.BUILDING, name);
        building.setParentId(grid.getId());
        return building;
    }

    /** A dwelling under {@code parent} (a building, or a grid directly) with {@code households} households. */
    static TerritoryNode dwelling(TestFacts facts, TerritoryNode parent, String name, int households) {
        TerritoryNode dwelling = facts.node(TerritoryLevel.DWELLING, name);
        dwelling.setParentId(parent.getId());
        if (households > 0) {
            facts.householdsByDwelling.put(dwelling.getId(), households);
            facts.households += households;
        }
        return dwelling;
    }

    /** A grid with one building whose one dwelling record holds {@code households} households. */
    static TerritoryNode gridWith(TestFacts facts, String name, int households) {
        TerritoryNode grid = grid(facts, name);
        dwelling(facts, building(facts, grid, name + "1号楼"), name + "1号楼101", households);
        return grid;
    }

    static Worker worker(TestFacts facts, String name, String post) {
        Worker w = new Worker();
        w.setId(id());
        w.setName(name);
        w.setCommunityId(facts.community().getId());
        w.setPost(post);
        w.setHiredOn(HIRED);
        w.setStatus(WorkerStatus.ACTIVE);
        facts.workers.add(w);
        return w;
    }

    static GridAssignment assign(TestFacts facts, Worker worker, TerritoryNode node, AssignmentRole role) {
        return assign(facts, worker, node.getId(), role);
    }

    static GridAssignment assign(TestFacts facts, Worker worker, Long nodeId, AssignmentRole role) {
        GridAssignment a = new GridAssignment();
        a.setId(id());
        a.setWorkerId(worker.getId());
        a.setNodeId(nodeId);
        a.setRole(role);
        a.setStartsOn(HIRED);
        facts.gridAssignments.add(a);
        return a;
    }

    static Patrol patrol(TestFacts facts, TerritoryNode grid, Worker worker, LocalDate on) {
        Patrol p = new Patrol();
        p.setId(id());
        p.setGridId(grid.getId());
        p.setWorkerId(worker.getId());
        p.setPatrolledOn(on);
        facts.patrols.add(p);
        return p;
    }

    static Organisation organisation(TestFacts facts, OrganisationKind kind, String name) {
        Organisation o = new Organisation();
        o.setId(id());
        o.setKind(kind);
        o.setName(name);
        o.setCommunityId(facts.community().getId());
        o.setEstablishedOn(HIRED);
        facts.organisations.add(o);
        return o;
    }

    /** {@code name} sits in {@code role} in a term of {@code organisation} running on the day judged. */
    static Membership sits(TestFacts facts, Organisation organisation, String name, MemberRole role) {
        Term t = new Term();
        t.setId(id());
        t.setOrganisationId(organisation.getId());
        t.setStartsOn(HIRED);
        t.setEndsOn(HIRED.plusYears(5));
        facts.terms.add(t);
        Membership m = new Membership();
        m.setId(id());
        m.setTermId(t.getId());
        m.setOrganisationId(organisation.getId());
        m.setPersonName(name);
        m.setRole(role);
        m.setStartsOn(HIRED);
        facts.memberships.add(m);
        return m;
    }

    static Document document(TestFacts facts, String kind, LocalDate adoptedOn) {
        Document d = new Document();
        d.setId(id());
        d.setOrganisationId(1L);
        d.setKind(kind);
        d.setTitle(kind);
        d.setAdoptedOn(adoptedOn);
        facts.documents.add(d);
        return d;
    }

    static Outcome only(List<Outcome> outcomes) {
        assertEquals("one outcome expected: " + outcomes, 1, outcomes.size());
        return outcomes.get(0);
    }

    static Outcome of(List<Outcome> outcomes, Long subjectId) {
        return outcomes.stream().filter(o -> Objects.equals(o.subject().id(), subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome on " + subjectId + ": " + outcomes));
    }

    static Outcome ofKind(List<Outcome> outcomes, SubjectKind kind, Long subjectId) {
        return outcomes.stream().filter(o -> o.subject().kind() == kind && Objects.equals(o.subject().id(), subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome on " + kind + " " + subjectId + ": " + outcomes));
    }

    static void assertVerdict(Verdict expected, Outcome outcome) {
        if (outcome.verdict() != expected) {
            fail("expected " + expected + " but was " + outcome);
        }
    }

    /** The community-level outcome a rule gives when it has nothing of its kind to judge. */
    static void assertCommunity(Verdict expected, List<Outcome> outcomes) {
        Outcome outcome = only(outcomes);
        assertVerdict(expected, outcome);
        assertEquals(SubjectKind.COMMUNITY, outcome.subject().kind());
        assertEquals(Long.valueOf(1L), outcome.subject().id());
    }
}
