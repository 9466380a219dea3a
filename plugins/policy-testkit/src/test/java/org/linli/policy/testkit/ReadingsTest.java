package org.linli.policy.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.organisations.Document;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.CommunityReadings;

/** The readings every plugin shares mean what CommunityReadings says they mean. */
public class ReadingsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private final TestFacts facts = new TestFacts(DAY);

    @Test
    public void aDocumentWithoutAnAdoptionDateIsInForceUntilRevoked() {
        Document undated = new Document();
        assertTrue(CommunityReadings.inForce(undated, DAY));
        undated.setRevokedOn(DAY);
        assertFalse(CommunityReadings.inForce(undated, DAY));
        Document later = new Document();
        later.setAdoptedOn(DAY.plusDays(1));
        assertFalse(CommunityReadings.inForce(later, DAY));
    }

    @Test
    public void villageAndResidentsCommitteesAreReadAlikeWhileTheyExist() {
        Organisation residents = organisation(1, OrganisationKind.RESIDENTS_COMMITTEE);
        Organisation village = organisation(2, OrganisationKind.VILLAGE_COMMITTEE);
        Organisation dissolved = organisation(3, OrganisationKind.RESIDENTS_COMMITTEE);
        dissolved.setDissolvedOn(DAY);
        organisation(4, OrganisationKind.SUB_COMMITTEE);
        assertEquals(List.of(residents, village), CommunityReadings.committees(facts));
    }

    @Test
    public void oneTermSitsAndAPersonHoldingTwoPostsCountsOnce() {
        Term ending = term(10, DAY.minusYears(5), DAY);
        Term starting = term(11, DAY, DAY.plusYears(5));
        assertEquals(starting, CommunityReadings.sittingTerm(facts, 1L).orElseThrow());
        Membership chair = member(20, starting, "王芳");
        member(21, starting, "王芳");
        Membership left = member(22, starting, "李强");
        left.setEndsOn(DAY.minusDays(1));
        member(23, ending, "赵敏");
        assertEquals(List.of(chair), CommunityReadings.persons(CommunityReadings.sittingMembers(facts, 1L)));
    }

    private Organisation organisation(long id, OrganisationKind kind) {
        Organisation organisation = new Organisation();
        organisation.setId(id);
        organisation.setKind(kind);
        organisation.setName("组织" + id);
        facts.organisations.add(organisation);
        return organisation;
    }

    private Term term(long id, LocalDate startsOn, LocalDate endsOn) {
        Term term = new Term();
        term.setId(id);
        term.setOrganisationId(1L);
        term.setStartsOn(startsOn);
        term.setEndsOn(endsOn);
        facts.terms.add(term);
        return term;
    }

    private Membership member(long id, Term term, String name) {
        Membership member = new Membership();
        member.setId(id);
        member.setTermId(term.getId());
        member.setOrganisationId(1L);
        member.setPersonName(name);
        facts.memberships.add(member);
        return member;
    }
}
