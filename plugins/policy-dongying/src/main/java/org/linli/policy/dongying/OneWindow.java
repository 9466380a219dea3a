package org.linli.policy.dongying;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.osgi.service.component.annotations.Component;

/**
 * DY-08, 一窗受理、全科服务: any service counter staff member may accept a request for any catalogued
 * service, so a resident deals with one person (只找一个人,能办所有事).
 * <p>
 * What the rule would need, and this plugin does not have: the rule is about who may accept. The
 * service catalogue says that per service ({@code Service.acceptingRoles}), and the service desk
 * enforces it when a request is accepted. Neither is within a plugin's reach: the catalogue is not
 * among the facts a rule reads, and it belongs to no territory node, so record hooks are never asked
 * about its writes; and accepting a request is a step of the service desk, not a record write, so no
 * hook point for acceptance exists yet. This plugin therefore neither opens acceptance to every
 * counter role nor sees a catalogue entry that restricts it, nor an acceptance the desk refused (a
 * refusal leaves no record).
 * <p>
 * What is checked, from the requests stored: each request received in the last {@code periodDays}
 * days up to the day judged has one owner, the staff member who accepted it (首问负责) and who alone
 * takes it to the end (the desk allows the later steps to the owner only): an owner recorded PASS.
 * A request not yet accepted (RECEIVED), or refused at reception without an owner (REJECTED), gives
 * no verdict (NOT_APPLICABLE); one past acceptance without an owner recorded is MISSING_DATA. The
 * facts hold no step history, so a request accepted after the day judged counts as accepted. No
 * request in the period gives NOT_APPLICABLE on the community.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class OneWindow extends BaseRule {
    static final String PERIOD_DAYS = "periodDays";

    public OneWindow() {
        super("DY-08", RuleKind.WORKFLOW, SubjectKind.REQUEST,
                Text.of("一窗受理、全科服务:每件诉求由一名受理人办到底", "One window, whole service: each request is taken by one staff member"),
                new Clause(Dongying.SOURCE_SERVICES,
                        "全面实行“一窗受理、全科服务”模式,推动公共服务下沉社区,自助办理,实现社区服务“只找一个人,能办所有事”"),
                new Parameter(PERIOD_DAYS, "365", Text.of("核查最近多少天内受理的诉求(文件未规定,Linli默认值)",
                        "Days back whose requests are judged (the document gives none; Linli's default)")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        int period = parameters.integer(PERIOD_DAYS);
        LocalDateTime from = facts.asOf().minusDays(period - 1L).atStartOfDay();
        LocalDateTime until = facts.asOf().plusDays(1).atStartOfDay();
        List<Outcome> outcomes = new ArrayList<>();
        for (Request request : facts.requests()) {
            LocalDateTime received = request.getReceivedAt();
            if (received == null || received.isBefore(from) || !received.isBefore(until)) {
                continue;
            }
            outcomes.add(judge(request).fact("serviceCode", request.getServiceCode())
                    .fact("channel", request.getChannel())
                    .fact("status", request.getStatus())
                    .fact("owner", request.getOwner())
                    .fact("receivedAt", received));
        }
        if (outcomes.isEmpty()) {
            return List.of(Outcome.notApplicable(GridRecords.community(facts), GridRecords.name(facts) + "近" + period + "天没有群众诉求",
                    GridRecords.name(facts) + " has no request received in the last " + period + " days").fact(PERIOD_DAYS, period));
        }
        return outcomes;
    }

    static Outcome judge(Request request) {
        String name = "#" + request.getId() + " " + (request.getServiceCode() != null ? request.getServiceCode() : "free text");
        Subject subject = new Subject(SubjectKind.REQUEST, request.getId(), name);
        String owner = request.getOwner() == null || request.getOwner().isBlank() ? null : request.getOwner();
        if (owner != null) {
            return Outcome.pass(subject, "诉求" + name + "由" + owner + "一人受理并负责到底",
                    "Request " + name + " was accepted by " + owner + ", who takes it to the end");
        }
        if (request.getStatus() == null || request.getStatus() == RequestStatus.RECEIVED) {
            return Outcome.notApplicable(subject, "诉求" + name + "尚未受理", "Request " + name + " has not been accepted yet");
        }
        if (request.getStatus() == RequestStatus.REJECTED) {
            return Outcome.notApplicable(subject, "诉求" + name + "在受理前被退回", "Request " + name + " was refused before anyone accepted it");
        }
        return Outcome.missingData(subject, "诉求" + name + "状态为" + request.getStatus() + ",但未记录受理人",
                "Request " + name + " is " + request.getStatus() + " but no owner is recorded");
    }
}
