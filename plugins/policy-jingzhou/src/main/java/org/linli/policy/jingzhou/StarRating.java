package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.organisations.Inspection;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Verdict;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
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
 * JZ-09, “三自”组织星级评定: a three-self organisation (三自组织: social organisations of a type in
 * {@code typeCodes}, default 自治 self-governing, 自乐 recreational, 志愿 volunteer) is star-rated
 * (三星、四星、五星) through community recommendation (社区推荐), street first review (街道初评) and
 * district review (区级审评), in that order.
 * <p>
 * The steps are inspections of the kinds in {@code steps} (default {@code star-rating-community},
 * {@code star-rating-street}, {@code star-rating-district}), in order: each step after the first
 * needs a PASSED inspection of the step before it, of the same organisation, on or before it; the
 * last step, when PASSED, awards a title in {@code stars} (default 三星,四星,五星) in
 * {@link Inspection#getAwardedTitle()}.
 * <p>
 * Workflow: a hook on inspections refuses a step without the passed step before it (field
 * {@code kind}, code {@code step_skipped}) and a passed last step without a title of the list
 * ({@code awardedTitle}: {@code required} or {@code unknown_title}), for any organisation's star
 * rating, reading the stored inspections of the community. The register already refuses a title
 * without a PASSED verdict, so the hook does not. Hooks are asked once the register's own checks
 * have passed, so fields left empty are the register's to report.
 * <p>
 * Evaluation, per three-self organisation existing on the day judged, from its star-rating
 * inspections on or before it: none, not rated (NOT_APPLICABLE); one stored against the steps
 * (before the plugin governed) FAIL; otherwise PASS, the steps kept, with the status among the
 * facts: {@code rated} with its stars when the last step passed, {@code in-progress} while it has
 * not been made, {@code not-awarded} when the latest step did not pass. A community with no
 * three-self organisation recorded gives MISSING_DATA.
 * <p>
 * The talent pool (能人库) is not judged, only reported: each finding counts the talents in the
 * community's pool on the day judged who seeded or lead the organisation ({@code talents}).
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class StarRating extends BaseRule {
    static final String TYPE_CODES = "typeCodes";
    static final String STEPS = "steps";
    static final String STARS = "stars";

    public StarRating() {
        super("JZ-09", RuleKind.WORKFLOW, SubjectKind.ORGANISATION,
                Text.of("“三自”组织星级评定经社区推荐、街道初评、区级审评依次进行",
                        "Three-self organisations are star-rated through community recommendation, street first review and district review, in order"),
                new Clause(Jingzhou.SOURCE, "经过社区推荐、街道初评、区级审评,评定首批三星“三自”组织*支,四星“三自”组织*支,五星“三自”组织*支"),
                new Parameter(TYPE_CODES, "self-governing,recreational,volunteer", Text.of("“三自”组织的社会组织类型(代码表 social-organisation,逗号分隔)",
                        "Social organisation types that are three-self organisations (codes of the list social-organisation, comma-separated)")),
                new Parameter(STEPS, "star-rating-community,star-rating-street,star-rating-district", Text.of("星级评定的步骤,依次(代码表 inspection,逗号分隔)",
                        "The star rating's steps, in order (codes of the list inspection, comma-separated)")),
                new Parameter(STARS, "三星,四星,五星", Text.of("区级审评可评定的星级称号", "Titles the last step may award")));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new Hook());
    }

    /** Refuses a star-rating step that breaks the order; the decision is {@link #review}. */
    private static final class Hook implements RecordHook<Inspection> {
        @Override
        public Class<Inspection> recordClass() {
            return Inspection.class;
        }

        @Override
        public void review(RecordWrite<Inspection> write, CommunityFacts community, Parameters parameters) {
            for (Refusal r : StarRating.review(write.record(), community.inspections(), parameters.list(STEPS), parameters.list(STARS))) {
                write.refuse(r.field(), r.code(), r.message());
            }
        }
    }

    /**
     * What is wrong with an inspection as a star-rating step, given the inspections stored in its
     * community (the record itself, when stored, is left out); nothing for other kinds.
     */
    static List<Refusal> review(Inspection record, List<Inspection> stored, List<String> steps, List<String> stars) {
        List<Refusal> refusals = new ArrayList<>();
        int step = record == null ? -1 : steps.indexOf(record.getKind());
        if (step < 0) {
            return refusals;
        }
        if (step > 0 && record.getOrganisationId() != null && passed(record, steps.get(step - 1), stored).isEmpty()) {
            refusals.add(new Refusal("kind", "step_skipped", record.getKind() + "前须有同一组织通过的" + steps.get(step - 1)
                    + " / a " + record.getKind() + " needs a PASSED " + steps.get(step - 1) + " of the same organisation on or before it"));
        }
        if (step == steps.size() - 1 && record.getVerdict() == Verdict.PASSED) {
            String title = record.getAwardedTitle() == null ? "" : record.getAwardedTitle().strip();
            if (title.isEmpty()) {
                refusals.add(new Refusal("awardedTitle", "required", "通过的" + record.getKind() + "须写明评定的星级(" + String.join("、", stars)
                        + ") / a passed " + record.getKind() + " names the stars awarded: " + String.join(", ", stars)));
            } else if (!stars.contains(title)) {
                refusals.add(new Refusal("awardedTitle", "unknown_title", "星级称号应为" + String.join("、", stars) + ",不是" + title
                        + " / the stars awarded are " + String.join(" or ", stars) + ", not " + title));
            }
        }
        return refusals;
    }

    /** The latest PASSED inspection of {@code kind} of the record's organisation on or before it (any date, when it has none). */
    private static Optional<Inspection> passed(Inspection record, String kind, List<Inspection> stored) {
        LocalDate on = record.getInspectedOn();
        return stored.stream()
                .filter(i -> i != record && (record.getId() == null || !record.getId().equals(i.getId())))
                .filter(i -> Objects.equals(i.getOrganisationId(), record.getOrganisationId()))
                .filter(i -> kind.equals(i.getKind()) && i.getVerdict() == Verdict.PASSED)
                .filter(i -> on == null || (i.getInspectedOn() != null && !i.getInspectedOn().isAfter(on)))
                .max(Comparator.comparing(Inspection::getInspectedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> types = parameters.list(TYPE_CODES);
        List<String> steps = parameters.list(STEPS);
        List<String> stars = parameters.list(STARS);
        LocalDate asOf = facts.asOf();
        List<Organisation> organisations = CommunityReadings.organisations(facts, OrganisationKind.SOCIAL_ORGANISATION).stream()
                .filter(o -> types.contains(o.getTypeCode())).toList();
        if (organisations.isEmpty()) {
            return List.of(Outcome.missingData(CommunityReadings.community(facts),
                    facts.community().getName() + "未登记“三自”组织(" + CommunityReadings.list(types) + ")",
                    facts.community().getName() + " has no three-self organisation recorded (" + CommunityReadings.list(types) + ")"));
        }
        Comparator<Inspection> byDate = Comparator.comparing(Inspection::getInspectedOn)
                .thenComparingInt(i -> steps.indexOf(i.getKind()))
                .thenComparing(Inspection::getId, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation organisation : organisations) {
            Subject subject = CommunityReadings.subject(SubjectKind.ORGANISATION, organisation);
            String name = organisation.getName();
            List<Inspection> own = facts.inspections().stream()
                    .filter(i -> Objects.equals(i.getOrganisationId(), organisation.getId()) && steps.contains(i.getKind())
                            && CommunityReadings.by(i.getInspectedOn(), asOf))
                    .sorted(byDate)
                    .toList();
            if (own.isEmpty()) {
                outcomes.add(Outcome.notApplicable(subject, name + "尚未参加星级评定", name + " has not been star-rated")
                        .fact("status", "not-rated").fact("typeCode", organisation.getTypeCode()).fact("talents", talents(facts, organisation)));
                continue;
            }
            List<String> wrong = new ArrayList<>();
            for (Inspection i : own) {
                for (Refusal r : review(i, own, steps, stars)) {
                    wrong.add(i.getInspectedOn() + " " + r.message());
                }
            }
            Inspection latest = own.get(own.size() - 1);
            String last = steps.get(steps.size() - 1);
            Optional<Inspection> rated = own.stream().filter(i -> last.equals(i.getKind()) && i.getVerdict() == Verdict.PASSED)
                    .reduce((a, b) -> b);
            String status = rated.isPresent() ? "rated" : latest.getVerdict() == Verdict.PASSED ? "in-progress" : "not-awarded";
            Outcome outcome;
            if (!wrong.isEmpty()) {
                outcome = Outcome.fail(subject, name + "的星级评定未按社区推荐、街道初评、区级审评依次进行:" + String.join(";", wrong),
                        name + "'s star rating breaks the order of community recommendation, street first review and district review: "
                                + String.join("; ", wrong));
            } else if (rated.isPresent()) {
                outcome = Outcome.pass(subject, name + "经社区推荐、街道初评、区级审评,于" + rated.get().getInspectedOn() + "评定为" + rated.get().getAwardedTitle(),
                        name + " was rated " + rated.get().getAwardedTitle() + " on " + rated.get().getInspectedOn()
                                + " after community recommendation, street first review and district review");
            } else if ("in-progress".equals(status)) {
                outcome = Outcome.pass(subject, name + "的星级评定进行中,已完成" + latest.getKind() + "(" + latest.getInspectedOn() + ")",
                        name + "'s star rating is under way: " + latest.getKind() + " passed on " + latest.getInspectedOn());
            } else {
                outcome = Outcome.pass(subject, name + "的星级评定程序规范," + latest.getKind() + "(" + latest.getInspectedOn() + ")未通过",
                        name + "'s star rating kept the steps; " + latest.getKind() + " on " + latest.getInspectedOn() + " did not pass (" + latest.getVerdict() + ")");
            }
            outcomes.add(outcome.fact("status", status)
                    .fact("stars", rated.map(Inspection::getAwardedTitle).orElse(null))
                    .fact("typeCode", organisation.getTypeCode())
                    .fact("latestStep", latest.getKind())
                    .fact("latestOn", latest.getInspectedOn())
                    .fact("latestVerdict", latest.getVerdict())
                    .fact("stepsRecorded", own.size())
                    .fact("talents", talents(facts, organisation)));
        }
        return outcomes;
    }

    /** The talents in the pool on the day judged who seeded or lead {@code organisation}. */
    private static long talents(CommunityFacts facts, Organisation organisation) {
        return facts.talents().stream().filter(t -> Objects.equals(t.getOrganisationId(), organisation.getId())
                && CommunityReadings.by(t.getRegisteredOn(), facts.asOf())
                && (t.getLeftOn() == null || t.getLeftOn().isAfter(facts.asOf()))).count();
    }
}
