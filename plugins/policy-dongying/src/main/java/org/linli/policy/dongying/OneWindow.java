package org.linli.policy.dongying;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.linli.security.Permission;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;
import org.linli.services.StepAction;
import org.osgi.service.component.annotations.Component;

/**
 * DY-08, 一窗受理、全科服务: any service counter staff member may accept a request for any catalogued
 * service, so a resident deals with one person (只找一个人,能办所有事).
 * <p>
 * At acceptance (a hook): the service catalogue may name the roles that accept a service
 * ({@code Service.acceptingRoles}), and the service desk refuses the step {@code ACCEPT} to a caller
 * of another role. Before refusing it asks the record guards whether the restriction
 * {@code ServiceDesk.ACCEPTING_ROLES} applies; in a community this plugin governs, this rule's hook
 * lifts it for every caller holding the counter permission to write requests
 * ({@code REQUEST_WRITE}: community staff, grid workers, integrators, administrators), so any counter
 * accepts any catalogued service. Who may see the request (jurisdiction), the order of the steps,
 * and first responsibility afterwards (only the owner takes the later steps) stay as the desk keeps
 * them; a service that names no roles was open to every counter already.
 * <p>
 * What is judged, from the facts: each catalogued service whose accepting roles would restrict
 * acceptance is REPORTED, with its roles, as accepted at any counter where the plugin governs (the
 * facts cannot tell whether it governs the community judged: a comparison or preview judges
 * communities bound elsewhere, where the restriction stands). Each request received in the last
 * {@code periodDays} days up to the day judged has one owner, the staff member who accepted it
 * (首问负责) and who alone takes it to the end: an owner recorded PASS. A request not yet accepted
 * (RECEIVED), or refused at reception without an owner (REJECTED), gives no verdict
 * (NOT_APPLICABLE); one past acceptance without an owner recorded is MISSING_DATA. No request in the
 * period gives NOT_APPLICABLE on the community.
 * <p>
 * What is not checked: the facts hold neither the step history nor the roles of the owners, so an
 * acceptance refused before this hook existed (or outside the plugin's communities) leaves no
 * trace to judge, and a request accepted after the day judged counts as accepted.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Dongying.ID)
public final class OneWindow extends BaseRule {
    static final String PERIOD_DAYS = "periodDays";

    public OneWindow() {
        super("DY-08", RuleKind.WORKFLOW, SubjectKind.REQUEST,
                Text.of("一窗受理、全科服务:任一窗口受理任一目录服务,每件诉求由一名受理人办到底",
                        "One window, whole service: any counter accepts any catalogued service, and one staff member takes each request"),
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
        for (Service service : facts.services()) {
            if (!service.getAcceptingRoles().isEmpty()) {
                outcomes.add(restricted(service));
            }
        }
        boolean requests = false;
        for (Request request : facts.requests()) {
            LocalDateTime received = request.getReceivedAt();
            if (received == null || received.isBefore(from) || !received.isBefore(until)) {
                continue;
            }
            requests = true;
            outcomes.add(judge(request).fact("serviceCode", request.getServiceCode())
                    .fact("channel", request.getChannel())
                    .fact("status", request.getStatus())
                    .fact("owner", request.getOwner())
                    .fact("receivedAt", received));
        }
        if (!requests) {
            outcomes.add(Outcome.notApplicable(CommunityReadings.community(facts), GridRecords.name(facts) + "近" + period + "天没有群众诉求",
                    GridRecords.name(facts) + " has no request received in the last " + period + " days").fact(PERIOD_DAYS, period));
        }
        return outcomes;
    }

    /** A service the catalogue restricts to some roles: under DY-08 any counter accepts it. */
    static Outcome restricted(Service service) {
        String name = service.getCode() + (service.getNameZh() != null ? " " + service.getNameZh() : "");
        String roles = String.join(", ", service.getAcceptingRoles());
        return Outcome.reported(new Subject(SubjectKind.SERVICE, service.getId(), name),
                        "服务目录规定服务" + name + "仅由" + roles + "受理;按“一窗受理、全科服务”,本插件管辖的社区内任一窗口人员均可受理",
                        "The catalogue lets only " + roles + " accept " + name
                                + "; under one-window acceptance any counter staff member accepts it where this plugin governs")
                .fact("acceptingRoles", roles)
                .fact("active", service.isActive())
                .fact("acceptedBy", Permission.REQUEST_WRITE);
    }

    @Override
    public List<RecordHook<?>> hooks() {
        return List.of(new Acceptance());
    }

    /** Lifts the catalogue's accepting roles when a counter (any caller who writes requests) accepts a request. */
    static final class Acceptance implements RecordHook<Request> {
        @Override
        public Class<Request> recordClass() {
            return Request.class;
        }

        @Override
        public boolean lifts(RecordWrite<Request> write, String restriction, CommunityFacts community, Parameters parameters) {
            return ServiceDesk.ACCEPTING_ROLES.equals(restriction)
                    && write.action().filter(StepAction.ACCEPT.name()::equals).isPresent()
                    && write.callerMay(Permission.REQUEST_WRITE);
        }
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
