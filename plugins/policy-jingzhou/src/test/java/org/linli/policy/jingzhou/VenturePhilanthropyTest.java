package org.linli.policy.jingzhou;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.linli.policy.jingzhou.Fixtures.AS_OF;
import static org.linli.policy.jingzhou.Fixtures.assertCommunity;
import static org.linli.policy.jingzhou.Fixtures.assertVerdict;
import static org.linli.policy.jingzhou.Fixtures.decimal;
import static org.linli.policy.jingzhou.Fixtures.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldError;
import org.linli.common.Identified;
import org.linli.organisations.ProjectStatus;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class VenturePhilanthropyTest {
    private static final LocalDate PROPOSED = LocalDate.of(2026, 3, 10);
    private static final LocalDate DECIDED = LocalDate.of(2026, 4, 1);
    private static final LocalDate FUNDED = LocalDate.of(2026, 4, 10);

    private final VenturePhilanthropy rule = new VenturePhilanthropy();
    private final TestFacts facts = new TestFacts(AS_OF);
    private final VentureContest contest = contest(DECIDED);

    private VentureContest contest(LocalDate decidedOn) {
        VentureContest c = new VentureContest();
        c.setId(Fixtures.id());
        c.setNodeId(facts.community().getId());
        c.setName("第三届社区公益微创投大赛");
        c.setCallOpensOn(LocalDate.of(2026, 3, 1));
        c.setCallClosesOn(LocalDate.of(2026, 3, 20));
        c.setDecidedOn(decidedOn);
        c.setFund(decimal("50000"));
        facts.ventureContests.add(c);
        return c;
    }

    /** A project at {@code status}, with the dates and the grant of the steps it has passed. */
    private VentureProject project(ProjectStatus status, LocalDate completedOn) {
        VentureProject p = new VentureProject();
        p.setId(Fixtures.id());
        p.setContestId(contest.getId());
        p.setCommunityId(facts.community().getId());
        p.setTitle("楼道微花园");
        p.setField("environment");
        p.setProposerName("王秀英");
        p.setProposedOn(PROPOSED);
        p.setStatus(status);
        if (status != ProjectStatus.PROPOSED) {
            p.setDecidedOn(DECIDED);
        }
        if (status == ProjectStatus.FUNDED || status == ProjectStatus.COMPLETED) {
            p.setFundedOn(FUNDED);
            p.setGrantAmount(decimal("3000"));
        }
        p.setCompletedOn(completedOn);
        facts.ventureProjects.add(p);
        return p;
    }

    private VentureActivity activity(VentureProject project, LocalDate on, int reached) {
        VentureActivity a = new VentureActivity();
        a.setId(Fixtures.id());
        a.setProjectId(project.getId());
        a.setCommunityId(project.getCommunityId());
        a.setHeldOn(on);
        a.setTitle("认领花箱");
        a.setBeneficiaries(reached);
        facts.ventureActivities.add(a);
        return a;
    }

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aFundedProjectReportsItsActivitiesAndTheirReach() {
        VentureProject project = project(ProjectStatus.FUNDED, null);
        activity(project, LocalDate.of(2026, 4, 20), 35);
        activity(project, LocalDate.of(2026, 5, 9), 40);
        activity(project, AS_OF.plusDays(1), 1000);
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals(SubjectKind.VENTURE_PROJECT, outcome.subject().kind());
        assertEquals(project.getId(), outcome.subject().id());
        assertEquals("2", outcome.facts().get("activities"));
        assertEquals("75", outcome.facts().get("beneficiaries"));
        assertEquals("3000", outcome.facts().get("grant"));
        assertEquals("FUNDED", outcome.facts().get("status"));
    }

    @Test
    public void aCompletedProjectWithoutActivitiesFails() {
        project(ProjectStatus.COMPLETED, LocalDate.of(2026, 5, 15));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertTrue(outcome.message().en(), outcome.message().en().contains("no activity"));
    }

    @Test
    public void theStatusIsReadOnTheDayJudged() {
        VentureProject project = project(ProjectStatus.COMPLETED, LocalDate.of(2026, 5, 15));
        activity(project, LocalDate.of(2026, 4, 20), 12);
        Outcome before = only(rule.evaluate(new TestFacts(LocalDate.of(2026, 4, 5)) {
            {
                ventureContests.addAll(facts.ventureContests);
                ventureProjects.addAll(facts.ventureProjects);
                ventureActivities.addAll(facts.ventureActivities);
            }
        }, new TestParameters(rule)));
        assertVerdict(Verdict.PASS, before);
        assertEquals("SELECTED", before.facts().get("status"));
        assertEquals("COMPLETED", judge().facts().get("status"));
    }

    @Test
    public void projectsAwaitingOrTurnedDownHaveNothingToCarryOut() {
        project(ProjectStatus.NOT_SELECTED, null);
        assertVerdict(Verdict.NOT_APPLICABLE, judge());
    }

    @Test
    public void anActivityBeforeTheGrantFailsTheProject() {
        VentureProject project = project(ProjectStatus.FUNDED, null);
        activity(project, FUNDED.minusDays(3), 20);
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aDecisionBeforeTheContestsFailsTheProject() {
        VentureProject project = project(ProjectStatus.SELECTED, null);
        project.setDecidedOn(DECIDED.minusDays(5));
        assertVerdict(Verdict.FAIL, judge());
    }

    @Test
    public void aCommunityWithoutProjectsLacksData() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    private <T> List<FieldError> write(Class<T> kind, T record, T stored, Identified... others) {
        return Fixtures.review(rule, facts, kind, record, stored, others);
    }

    private static VentureProject copy(VentureProject p, ProjectStatus status) {
        VentureProject c = new VentureProject();
        c.setId(p.getId());
        c.setContestId(p.getContestId());
        c.setTitle(p.getTitle());
        c.setProposedOn(p.getProposedOn());
        c.setStatus(status);
        c.setDecidedOn(status == ProjectStatus.PROPOSED ? null : DECIDED);
        return c;
    }

    @Test
    public void theHookFundsOnlyASelectedProject() {
        VentureProject proposed = project(ProjectStatus.PROPOSED, null);
        List<FieldError> refusals = write(VentureProject.class, copy(proposed, ProjectStatus.FUNDED), proposed, contest);
        assertEquals(1, refusals.size());
        assertEquals("status", refusals.get(0).field());
        assertEquals("step_skipped", refusals.get(0).code());
        VentureProject selected = project(ProjectStatus.SELECTED, null);
        assertEquals(List.of(), write(VentureProject.class, copy(selected, ProjectStatus.FUNDED), selected, contest));
    }

    @Test
    public void theHookKeepsATurnedDownProjectDown() {
        VentureProject rejected = project(ProjectStatus.NOT_SELECTED, null);
        List<FieldError> refusals = write(VentureProject.class, copy(rejected, ProjectStatus.FUNDED), rejected, contest);
        assertEquals("not_selected", refusal(refusals).code());
        assertEquals("not_selected", refusal(write(VentureProject.class, copy(rejected, ProjectStatus.SELECTED), rejected, contest)).code());
        VentureProject funded = project(ProjectStatus.FUNDED, null);
        assertEquals("step_back", refusal(write(VentureProject.class, copy(funded, ProjectStatus.SELECTED), funded, contest)).code());
    }

    @Test
    public void theHookLetsOnlyADecidedContestDecide() {
        VentureContest open = contest(null);
        VentureProject project = project(ProjectStatus.PROPOSED, null);
        project.setContestId(open.getId());
        VentureProject selecting = copy(project, ProjectStatus.SELECTED);
        assertEquals("contest_undecided", refusal(write(VentureProject.class, selecting, project, open)).code());
        open.setDecidedOn(DECIDED.plusDays(1));
        assertEquals("before_contest", refusal(write(VentureProject.class, selecting, project, open)).code());
        open.setDecidedOn(DECIDED);
        assertEquals(List.of(), write(VentureProject.class, selecting, project, open));
    }

    @Test
    public void theHookTakesActivitiesOnlyWhileTheProjectIsFunded() {
        VentureProject selected = project(ProjectStatus.SELECTED, null);
        VentureActivity early = new VentureActivity();
        early.setProjectId(selected.getId());
        early.setHeldOn(FUNDED);
        assertEquals("not_funded", refusal(write(VentureActivity.class, early, null, selected)).code());
        VentureProject done = project(ProjectStatus.COMPLETED, LocalDate.of(2026, 5, 1));
        VentureActivity late = new VentureActivity();
        late.setProjectId(done.getId());
        late.setHeldOn(LocalDate.of(2026, 5, 2));
        assertEquals("outside_project", refusal(write(VentureActivity.class, late, null, done)).code());
        late.setHeldOn(LocalDate.of(2026, 5, 1));
        assertEquals(List.of(), write(VentureActivity.class, late, null, done));
    }

    private static FieldError refusal(List<FieldError> refusals) {
        assertEquals("one refusal expected: " + refusals, 1, refusals.size());
        return refusals.get(0);
    }
}
