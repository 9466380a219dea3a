package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.common.FieldError;
import org.linli.common.Identified;
import org.linli.organisations.Inspection;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;
import org.linli.policy.testkit.TestWrites;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

/** Records as the clauses describe them, for the rules' tests. */
final class Fixtures {
    /** A Wednesday in May: the months judged by JZ-02 are February, March and April. */
    static final LocalDate AS_OF = LocalDate.of(2026, 5, 20);
    static final LocalDate TERM_START = LocalDate.of(2024, 6, 1);
    static final LocalDate TERM_END = LocalDate.of(2029, 5, 31);

    private static final AtomicLong IDS = new AtomicLong(7000);

    private Fixtures() {
    }

    static long id() {
        return IDS.incrementAndGet();
    }

    static Organisation organisation(TestFacts facts, OrganisationKind kind, String name, String typeCode) {
        Organisation o = new Organisation();
        o.setId(id());
        o.setKind(kind);
        o.setName(name);
        o.setCommunityId(facts.community().getId());
        o.setTypeCode(typeCode);
        o.setEstablishedOn(LocalDate.of(2010, 1, 1));
        facts.organisations.add(o);
        return o;
    }

    static Organisation committee(TestFacts facts) {
        return organisation(facts, OrganisationKind.RESIDENTS_COMMITTEE, "武汉路社区居委会", null);
    }

    static Term term(TestFacts facts, Organisation organisation, Integer seats) {
        Term t = new Term();
        t.setId(id());
        t.setOrganisationId(organisation.getId());
        t.setName("第十二届");
        t.setStartsOn(TERM_START);
        t.setEndsOn(TERM_END);
        t.setSeats(seats);
        facts.terms.add(t);
        return t;
    }

    static Membership member(TestFacts facts, Term term, String name) {
        Membership m = new Membership();
        m.setId(id());
        m.setTermId(term.getId());
        m.setOrganisationId(term.getOrganisationId());
        m.setPersonName(name);
        m.setRole(MemberRole.MEMBER);
        m.setStartsOn(term.getStartsOn());
        facts.memberships.add(m);
        return m;
    }

    static Worker worker(TestFacts facts, String name) {
        Worker w = new Worker();
        w.setId(id());
        w.setName(name);
        w.setCommunityId(facts.community().getId());
        w.setPost("full-time-worker");
        w.setStatus(WorkerStatus.ACTIVE);
        w.setHiredOn(LocalDate.of(2020, 3, 1));
        w.setRegistrationFormComplete(true);
        facts.workers.add(w);
        return w;
    }

    static Inspection inspection(TestFacts facts, Organisation organisation, String kind, LocalDate on,
                                 org.linli.organisations.Verdict verdict) {
        Inspection i = new Inspection();
        i.setId(id());
        i.setOrganisationId(organisation.getId());
        i.setKind(kind);
        i.setInspectedOn(on);
        i.setInspector("街道办事处");
        i.setVerdict(verdict);
        facts.inspections.add(i);
        return i;
    }

    /** The refusals of {@code rule}'s hook on {@code kind} for a write of {@code record}, with its defaults. */
    @SuppressWarnings("unchecked")
    static <T> List<FieldError> review(Rule rule, TestFacts facts, Class<T> kind, T record, T stored, Identified... others) {
        RecordHook<T> hook = (RecordHook<T>) rule.hooks().stream().filter(h -> h.recordClass() == kind).findFirst().orElseThrow();
        TestWrites.Write<T> write = TestWrites.write(kind.getSimpleName(), record, stored, others);
        hook.review(write.write(), facts, new TestParameters(rule));
        return write.refusals();
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    static Outcome only(List<Outcome> outcomes) {
        assertEquals("one outcome expected: " + outcomes, 1, outcomes.size());
        return outcomes.get(0);
    }

    static Outcome of(List<Outcome> outcomes, Long subjectId) {
        return outcomes.stream().filter(o -> Objects.equals(o.subject().id(), subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome on " + subjectId + ": " + outcomes));
    }

    static Outcome ofKind(List<Outcome> outcomes, SubjectKind kind) {
        return outcomes.stream().filter(o -> o.subject().kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome on a " + kind + ": " + outcomes));
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
