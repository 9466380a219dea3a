package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.organisations.ProjectStatus;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.RecordHook;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.records.RecordWrite;
import org.osgi.service.component.annotations.Component;

/**
 * JZ-10, 社区公益微创投: residents, above all the talents of the community's pool (能人), propose
 * projects to a micro venture philanthropy contest; the contest selects and funds them; the teams
 * carry them out, and their activities and the people they reach are recorded.
 * <p>
 * Workflow: a hook on projects keeps the contest's order. A stored project moves one step at a
 * time along PROPOSED → SELECTED or NOT_SELECTED → FUNDED → COMPLETED, never back and never on from
 * NOT_SELECTED (field {@code status}, codes {@code step_skipped}, {@code step_back} and
 * {@code not_selected}): a project is funded only once the contest has selected it. The contest decides: a project is decided only
 * once its contest has a decision day, and not before it ({@code decidedOn}:
 * {@code contest_undecided}, {@code before_contest}). A project entered after the fact may start at
 * any status, since the register requires the dates of every step it has passed. A hook on
 * activities takes them only from a funded project, between its funding and its completion
 * ({@code projectId}: {@code not_funded}; {@code heldOn}: {@code outside_project}).
 * <p>
 * Evaluation, per project serving the community proposed by the day judged, at its status on that
 * day (read from its dates): PROPOSED or NOT_SELECTED, nothing to carry out (NOT_APPLICABLE);
 * SELECTED, awaiting its grant (PASS); FUNDED, under way with the activities so far (PASS);
 * COMPLETED, PASS with at least one activity recorded and FAIL with none. A project or activity
 * stored against the hooks (before the plugin governed) FAILs. A community with no project gives
 * MISSING_DATA.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class VenturePhilanthropy extends BaseRule {
    private static final Map<ProjectStatus, Integer> STEP = Map.of(ProjectStatus.PROPOSED, 0, ProjectStatus.SELECTED, 1,
            ProjectStatus.NOT_SELECTED, 1, ProjectStatus.FUNDED, 2, ProjectStatus.COMPLETED, 3);
    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            ProjectStatus.PROPOSED, EnumSet.of(ProjectStatus.PROPOSED, ProjectStatus.SELECTED, ProjectStatus.NOT_SELECTED),
            ProjectStatus.SELECTED, EnumSet.of(ProjectStatus.SELECTED, ProjectStatus.FUNDED),
            ProjectStatus.NOT_SELECTED, EnumSet.of(ProjectStatus.NOT_SELECTED),
            ProjectStatus.FUNDED, EnumSet.of(ProjectStatus.FUNDED, ProjectStatus.COMPLETED),
            ProjectStatus.COMPLETED, EnumSet.of(ProjectStatus.COMPLETED));

    public VenturePhilanthropy() {
        super("JZ-10", RuleKind.WORKFLOW, SubjectKind.VENTURE_PROJECT,
                Text.of("社区公益微创投:居民提案,大赛评选资助,项目活动与受益人次留痕",
                        "Micro venture philanthropy: residents propose, the contest selects and funds, activities and beneficiaries are recorded"),
                new Clause(Jingzhou.SOURCE, "以社区公益微创投大赛为载体、抓手,通过资金和技术支持,鼓励有想法、有热心的居民“能人”"
                        + "围绕环境卫生、文化建设、邻里互助、自管自治等社区服务和治理工作献计献策、提案项目,并招募志同道合的伙伴组建团队完成项目实施"));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new ProjectHook(), new ActivityHook());
    }

    private static final class ProjectHook implements RecordHook<VentureProject> {
        @Override
        public Class<VentureProject> recordClass() {
            return VentureProject.class;
        }

        @Override
        public void review(RecordWrite<VentureProject> write, CommunityFacts community, Parameters parameters) {
            VentureProject project = write.record();
            Optional<VentureContest> contest = write.find(VentureContest.class, project.getContestId());
            for (Refusal r : refusals(project, write.stored().orElse(null), contest.orElse(null))) {
                write.refuse(r.field(), r.code(), r.message());
            }
        }
    }

    private static final class ActivityHook implements RecordHook<VentureActivity> {
        @Override
        public Class<VentureActivity> recordClass() {
            return VentureActivity.class;
        }

        @Override
        public void review(RecordWrite<VentureActivity> write, CommunityFacts community, Parameters parameters) {
            VentureActivity activity = write.record();
            write.find(VentureProject.class, activity.getProjectId()).flatMap(project -> refusal(activity, project))
                    .ifPresent(r -> write.refuse(r.field(), r.code(), r.message()));
        }
    }

    /** What is wrong with a project as a step of its contest, given its stored state (null on create) and its contest. */
    static List<Refusal> refusals(VentureProject project, VentureProject stored, VentureContest contest) {
        List<Refusal> refusals = new ArrayList<>();
        ProjectStatus to = project.getStatus();
        if (stored != null && to != null && !NEXT.get(stored.getStatus()).contains(to)) {
            String code = stored.getStatus() == ProjectStatus.NOT_SELECTED ? "not_selected"
                    : STEP.get(to) <= STEP.get(stored.getStatus()) ? "step_back" : "step_skipped";
            refusals.add(new Refusal("status", code,
                    "创投项目依次为申报、入选或未入选、资助、结项,不能从" + stored.getStatus() + "改为" + to
                            + " / a project moves one step at a time, PROPOSED → SELECTED or NOT_SELECTED → FUNDED → COMPLETED:"
                            + " from " + stored.getStatus() + " it may become " + NEXT.get(stored.getStatus()) + ", not " + to));
        }
        if (project.getDecidedOn() != null && contest != null) {
            if (contest.getDecidedOn() == null) {
                refusals.add(new Refusal("decidedOn", "contest_undecided", "项目由大赛评选:请先登记" + contest.getName() + "的评审日期"
                        + " / the contest selects: record the decision day of " + contest.getName() + " first"));
            } else if (project.getDecidedOn().isBefore(contest.getDecidedOn())) {
                refusals.add(new Refusal("decidedOn", "before_contest", "项目不能早于大赛评审(" + contest.getDecidedOn() + ")确定"
                        + " / a project is decided on or after its contest's decision day, " + contest.getDecidedOn()));
            }
        }
        return refusals;
    }

    /** What is wrong with an activity of {@code project}: it is held while the project is funded. */
    static Optional<Refusal> refusal(VentureActivity activity, VentureProject project) {
        if (project.getFundedOn() == null || activity.getHeldOn() == null) {
            return Optional.of(new Refusal("projectId", "not_funded", "项目“" + project.getTitle() + "”尚未获资助,不能开展活动"
                    + " / the project " + project.getTitle() + " holds activities once funded; it is " + project.getStatus()));
        }
        if (activity.getHeldOn().isBefore(project.getFundedOn())
                || (project.getCompletedOn() != null && activity.getHeldOn().isAfter(project.getCompletedOn()))) {
            String span = project.getFundedOn() + ".." + (project.getCompletedOn() == null ? "" : project.getCompletedOn());
            return Optional.of(new Refusal("heldOn", "outside_project", "活动日期应在项目资助至结项之间(" + span + ")"
                    + " / an activity is held between the project's funding and its completion, " + span));
        }
        return Optional.empty();
    }

    /** The project's status on {@code asOf}, read from the dates of its steps. */
    static ProjectStatus statusOn(VentureProject project, LocalDate asOf) {
        if (CommunityReadings.by(project.getCompletedOn(), asOf)) {
            return ProjectStatus.COMPLETED;
        }
        if (CommunityReadings.by(project.getFundedOn(), asOf)) {
            return ProjectStatus.FUNDED;
        }
        if (CommunityReadings.by(project.getDecidedOn(), asOf)) {
            return project.getStatus() == ProjectStatus.NOT_SELECTED ? ProjectStatus.NOT_SELECTED : ProjectStatus.SELECTED;
        }
        return ProjectStatus.PROPOSED;
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        LocalDate asOf = facts.asOf();
        List<VentureProject> projects = facts.ventureProjects().stream()
                .filter(p -> CommunityReadings.by(p.getProposedOn(), asOf)).toList();
        if (projects.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记公益微创投项目", facts.community().getName() + " has no venture philanthropy project recorded"));
        }
        Map<Long, VentureContest> contests = facts.ventureContests().stream()
                .collect(Collectors.toMap(VentureContest::getId, Function.identity()));
        Map<Long, List<VentureActivity>> activitiesByProject = facts.ventureActivities().stream()
                .filter(a -> CommunityReadings.by(a.getHeldOn(), asOf))
                .collect(Collectors.groupingBy(VentureActivity::getProjectId));
        List<Outcome> outcomes = new ArrayList<>();
        for (VentureProject project : projects) {
            VentureContest contest = contests.get(project.getContestId());
            ProjectStatus status = statusOn(project, asOf);
            List<VentureActivity> activities = activitiesByProject.getOrDefault(project.getId(), List.of());
            int reached = activities.stream().mapToInt(a -> a.getBeneficiaries() == null ? 0 : a.getBeneficiaries()).sum();
            List<String> wrong = new ArrayList<>();
            if (status != ProjectStatus.PROPOSED) {
                refusals(project, null, contest).forEach(r -> wrong.add(r.message()));
            }
            for (VentureActivity activity : activities) {
                refusal(activity, project).ifPresent(r -> wrong.add(activity.getHeldOn() + " " + activity.getTitle() + ": " + r.message()));
            }
            Subject subject = new Subject(SubjectKind.VENTURE_PROJECT, project.getId(), project.getTitle());
            String title = "“" + project.getTitle() + "”";
            Outcome outcome;
            if (!wrong.isEmpty()) {
                outcome = Outcome.fail(subject, title + "未按大赛评选、资助、实施的程序进行:" + String.join(";", wrong),
                        project.getTitle() + " breaks the contest's order: " + String.join("; ", wrong));
            } else if (status == ProjectStatus.PROPOSED || status == ProjectStatus.NOT_SELECTED) {
                outcome = Outcome.notApplicable(subject, title + (status == ProjectStatus.PROPOSED ? "待大赛评选" : "未入选"),
                        project.getTitle() + (status == ProjectStatus.PROPOSED ? " awaits the contest's decision" : " was not selected"));
            } else if (status == ProjectStatus.SELECTED) {
                outcome = Outcome.pass(subject, title + "已入选,待资助", project.getTitle() + " was selected and awaits its grant");
            } else if (status == ProjectStatus.COMPLETED && activities.isEmpty()) {
                outcome = Outcome.fail(subject, title + "已结项,但未登记任何活动和受益人次",
                        project.getTitle() + " is completed with no activity or beneficiaries recorded");
            } else {
                outcome = Outcome.pass(subject, title + (status == ProjectStatus.COMPLETED ? "已结项" : "实施中") + ",开展活动"
                                + activities.size() + "场,受益" + reached + "人次",
                        project.getTitle() + (status == ProjectStatus.COMPLETED ? " is completed" : " is under way") + ": "
                                + activities.size() + " activities reaching " + reached + " people");
            }
            outcomes.add(outcome.fact("status", status)
                    .fact("contest", contest == null ? project.getContestId() : contest.getName())
                    .fact("field", project.getField())
                    .fact("proposer", project.getProposerName())
                    .fact("fromTalentPool", project.getTalentId() != null)
                    .fact("teamOrganisationId", project.getTeamOrganisationId())
                    .fact("grant", status == ProjectStatus.FUNDED || status == ProjectStatus.COMPLETED
                            ? CommunityReadings.plain(project.getGrantAmount()) : null)
                    .fact("activities", activities.size())
                    .fact("beneficiaries", reached));
        }
        return outcomes;
    }

}
