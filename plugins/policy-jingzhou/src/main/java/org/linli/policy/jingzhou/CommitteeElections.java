package org.linli.policy.jingzhou;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.linli.organisations.Candidate;
import org.linli.organisations.Election;
import org.linli.organisations.ElectionKind;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.Qualification;
import org.linli.organisations.Term;
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
 * JZ-01, 资格审查与及时补选: a residents' committee's candidates pass a qualification review (资格审查)
 * by the named departments before the vote, and a vacancy among its members is filled by a
 * by-election (补选) in time.
 * <p>
 * <b>Qualification review.</b> Every candidate of every election of the committee whose vote date is
 * on or before the day judged was reviewed: the review has an outcome ({@link Qualification#PASSED}
 * or {@link Qualification#REJECTED}, not {@link Qualification#PENDING}) and names in
 * {@link Candidate#getReviewedBy()} each department of {@code reviewers} (the document's
 * 组织、纪检、政法、统战; an empty list asks only that some department is named), and every
 * candidate marked elected passed it. A candidate records no review date, so "before the vote" is
 * read from the election as stored: a candidate still pending when the vote is recorded was not
 * reviewed before it.
 * <p>
 * <b>By-election.</b> The committee's term sitting on the day judged has a vacancy when its seats
 * outnumber the persons sitting in it on that day. Linli records no vacancy date, so the vacancy is
 * dated by the latest {@link Membership#getEndsOn()} of a member of that term who left before the
 * day judged (the last departure, the most lenient reading), or by the start of the term when no one
 * left (seats never filled). A by-election ({@link ElectionKind#BY_ELECTION}) for that term voting
 * on or after that date and within {@code byElectionDays} keeps the rule; none by then FAILs (one
 * held later FAILs as late); while the time has not run out, the by-election is not yet due. The
 * document gives no time limit (按时间按程序进行补选): the default of 90 days is Linli's.
 * <p>
 * Verdict per committee: FAIL when either part fails; otherwise MISSING_DATA when no election with
 * candidates is recorded or the vacancy cannot be counted (no sitting term, or its seats not
 * recorded); PASS otherwise.
 * <p>
 * <b>Hook.</b> On elections, refuses (field {@code candidates}, code {@code not_reviewed}) a candidate
 * marked elected whose qualification is not {@link Qualification#PASSED} or whose review does not
 * name the {@code reviewers}. The register itself already refuses electing a candidate who did not
 * pass (candidates[i].elected, not_qualified) before the hook is asked, so what the hook adds in
 * practice is the named departments; the qualification test stays in the one decision
 * ({@link #notReviewed}) that the hook and {@link #evaluate} share.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Jingzhou.ID)
public final class CommitteeElections extends BaseRule {
    static final String BY_ELECTION_DAYS = "byElectionDays";
    static final String REVIEWERS = "reviewers";
    static final String FIELD = "candidates";
    static final String CODE = "not_reviewed";

    public CommitteeElections() {
        super("JZ-01", RuleKind.WORKFLOW, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会选举落实资格审查,成员空缺及时补选",
                        "Committee candidates pass a qualification review before the vote; vacancies are filled by a by-election in time"),
                new Clause(Jingzhou.SOURCE, "严把程序,会同组织、纪检、政法、统战等*个部门落实资格审查机制,高质量完成社区居民委员会换届选举工作,"
                        + "并及时做好新一届社区“两委”成员信息在全国基层政权建设和社区治理信息系统中录入及《基层群众性自治组织特别法人社会信用代码证书》换发工作。"
                        + "对居委成员出现空缺的社区及时督促按时间按程序进行补选,确保社区班子健全"),
                new Parameter(BY_ELECTION_DAYS, "90", Text.of("出现空缺后应在多少天内补选(文件未规定,Linli默认值)",
                        "Days after a vacancy within which a by-election is held (the document gives none; Linli's default)")),
                new Parameter(REVIEWERS, "组织,纪检,政法,统战", Text.of("资格审查须会同的部门,须逐一写入审查部门(reviewedBy)",
                        "Departments that review candidates jointly, each to be named in reviewedBy (comma-separated)")));
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new Hook());
    }

    /** Refuses electing a candidate who was not reviewed as {@link #notReviewed} says. */
    private static final class Hook implements RecordHook<Election> {
        @Override
        public Class<Election> recordClass() {
            return Election.class;
        }

        @Override
        public void review(RecordWrite<Election> write, CommunityFacts community, Parameters parameters) {
            List<String> reviewers = parameters.list(REVIEWERS);
            List<Candidate> candidates = write.record().getCandidates();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                if (candidate != null && candidate.isElected()) {
                    int index = i;
                    notReviewed(candidate, reviewers).ifPresent(why -> write.refuse(FIELD, CODE,
                            "candidates[" + index + "] " + candidate.getPersonName() + ": " + why));
                }
            }
        }
    }

    /**
     * Why {@code candidate} does not count as reviewed (资格审查), in Chinese and English, or empty when
     * it does: the review has an outcome, names each of {@code reviewers} (some department when the
     * list is empty), and an elected candidate passed it.
     */
    static Optional<String> notReviewed(Candidate candidate, List<String> reviewers) {
        Qualification qualification = candidate.getQualification();
        if (qualification == null || qualification == Qualification.PENDING) {
            return Optional.of("未经资格审查 / not reviewed before the vote");
        }
        if (candidate.isElected() && qualification != Qualification.PASSED) {
            return Optional.of("资格审查未通过,不能当选 / did not pass the qualification review and cannot be elected");
        }
        String by = candidate.getReviewedBy() == null ? "" : candidate.getReviewedBy().strip();
        if (by.isEmpty()) {
            return Optional.of("未写明审查部门 / the review names no department (reviewedBy)");
        }
        List<String> missing = reviewers.stream().filter(r -> !by.contains(r)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("资格审查未会同" + String.join("、", missing) + "部门 / the review was not made jointly with "
                    + String.join(", ", missing));
        }
        return Optional.empty();
    }

    /** The state of the by-election part: {@code failed} or {@code unknown} (with why), or kept. */
    private record ByElection(boolean failed, boolean unknown, String zh, String en) {
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<Organisation> committees = CommunityReadings.committees(facts);
        if (committees.isEmpty()) {
            return List.of(CommunityReadings.noCommittee(facts));
        }
        int days = parameters.integer(BY_ELECTION_DAYS);
        List<String> reviewers = parameters.list(REVIEWERS);
        LocalDate asOf = facts.asOf();
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = CommunityReadings.subject(SubjectKind.RESIDENTS_COMMITTEE, committee);
            String name = committee.getName();
            List<Election> held = facts.elections().stream()
                    .filter(e -> Objects.equals(e.getOrganisationId(), committee.getId()) && CommunityReadings.by(e.getVoteDate(), asOf))
                    .toList();
            int candidates = 0;
            List<String> unreviewed = new ArrayList<>();
            for (Election election : held) {
                for (Candidate candidate : election.getCandidates()) {
                    if (candidate == null) {
                        continue;
                    }
                    candidates++;
                    notReviewed(candidate, reviewers).ifPresent(why -> unreviewed.add(election.getVoteDate() + " "
                            + candidate.getPersonName() + "(" + why + ")"));
                }
            }
            Optional<Term> term = CommunityReadings.sittingTerm(facts, committee.getId());
            ByElection by;
            Integer vacancies = null;
            LocalDate vacancySince = null;
            LocalDate due = null;
            LocalDate byElectionOn = null;
            if (term.isEmpty()) {
                by = new ByElection(false, true, "在" + asOf + "没有在任的届期,无法核对空缺", "no term sits on " + asOf + ", so vacancies cannot be counted");
            } else if (term.get().getSeats() == null) {
                by = new ByElection(false, true, "届期" + CommunityReadings.term(term.get()) + "未登记职数,无法核对空缺",
                        "the term " + CommunityReadings.term(term.get()) + " records no seats, so vacancies cannot be counted");
            } else {
                Term t = term.get();
                int sitting = CommunityReadings.persons(CommunityReadings.sittingMembers(facts, t)).size();
                vacancies = t.getSeats() - sitting;
                if (vacancies <= 0) {
                    by = new ByElection(false, false, "成员齐全,无空缺", "no vacancy");
                } else {
                    vacancySince = facts.memberships().stream()
                            .filter(m -> Objects.equals(m.getTermId(), t.getId()) && m.getEndsOn() != null && m.getEndsOn().isBefore(asOf))
                            .map(Membership::getEndsOn).max(Comparator.naturalOrder()).orElse(t.getStartsOn());
                    LocalDate since = vacancySince;
                    due = since == null ? null : since.plusDays(days);
                    Optional<Election> byElection = facts.elections().stream()
                            .filter(e -> Objects.equals(e.getTermId(), t.getId()) && e.getKind() == ElectionKind.BY_ELECTION
                                    && CommunityReadings.by(e.getVoteDate(), asOf) && (since == null || !e.getVoteDate().isBefore(since)))
                            .min(Comparator.comparing(Election::getVoteDate));
                    byElectionOn = byElection.map(Election::getVoteDate).orElse(null);
                    if (due == null) {
                        by = new ByElection(false, true, "空缺" + vacancies + "名,但届期未登记起始日期,无法确定补选时限",
                                vacancies + " vacancies, but the term records no start, so the by-election's time limit is unknown");
                    } else if (byElectionOn != null && !byElectionOn.isAfter(due)) {
                        by = new ByElection(false, false, "空缺" + vacancies + "名(自" + since + "),已于" + byElectionOn + "补选",
                                vacancies + " vacancies (since " + since + "), by-election held on " + byElectionOn);
                    } else if (byElectionOn != null) {
                        by = new ByElection(true, false, "空缺" + vacancies + "名(自" + since + ")," + byElectionOn + "才补选,超过时限" + due,
                                vacancies + " vacancies (since " + since + "), by-election held on " + byElectionOn + ", after the limit " + due);
                    } else if (!asOf.isAfter(due)) {
                        by = new ByElection(false, false, "空缺" + vacancies + "名(自" + since + "),应于" + due + "前补选",
                                vacancies + " vacancies (since " + since + "), a by-election is due by " + due);
                    } else {
                        by = new ByElection(true, false, "空缺" + vacancies + "名(自" + since + "),逾期未补选(时限" + due + ")",
                                vacancies + " vacancies (since " + since + "), no by-election by the limit " + due);
                    }
                }
            }
            String electionsZh = held.isEmpty() ? "未登记已投票的选举" : held.size() + "次选举" + candidates + "名候选人"
                    + (unreviewed.isEmpty() ? "均经资格审查" : "中" + unreviewed.size() + "名未经规范资格审查:" + String.join(";", unreviewed));
            String electionsEn = held.isEmpty() ? "no election with a vote recorded" : held.size() + " election(s), " + candidates + " candidate(s), "
                    + (unreviewed.isEmpty() ? "all reviewed" : unreviewed.size() + " not properly reviewed: " + String.join("; ", unreviewed));
            String zh = name + ":" + electionsZh + ";" + by.zh();
            String en = name + ": " + electionsEn + "; " + by.en();
            Outcome outcome;
            if (!unreviewed.isEmpty() || by.failed()) {
                outcome = Outcome.fail(subject, zh, en);
            } else if (candidates == 0 || by.unknown()) {
                outcome = Outcome.missingData(subject, zh, en);
            } else {
                outcome = Outcome.pass(subject, zh, en);
            }
            outcomes.add(outcome.fact("elections", held.size())
                    .fact("candidates", candidates)
                    .fact("candidatesNotReviewed", unreviewed.size())
                    .fact("term", term.map(CommunityReadings::term).orElse(null))
                    .fact("seats", term.map(Term::getSeats).orElse(null))
                    .fact("vacancies", vacancies)
                    .fact("vacancySince", vacancySince)
                    .fact("byElectionDue", due)
                    .fact("byElectionOn", byElectionOn)
                    .fact(BY_ELECTION_DAYS, days)
                    .fact(REVIEWERS, CommunityReadings.list(reviewers)));
        }
        return outcomes;
    }
}
