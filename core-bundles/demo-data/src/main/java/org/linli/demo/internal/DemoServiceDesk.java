package org.linli.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.linli.common.PageRequest;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;
import org.linli.services.CalendarDay;
import org.linli.services.Channel;
import org.linli.services.DayKind;
import org.linli.services.Dispatch;
import org.linli.services.LimitUnit;
import org.linli.services.Request;
import org.linli.services.RequestStep;
import org.linli.services.Service;
import org.linli.services.ServiceDesk;
import org.linli.services.StepAction;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/**
 * A service catalogue, the statutory holidays, and two months of residents' requests in every
 * demonstration community, in every state: some still waiting past their due time, some
 * dispatched to departments, most completed and notified.
 */
final class DemoServiceDesk {
    /** code, 中文名, English name, category, time limit, unit. */
    private static final String[][] CATALOGUE = {
        {"residence-certificate", "居住证明", "Residence certificate", "certificates", "3", "WORKING_DAYS"},
        {"elderly-allowance", "高龄津贴申请", "Old-age allowance", "elderly", "10", "WORKING_DAYS"},
        {"minimum-living", "最低生活保障申请", "Minimum living allowance", "civil-affairs", "20", "WORKING_DAYS"},
        {"disability-card", "残疾人证办理", "Disability card", "disability", "15", "WORKING_DAYS"},
        {"residence-permit", "居住证申领", "Residence permit", "household-registration", "15", "WORKING_DAYS"},
        {"employment-registration", "就业失业登记", "Employment registration", "employment", "5", "WORKING_DAYS"},
        {"medical-insurance", "城乡居民医保参保", "Residents' medical insurance", "social-security", "5", "WORKING_DAYS"},
        {"family-doctor", "家庭医生签约", "Family doctor contract", "health", "3", "WORKING_DAYS"},
        {"dispute-mediation", "矛盾纠纷调解", "Dispute mediation", "disputes", "10", "WORKING_DAYS"},
        {"street-light", "路灯报修", "Street light repair", "environment", "48", "HOURS"},
        {"safety-hazard", "安全隐患报告", "Safety hazard report", "safety", "24", "HOURS"},
    };
    private static final String[] PROBLEMS = {"楼道堆放杂物", "小区噪音扰民", "下水道堵塞", "电动车违规充电", "垃圾清运不及时", "邻里漏水纠纷"};
    private static final String[] DEPARTMENTS = {"区城管委", "区住建委", "区民政局", "派出所", "区卫健委"};

    private final ServiceDesk desk;
    private final TerritoryService territory;
    private final Random random;
    private final LocalDate today;
    private final Clock clock;
    private final Names names;

    DemoServiceDesk(ServiceDesk desk, TerritoryService territory, Random random, Clock clock, Names names) {
        this.desk = desk;
        this.territory = territory;
        this.random = random;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.names = names;
    }

    boolean loaded() {
        return desk.services().search(Map.of(), PageRequest.of(0, 1)).total() > 0;
    }

    /** The catalogue and, for this year and the next, the statutory holidays (元旦, 劳动节, 国庆节). */
    void loadCatalogue() {
        for (String[] row : CATALOGUE) {
            Service service = new Service();
            service.setCode(row[0]);
            service.setNameZh(row[1]);
            service.setNameEn(row[2]);
            service.setCategory(row[3]);
            service.setTimeLimit(Integer.valueOf(row[4]));
            service.setTimeUnit(LimitUnit.valueOf(row[5]));
            service.getDocuments().add("居民身份证");
            service.setAdministrativeTask(row[3].equals("certificates") || row[3].equals("civil-affairs"));
            service.setActive(true);
            desk.services().create(service);
        }
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            holiday(LocalDate.of(year, 1, 1), "元旦");
            holiday(LocalDate.of(year, 5, 1), "劳动节");
            holiday(LocalDate.of(year, 5, 2), "劳动节");
            for (int day = 1; day <= 3; day++) {
                holiday(LocalDate.of(year, 10, day), "国庆节");
            }
        }
    }

    private void holiday(LocalDate date, String name) {
        CalendarDay day = new CalendarDay();
        day.setCalendarDate(date);
        day.setKind(DayKind.HOLIDAY);
        day.setName(name);
        desk.calendar().create(day);
    }

    /** About twenty requests in the community, taken through their steps by its director. */
    void load(TerritoryNode community, String director) {
        List<TerritoryNode> dwellings = territory.search(new TerritoryQuery(null, community.getId(), TerritoryLevel.DWELLING, null, null),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        Caller staff = new Caller(director, Set.of(Role.COMMUNITY_STAFF), Set.of(community.getCode()), "demo");
        for (int i = 0; i < 20; i++) {
            Request request = new Request();
            String[] service = random.nextInt(4) == 0 ? null : CATALOGUE[random.nextInt(CATALOGUE.length)];
            request.setServiceCode(service == null ? null : service[0]);
            request.setDescription(service == null ? PROBLEMS[random.nextInt(PROBLEMS.length)] : "申请" + service[1]);
            request.setNodeId(dwellings.get(random.nextInt(dwellings.size())).getId());
            request.setChannel(Channel.values()[random.nextInt(Channel.values().length)]);
            request.setRequesterName(names.any());
            LocalDateTime received = LocalDateTime.of(today.minusDays(random.nextInt(60)), LocalTime.of(8 + random.nextInt(9), random.nextInt(60)));
            // Office hours today may still be ahead (a load just after midnight): such a request came yesterday.
            request.setReceivedAt(received.isAfter(LocalDateTime.now(clock)) ? received.minusDays(1) : received);
            Request stored = desk.requests().create(request);
            CallerContext.callAs(staff, () -> advance(stored, service));
        }
    }

    /** Takes the request some way through its life: the older, the further. */
    private Object advance(Request request, String[] service) {
        int stage = random.nextInt(7);
        long id = request.getId();
        if (stage == 0) {
            return null;
        }
        if (stage == 1) {
            return desk.step(id, step(StepAction.REJECT, "材料不全,已告知补充"));
        }
        desk.step(id, step(StepAction.ACCEPT, null));
        if (stage >= 3) {
            desk.step(id, step(StepAction.START, null));
        }
        if (stage == 3 && (service == null || random.nextBoolean())) {
            Dispatch dispatch = new Dispatch();
            dispatch.setRequestId(id);
            dispatch.setDepartment(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
            dispatch.setDeadline(LocalDateTime.now(clock).plusDays(random.nextInt(5) + 1).withNano(0));
            Dispatch sent = desk.dispatches().create(dispatch);
            if (random.nextBoolean()) {
                desk.acknowledge(sent.getId());
            }
        }
        if (stage >= 4) {
            desk.step(id, step(StepAction.COMPLETE, "已办结"));
        }
        if (stage >= 5) {
            desk.step(id, step(StepAction.NOTIFY, random.nextBoolean() ? "电话告知" : "短信告知"));
        }
        if (stage >= 6) {
            desk.step(id, step(StepAction.CLOSE, null));
        }
        return null;
    }

    private static RequestStep step(StepAction action, String note) {
        RequestStep step = new RequestStep();
        step.setAction(action);
        step.setNote(note);
        return step;
    }
}
