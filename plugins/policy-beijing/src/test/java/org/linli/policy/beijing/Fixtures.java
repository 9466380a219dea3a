package org.linli.policy.beijing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;

/** Records as the clauses describe them, for the rules' tests. */
final class Fixtures {
    /** A Wednesday: the week it falls in is not complete. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    static final LocalDate TERM_START = LocalDate.of(2024, 6, 1);
    static final LocalDate TERM_END = LocalDate.of(2029, 5, 31);
    static final List<String> SIX = List.of("people-mediation", "public-security", "public-health", "social-welfare",
            "culture-sports", "co-governance");

    private static final AtomicLong IDS = new AtomicLong(5000);

    private Fixtures() {
    }

    static long id() {
        return IDS.incrementAndGet();
    }

    static Organisation organisation(TestFacts facts, OrganisationKind kind, String name, Long parentId, String typeCode) {
        Organisation o = new Organisation();
        o.setId(id());
        o.setKind(kind);
        o.setName(name);
        o.setCommunityId(facts.community().getId());
        o.setParentId(parentId);
        o.setTypeCode(typeCode);
        o.setEstablishedOn(TERM_START);
        facts.organisations.add(o);
        return o;
    }

    static Organisation committee(TestFacts facts) {
        return organisation(facts, OrganisationKind.RESIDENTS_COMMITTEE, "测试社区居委会", null, null);
    }

    static Organisation subCommittee(TestFacts facts, Organisation committee, String typeCode) {
        return organisation(facts, OrganisationKind.SUB_COMMITTEE, typeCode + "委员会", committee.getId(), typeCode);
    }

    static Term term(TestFacts facts, Organisation organisation, LocalDate startsOn, LocalDate endsOn) {
        Term t = new Term();
        t.setId(id());
        t.setOrganisationId(organisation.getId());
        t.setName("第十一届");
        t.setStartsOn(startsOn);
        t.setEndsOn(endsOn);
        facts.terms.add(t);
        return t;
    }

    static Term term(TestFacts facts, Organisation organisation) {
        return term(facts, organisation, TERM_START, TERM_END);
    }

    static Membership member(TestFacts facts, Term term, String name, MemberRole role) {
        Membership m = new Membership();
        m.setId(id());
        m.setTermId(term.getId());
        m.setOrganisationId(term.getOrganisationId());
        m.setPersonName(name);
        m.setRole(role);
        m.setStartsOn(term.getStartsOn());
        facts.memberships.add(m);
        return m;
    }

    /** {@code count} plain members named prefix1, prefix2, …. */
    static void members(TestFacts facts, Term term, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            member(facts, term, prefix + i, MemberRole.MEMBER);
        }
    }

    static Outcome only(List<Outcome> outcomes) {
        assertEquals("one outcome expected: " + outcomes, 1, outcomes.size());
        return outcomes.get(0);
    }

    static Outcome of(List<Outcome> outcomes, Long subjectId) {
        return outcomes.stream().filter(o -> Objects.equals(o.subject().id(), subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome on " + subjectId + ": " + outcomes));
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
