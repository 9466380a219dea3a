package org.linli.policy.songjiang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.residents.Sex;
import org.osgi.service.component.annotations.Component;

/**
 * SJ-10 居委会成员配备: 5 to 9 members, full-time members (全日制) at least two thirds, women in
 * "a certain proportion" (read as at least {@code minWomen}, one by default), locally resident
 * members (属地化) at least 80 %. The members are the persons sitting in a term of the residents'
 * committee on the day judged. The full-time share is compared exactly, as a fraction, so 4 of 6
 * passes. A committee with no sitting term or no members recorded gives no verdict; so does a
 * shortfall of women that members of unrecorded sex could make up, when nothing else fails.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Songjiang.ID)
public class CommitteeSize extends BaseRule {
    static final String MIN_MEMBERS = "minMembers";
    static final String MAX_MEMBERS = "maxMembers";
    static final String MIN_FULL_TIME = "minFullTimeShare";
    static final String MIN_WOMEN = "minWomen";
    static final String MIN_LOCAL = "minLocalPercent";

    public CommitteeSize() {
        super("SJ-10", RuleKind.CHECK, SubjectKind.RESIDENTS_COMMITTEE,
                Text.of("居委会成员5-9名,全日制不低于三分之二,有女性成员,属地化不低于80%",
                        "5 to 9 committee members, at least two thirds full-time, women members, at least 80 % locally resident"),
                new Clause(Songjiang.SOURCE,
                        "社区居委会成员一般配备 5-9 名,其中全日制成员比例一般不低于三分之二。居委会成员按照法定条件和程序民主选举产生,其中女性成员应占有一定比例,属地化比例一般不低于 80%"),
                new Parameter(MIN_MEMBERS, "5", Text.of("成员最少人数", "Least number of members")),
                new Parameter(MAX_MEMBERS, "9", Text.of("成员最多人数", "Greatest number of members")),
                new Parameter(MIN_FULL_TIME, "2/3", Text.of("全日制成员最低比例:分数a/b或百分数", "Least full-time share: a fraction a/b or a percentage")),
                new Parameter(MIN_WOMEN, "1", Text.of("女性成员最少人数", "Least number of women members")),
                new Parameter(MIN_LOCAL, "80", Text.of("属地化成员最低百分比", "Least share of locally resident members, percent")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters p) {
        List<Organisation> committees = Records.committees(facts);
        if (committees.isEmpty()) {
            return List.of(Records.noCommittee(facts));
        }
        int min = p.integer(MIN_MEMBERS);
        int max = p.integer(MAX_MEMBERS);
        BigDecimal[] fullTimeShare = fraction(p.text(MIN_FULL_TIME));
        int minWomen = p.integer(MIN_WOMEN);
        BigDecimal minLocal = p.decimal(MIN_LOCAL);
        List<Outcome> outcomes = new ArrayList<>();
        for (Organisation committee : committees) {
            Subject subject = Records.subject(committee);
            String name = committee.getName();
            if (CommunityReadings.sittingTerm(facts, committee.getId()).isEmpty()) {
                outcomes.add(Outcome.missingData(subject, "居委会" + name + "无在任届期",
                        "Residents' committee " + name + " has no term sitting on " + facts.asOf()));
                continue;
            }
            List<Membership> members = Records.sittingMembers(facts, committee.getId());
            int n = members.size();
            if (n == 0) {
                outcomes.add(Outcome.missingData(subject, "居委会" + name + "未登记在任成员",
                        "Residents' committee " + name + " has no sitting members recorded").fact("members", 0));
                continue;
            }
            long fullTime = members.stream().filter(Membership::isFullTime).count();
            long women = members.stream().filter(m -> m.getSex() == Sex.FEMALE).count();
            long unknownSex = members.stream().filter(m -> m.getSex() == null).count();
            long local = members.stream().filter(Membership::isLocallyResident).count();

            boolean sizeOk = n >= min && n <= max;
            // full-time / n >= numerator / denominator, compared without rounding
            boolean fullTimeOk = BigDecimal.valueOf(fullTime).multiply(fullTimeShare[1])
                    .compareTo(fullTimeShare[0].multiply(BigDecimal.valueOf(n))) >= 0;
            boolean womenOk = women >= minWomen;
            boolean womenUnknown = !womenOk && women + unknownSex >= minWomen;
            boolean localOk = BigDecimal.valueOf(local * 100).compareTo(minLocal.multiply(BigDecimal.valueOf(n))) >= 0;

            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!sizeOk) {
                zh.add("成员" + n + "名,不在" + min + "-" + max + "名之间");
                en.add(n + " members, not between " + min + " and " + max);
            }
            if (!fullTimeOk) {
                zh.add("全日制" + fullTime + "/" + n + "(" + Records.plain(Records.percent(fullTime, n)) + "%),低于" + shareText(fullTimeShare));
                en.add(fullTime + " of " + n + " full-time (" + Records.plain(Records.percent(fullTime, n)) + " %), below " + shareText(fullTimeShare));
            }
            if (!womenOk && !womenUnknown) {
                zh.add("女性成员" + women + "名,少于" + minWomen + "名");
                en.add(women + " women, fewer than " + minWomen);
            }
            if (!localOk) {
                zh.add("属地化" + local + "/" + n + "(" + Records.plain(Records.percent(local, n)) + "%),低于" + Records.plain(minLocal) + "%");
                en.add(local + " of " + n + " locally resident (" + Records.plain(Records.percent(local, n)) + " %), below " + Records.plain(minLocal) + " %");
            }
            String summaryZh = "居委会" + name + "成员" + n + "名,全日制" + fullTime + "名,女性" + women + "名,属地化" + local + "名";
            String summaryEn = "Residents' committee " + name + ": " + n + " members, " + fullTime + " full-time, " + women
                    + " women, " + local + " locally resident";
            Outcome outcome;
            if (!zh.isEmpty()) {
                outcome = Outcome.fail(subject, summaryZh + ";" + String.join(";", zh), summaryEn + "; " + String.join("; ", en));
            } else if (womenUnknown) {
                outcome = Outcome.missingData(subject, summaryZh + ";" + unknownSex + "名成员未登记性别",
                        summaryEn + "; the sex of " + unknownSex + " members is not recorded");
            } else {
                outcome = Outcome.pass(subject, summaryZh + ",符合配备要求", summaryEn + ", as required");
            }
            outcomes.add(outcome.fact("members", n).fact("minMembers", min).fact("maxMembers", max)
                    .fact("fullTime", fullTime).fact("fullTimePercent", Records.plain(Records.percent(fullTime, n))).fact("minFullTimeShare", shareText(fullTimeShare))
                    .fact("women", women).fact("sexUnknown", unknownSex).fact("minWomen", minWomen)
                    .fact("locallyResident", local).fact("localPercent", Records.plain(Records.percent(local, n))).fact("minLocalPercent", Records.plain(minLocal)));
        }
        return outcomes;
    }

    /**
     * A share as numerator and denominator: {@code a/b} as written, otherwise a percentage over 100.
     * A fraction keeps two thirds exact, which no decimal percentage can.
     */
    static BigDecimal[] fraction(String value) {
        String text = value.strip();
        try {
            int slash = text.indexOf('/');
            BigDecimal[] share = slash < 0
                    ? new BigDecimal[] {new BigDecimal(text), BigDecimal.valueOf(100)}
                    : new BigDecimal[] {new BigDecimal(text.substring(0, slash).strip()), new BigDecimal(text.substring(slash + 1).strip())};
            if (share[1].signum() <= 0 || share[0].signum() < 0) {
                throw new NumberFormatException();
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SJ-10." + MIN_FULL_TIME + " = '" + value + "' is neither a fraction a/b nor a percentage");
        }
    }

    private static String shareText(BigDecimal[] share) {
        if (share[1].compareTo(BigDecimal.valueOf(100)) == 0) {
            return Records.plain(share[0]) + "%";
        }
        return Records.plain(share[0]) + "/" + Records.plain(share[1]) + " ("
                + share[0].multiply(BigDecimal.valueOf(100)).divide(share[1], 2, RoundingMode.HALF_UP) + "%)";
    }
}
