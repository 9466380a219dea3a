package org.linli.policy.songjiang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.organisations.Inspection;
import org.linli.organisations.Organisation;
import org.linli.organisations.Verdict;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
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
 * SJ-14 居委会规范化建设示范点: a committee becomes a candidate through a normalisation audit
 * (规范化建设评估, inspection {@code normalisation-audit}); an acceptance inspection
 * ({@code demonstration-acceptance}, 实地验收) records the verdict and names the committee a
 * 区级示范点 or 街道级示范点 demonstration site (命名表彰).
 * <p>
 * Workflow: a hook on inspections refuses an acceptance that awards a title not in {@code titles},
 * awards a title without a PASSED verdict, passes without naming a title, or concerns a committee
 * with no passed normalisation audit on or before the acceptance. The hook reviews after the
 * core's own checks, which refuse a missing field first.
 * <p>
 * Evaluation, per committee, from its inspections on or before the day judged: no audit and no
 * acceptance, not a candidate (NOT_APPLICABLE); audited and not yet accepted, a candidate (PASS,
 * the steps kept so far); latest acceptance passed with a listed title after a passed audit (PASS);
 * latest acceptance not passed, or stored against the steps above (before the plugin governed),
 * FAIL. How many sites a street names (9 区级示范点, 10 街道级示范点 in the first round) is a
 * target of the street, not a rule on a committee, and is not checked.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class DemonstrationSites extends BaseRule {
    static final String TITLES = "titles";
    static final String AUDIT = "normalisation-audit";
    static final String ACCEPTANCE = "demonstration-acceptance";

    /** One field error a hook raises: the field, a code and a message. */
    record Refusal(String field, String code, String message) {
    }

    public DemonstrationSites() {
        super("SJ-14", RuleKind.WORKFLOW, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会规范化建设示范点创建验收与命名", "Demonstration sites: acceptance and title"),
                new Clause(Songjiang.SOURCE,
                        "首批区级居委会规范化建设示范点创建 9 家,街道级居委会规范化建设示范点创建10 家。街道和区民政局将分别开展实地验收,本着优中选优、示范引领的原则,对验收合格的居委会予以命名表彰"),
                new Parameter(TITLES, "区级示范点,街道级示范点",
                        Text.of("验收可命名的示范点称号", "Titles an acceptance may award")));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new AcceptanceHook());
    }

    /** Refuses an acceptance that breaks the steps; the decision is {@link #review}. */
    static final class AcceptanceHook implements RecordHook<Inspection> {
        @Override
        public Class<Inspection> recordClass() {
            return Inspection.class;
        }

        @Override
        public void review(RecordWrite<Inspection> write, CommunityFacts community, Parameters parameters) {
            for (Refusal r : DemonstrationSites.review(write.record(), community.inspections(), parameters.list(TITLES))) {
                write.refuse(r.field(), r.code(), r.message());
            }
        }
    }

    /**
     * What is wrong with an inspection as a demonstration-site acceptance, given the inspections
     * stored in its community; nothing for other kinds, and nothing for fields left empty (the core
     * reports those).
     */
    static List<Refusal> review(Inspection record, List<Inspection> stored, List<String> titles) {
        List<Refusal> refusals = new ArrayList<>();
        if (record == null || !ACCEPTANCE.equals(record.getKind())) {
            return refusals;
        }
        String title = record.getAwardedTitle() == null ? "" : record.getAwardedTitle().strip();
        if (!title.isEmpty() && !titles.contains(title)) {
            refusals.add(new Refusal("awardedTitle", "unknown_title",
                    "a demonstration site is named " + String.join(" or ", titles) + ", not " + title));
        }
        if (!title.isEmpty() && record.getVerdict() != null && record.getVerdict() != Verdict.PASSED) {
            refusals.add(new Refusal("awardedTitle", "not_passed",
                    "a title is awarded only with a PASSED acceptance, not " + record.getVerdict()));
        }
        if (title.isEmpty() && record.getVerdict() == Verdict.PASSED) {
            refusals.add(new Refusal("awardedTitle", "required",
                    "a passed acceptance names the title awarded: " + String.join(" or ", titles)));
        }
        if (record.getOrganisationId() != null && passedAudit(record, stored).isEmpty()) {
            refusals.add(new Refusal("organisationId", "no_audit",
                    "the committee has no passed normalisation audit before its acceptance"));
        }
        return refusals;
    }

    /** The latest passed normalisation audit of the acceptance's committee on or before it (any date, when it has none). */
    private static Optional<Inspection> passedAudit(Inspection acceptance, List<Inspection> stored) {
        LocalDate on = acceptance.getInspectedOn();
        return stored.stream()
                .filter(i -> Objects.equals(i.getOrganisationId(), acceptance.getOrganisationId()))
                .filter(i -> AUDIT.equals(i.getKind()) && i.getVerdict() == Verdict.PASSED)
                .filter(i -> on == null || (i.getInspectedOn() != null && !i.getInspectedOn().isAfter(on)))
                .max(Comparator.comparing(Inspection::getInspectedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        List<String> titles = p.list(TITLES);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            String name = committee.getName();
            List<Inspection> own = facts.inspections().stream()
                    .filter(i -> Objects.equals(i.getOrganisationId(), committee.getId()))
                    .filter(i -> i.getInspectedOn() != null && !i.getInspectedOn().isAfter(facts.asOf()))
                    .toList();
            List<Inspection> audits = own.stream().filter(i -> AUDIT.equals(i.getKind())).toList();
            Optional<Inspection> acceptance = own.stream().filter(i -> ACCEPTANCE.equals(i.getKind()))
                    .max(Comparator.comparing(Inspection::getInspectedOn).thenComparing(Inspection::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
            boolean auditPassed = audits.stream().anyMatch(i -> i.getVerdict() == Verdict.PASSED);
            Outcome outcome;
            if (acceptance.isPresent()) {
                Inspection a = acceptance.get();
                List<Refusal> wrong = review(a, own, titles);
                if (!wrong.isEmpty()) {
                    List<String> why = wrong.stream().map(Refusal::message).toList();
                    outcome = Outcome.fail(subject,
                            "居委会" + name + a.getInspectedOn() + "的示范点验收不符合创建程序:" + String.join(";", why),
                            "Residents' committee " + name + ": the acceptance of " + a.getInspectedOn() + " breaks the steps: " + String.join("; ", why));
                } else if (a.getVerdict() == Verdict.PASSED) {
                    outcome = Outcome.pass(subject,
                            "居委会" + name + "于" + a.getInspectedOn() + "验收合格,命名为" + a.getAwardedTitle() + "示范点",
                            "Residents' committee " + name + " passed acceptance on " + a.getInspectedOn() + " and is a " + a.getAwardedTitle() + " demonstration site");
                } else {
                    outcome = Outcome.fail(subject,
                            "居委会" + name + "于" + a.getInspectedOn() + "的示范点验收未通过(" + a.getVerdict() + ")",
                            "Residents' committee " + name + " did not pass acceptance on " + a.getInspectedOn() + " (" + a.getVerdict() + ")");
                }
                outcome.fact("status", a.getVerdict() == Verdict.PASSED && wrong.isEmpty() ? "accepted" : "not-accepted")
                        .fact("acceptedOn", a.getInspectedOn()).fact("acceptanceVerdict", a.getVerdict()).fact("awardedTitle", a.getAwardedTitle());
            } else if (!audits.isEmpty()) {
                outcome = Outcome.pass(subject,
                        "居委会" + name + "为示范点创建对象,已评估" + audits.size() + "次" + (auditPassed ? "(已通过)" : "(尚未通过)") + ",待验收",
                        "Residents' committee " + name + " is a candidate site: " + audits.size() + " normalisation audit(s)"
                                + (auditPassed ? ", passed" : ", none passed yet") + "; acceptance pending")
                        .fact("status", "candidate");
            } else {
                outcome = Outcome.notApplicable(subject, "居委会" + name + "不是示范点创建对象(无规范化建设评估)",
                        "Residents' committee " + name + " is not a candidate site (no normalisation audit)")
                        .fact("status", "not-candidate");
            }
            outcomes.add(outcome.fact("audits", audits.size()).fact("auditPassed", auditPassed).fact("titles", Records.join(titles)));
        }
        return outcomes;
    }
}
