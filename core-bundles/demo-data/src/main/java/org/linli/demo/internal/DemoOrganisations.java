package org.linli.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linli.common.PageRequest;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Candidate;
import org.linli.organisations.Document;
import org.linli.organisations.Election;
import org.linli.organisations.ElectionKind;
import org.linli.organisations.Facility;
import org.linli.organisations.Inspection;
import org.linli.organisations.Meeting;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.OfferPricing;
import org.linli.organisations.OrderStatus;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.OrganisationService;
import org.linli.organisations.ProjectStatus;
import org.linli.organisations.Qualification;
import org.linli.organisations.RegistrationTrack;
import org.linli.organisations.ServiceOffer;
import org.linli.organisations.ServiceOrder;
import org.linli.organisations.Spending;
import org.linli.organisations.Talent;
import org.linli.organisations.Term;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureContest;
import org.linli.organisations.VentureProject;
import org.linli.organisations.Verdict;
import org.linli.residents.Sex;
import org.linli.territory.TerritoryNode;

/**
 * The organisations of the demonstration communities, varied on purpose so that the district
 * rules have something to judge: most communities keep Beijing's six sub-committees of 7 to 9
 * members, every third has only five, every fourth has one sub-committee that is too small;
 * premises, documents, plenaries and funds likewise differ from one community to the next.
 */
final class DemoOrganisations {
    static final List<String> SIX = List.of("people-mediation", "public-security", "public-health", "social-welfare",
            "culture-sports", "co-governance");
    private static final Map<String, String> SIX_NAMES = Map.of("people-mediation", "人民调解委员会", "public-security", "治安保卫委员会",
            "public-health", "公共卫生委员会", "social-welfare", "社会福利委员会", "culture-sports", "文化体育委员会",
            "co-governance", "共建共治委员会");
    private static final List<String> RULES = List.of("rules-meeting", "rules-study", "rules-attendance", "rules-seal",
            "rules-duty", "rules-visit", "rules-reception");

    private final OrganisationService service;
    private final Random random;
    private final LocalDate today;
    private final Names names;
    /** The street's venture philanthropy contest, opened with its first community. */
    private final Map<Long, VentureContest> contests = new HashMap<>();
    /** The service list, put up by the first community's social workers. */
    private final List<ServiceOffer> offers = new ArrayList<>();

    DemoOrganisations(OrganisationService service, Random random, LocalDate today, Names names) {
        this.service = service;
        this.random = random;
        this.today = today;
        this.names = names;
    }

    boolean loaded(long districtId) {
        return service.organisations().search(Map.of("nodeId", String.valueOf(districtId)), PageRequest.of(0, 1)).total() > 0;
    }

    /** The organisations of one community, the {@code index}-th of the district; answers the director's name. */
    String load(TerritoryNode community, int index) {
        String name = community.getName();
        LocalDate termStart = today.minusMonths(6 + index);
        LocalDate termEnd = termStart.plusYears(5).minusDays(1);

        Organisation committee = organisation(OrganisationKind.RESIDENTS_COMMITTEE, name + "居民委员会", community, null, null);
        Term term = term(committee, termStart, termEnd, 7);
        Meeting assembly = meeting(committee, "residents-meeting", name + "居民会议(换届选举)", termStart.minusDays(10), 180);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            candidates.add(names.next());
        }
        // Nine candidates: seven elected, one who passed review but had too few votes, one who did not pass.
        Election election = election(committee, term, 7, assembly, candidates, 8);
        String director = election.getCandidates().get(0).getPersonName();
        List<String> members = new ArrayList<>();
        for (Candidate elected : election.getCandidates()) {
            if (elected.isElected()) {
                boolean first = members.isEmpty();
                members.add(elected.getPersonName());
                Membership m = membership(term, elected.getPersonName(), first ? MemberRole.CHAIR
                        : members.size() == 2 ? MemberRole.DEPUTY_CHAIR : MemberRole.MEMBER, elected.getSex());
                m.setElectionId(election.getId());
                m.setFullTime(random.nextInt(10) < 8);
                m.setLocallyResident(random.nextInt(10) < 9);
                service.memberships().create(m);
            }
        }

        Organisation party = organisation(OrganisationKind.PARTY_ORGANISATION, name + "党委", community, null,
                index % 2 == 0 ? "party-committee" : "general-branch");
        Term partyTerm = term(party, termStart, termEnd, 5);
        // One person as party secretary and committee director (一肩挑), except in every fifth community.
        service.memberships().create(membership(partyTerm, index % 5 == 4 ? names.next() : director, MemberRole.SECRETARY, null));
        for (int i = 0; i < 3; i++) {
            service.memberships().create(membership(partyTerm, i == 0 ? members.get(1) : names.next(), MemberRole.MEMBER, null));
        }

        List<String> kinds = new ArrayList<>(SIX);
        if (index % 3 == 2) {
            kinds.remove("co-governance");
        }
        for (int k = 0; k < kinds.size(); k++) {
            String kind = kinds.get(k);
            Organisation sub = organisation(OrganisationKind.SUB_COMMITTEE, SIX_NAMES.get(kind), community, committee, kind);
            Term subTerm = term(sub, termStart, termEnd, 9);
            int size = index % 4 == 1 && k == 0 ? 6 : 7 + random.nextInt(3);
            // Chaired by a member of the residents' committee, elected by the same residents' meeting.
            List<String> people = new ArrayList<>(List.of(members.get(k % members.size())));
            while (people.size() < size) {
                people.add(names.next());
            }
            Election subElection = election(sub, subTerm, size, assembly, people, -1);
            for (int i = 0; i < size; i++) {
                Membership member = membership(subTerm, people.get(i), i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, null);
                member.setElectionId(subElection.getId());
                member.setResidentRepresentative(i >= 1 && i <= 3);
                member.setBuildingHead(i == 4);
                service.memberships().create(member);
            }
        }

        Organisation coordination = organisation(OrganisationKind.COORDINATION_COMMITTEE, name + "党建工作协调委员会",
                community, null, null);
        int plenaries = index % 4 == 3 ? 1 : 2;
        for (int i = 0; i < plenaries; i++) {
            meeting(coordination, "plenary", name + "党建协调委员会全体会议", LocalDate.of(today.getYear(), 3 + 6 * i, 15), 25);
        }
        if (index % 2 == 0) {
            organisation(OrganisationKind.OWNERS_COMMITTEE, name + "业主委员会", community, null, null);
            organisation(OrganisationKind.PROPERTY_COMPANY, name + "物业服务中心", community, null, null);
        }
        organisation(OrganisationKind.POLICE_OFFICE, name + "警务站", community, null, null);
        Organisation volunteers = organisation(OrganisationKind.SOCIAL_ORGANISATION, name + "志愿服务队", community, null, "volunteer");
        if (index % 3 == 0) {
            inspect(volunteers, "star-rating-district", today.minusMonths(2), "区民政局", Verdict.PASSED, "三星");
        }

        facility(committee, "premises", index % 3 == 1 ? 520 : 640 + random.nextInt(120));
        facility(committee, "open-office", index % 3 == 1 ? 24 : 30 + random.nextInt(15));
        for (String room : List.of("office", "mediation-room", "deliberation-room", "culture-sports-room", "service-station",
                "volunteer-station", "affairs-board", "publicity-board")) {
            if (!(index % 4 == 2 && room.equals("deliberation-room"))) {
                facility(committee, room, room.endsWith("board") ? 0 : 20 + random.nextInt(60));
            }
        }
        if (index % 6 != 5) {
            document(committee, "residents-convention", name + "居民公约", termStart.plusMonths(2));
        }
        document(committee, "autonomy-charter", name + "居民自治章程", termStart.plusMonths(2));
        for (String rule : RULES.subList(0, index % 3 == 0 ? 5 : RULES.size())) {
            document(committee, rule, name + "居委会" + rule.replace("rules-", "") + "制度", termStart.plusMonths(1));
        }

        // Three lists (三张清单) in every other community; the duty and certificate lists everywhere.
        List<String> lists = new ArrayList<>(List.of("duty-list", "certificate-list"));
        if (index % 2 == 0) {
            lists.addAll(List.of("residents-needs-list", "community-resources-list", "service-projects-list"));
        }
        if (index != 7) {
            lists.add("admission-list");
        }
        if (index % 5 != 4) {
            lists.add("community-archive");
        }
        for (String list : lists) {
            document(committee, list, name + "居委会" + list, termStart.plusMonths(1));
        }
        inspections(committee, index);
        ventures(community, index, volunteers);
        orders(community, index, committee);

        int year = today.getYear();
        budget(committee, year, "office", index % 3 == 1 ? 60_000 : 80_000);
        BudgetLine autonomy = budget(committee, year, "autonomy", 20_000);
        BudgetLine welfare = budget(committee, year, "public-welfare", 50_000);
        Meeting consultation = meeting(committee, "consultation", name + "社区协商会议(楼道改造)", LocalDate.of(year, 4, 10), 30);
        spend(welfare, LocalDate.of(year, 5, 6), 18_000, "楼道照明改造", consultation);
        if (index % 4 == 0) {
            // Public-welfare money without a consultation is refused where Beijing's BJ-11 governs;
            // the autonomy fund needs none.
            spend(autonomy, LocalDate.of(year, 6, 12), 4_500, "社区活动物资", null);
        }
        return director;
    }

    /**
     * Three months of the street's affairs-disclosure patrols: in every fourth community the last
     * one asks for a rectification not yet made; three communities are demonstration sites.
     */
    private void inspections(Organisation committee, int index) {
        for (int month = 3; month >= 1; month--) {
            boolean rectify = month == 1 && index % 4 == 1;
            inspect(committee, "disclosure-street-monthly", today.minusMonths(month).withDayOfMonth(5), "街道办事处",
                    rectify ? Verdict.RECTIFY : Verdict.PASSED, null);
        }
        if (index % 3 == 0 && index < 9) {
            inspect(committee, "demonstration-acceptance", today.minusMonths(4), "区民政局验收组", Verdict.PASSED,
                    index == 3 ? "街道级示范点" : "区级示范点");
        }
    }

    /** An inspection; one that asks for a rectification gives thirty days, still running. */
    private void inspect(Organisation org, String kind, LocalDate on, String inspector, Verdict verdict, String title) {
        Inspection inspection = new Inspection();
        inspection.setOrganisationId(org.getId());
        inspection.setKind(kind);
        inspection.setInspectedOn(on);
        inspection.setInspector(inspector);
        inspection.setVerdict(verdict);
        inspection.setAwardedTitle(title);
        if (verdict == Verdict.RECTIFY) {
            inspection.setFindings("居务公开栏未按期更新");
            inspection.setRectifyBy(today.plusDays(30));
        }
        service.inspections().create(inspection);
    }

    private Organisation organisation(OrganisationKind kind, String name, TerritoryNode community, Organisation parent, String type) {
        Organisation org = new Organisation();
        org.setKind(kind);
        org.setName(name);
        org.setCommunityId(community.getId());
        org.setParentId(parent == null ? null : parent.getId());
        org.setTypeCode(type);
        if (kind == OrganisationKind.SOCIAL_ORGANISATION) {
            org.setRegistration(RegistrationTrack.FILED);
        }
        return service.organisations().create(org);
    }

    private Term term(Organisation org, LocalDate start, LocalDate end, int seats) {
        Term term = new Term();
        term.setOrganisationId(org.getId());
        term.setStartsOn(start);
        term.setEndsOn(end);
        term.setSeats(seats);
        return service.terms().create(term);
    }

    private Membership membership(Term term, String person, MemberRole role, Sex sex) {
        Membership member = new Membership();
        member.setTermId(term.getId());
        member.setPersonName(person);
        member.setRole(role);
        member.setSex(sex != null ? sex : random.nextBoolean() ? Sex.FEMALE : Sex.MALE);
        member.setPartyMember(random.nextInt(10) < 4);
        return member;
    }

    private Meeting meeting(Organisation org, String type, String title, LocalDate on, int attendees) {
        Meeting meeting = new Meeting();
        meeting.setOrganisationId(org.getId());
        meeting.setType(type);
        meeting.setTitle(title);
        meeting.setHeldOn(on.isAfter(today) ? today : on);
        meeting.setAttendeeCount(attendees);
        meeting.getDecisions().add("审议通过");
        return service.meetings().create(meeting);
    }

    /**
     * A regular election by the meeting: the first {@code seats} candidates are elected; the one at
     * {@code rejected} (if any) did not pass the qualification review.
     */
    private Election election(Organisation org, Term term, int seats, Meeting meeting, List<String> people, int rejected) {
        Election election = new Election();
        election.setOrganisationId(org.getId());
        election.setTermId(term.getId());
        election.setKind(ElectionKind.REGULAR);
        election.setSeats(seats);
        election.setMeetingId(meeting.getId());
        for (int i = 0; i < people.size(); i++) {
            Candidate candidate = new Candidate();
            candidate.setPersonName(people.get(i));
            candidate.setSex(i % 3 == 0 ? Sex.MALE : Sex.FEMALE);
            candidate.setQualification(i == rejected ? Qualification.REJECTED : Qualification.PASSED);
            candidate.setReviewedBy("街道党工委、民政、公安");
            candidate.setVotes(i == rejected ? null : 160 - i * 7);
            candidate.setElected(i < seats);
            election.getCandidates().add(candidate);
        }
        return service.elections().create(election);
    }

    private void facility(Organisation org, String kind, int area) {
        Facility facility = new Facility();
        facility.setOrganisationId(org.getId());
        facility.setKind(kind);
        facility.setArea(area == 0 ? null : BigDecimal.valueOf(area));
        service.facilities().create(facility);
    }

    private void document(Organisation org, String kind, String title, LocalDate adopted) {
        Document document = new Document();
        document.setOrganisationId(org.getId());
        document.setKind(kind);
        document.setTitle(title);
        document.setAdoptedOn(adopted.isAfter(today) ? today : adopted);
        service.documents().create(document);
    }

    /**
     * Two talents in the pool, one leading the volunteers, who proposes the community's project to
     * the street's contest: completed with two activities, under way with one, turned down, or (in
     * every fourth community) completed with none recorded.
     */
    private void ventures(TerritoryNode community, int index, Organisation volunteers) {
        Talent leader = talent(community, "组织志愿活动", "走访", volunteers);
        talent(community, index % 2 == 0 ? "书画" : "家电维修", "主题活动", null);
        VentureContest contest = contests.computeIfAbsent(community.getParentId(), street -> {
            VentureContest c = new VentureContest();
            c.setNodeId(street);
            c.setName("社区公益微创投大赛");
            c.setRound(1);
            c.setCallOpensOn(today.minusDays(120));
            c.setCallClosesOn(today.minusDays(100));
            c.setDecidedOn(today.minusDays(90));
            c.setFund(BigDecimal.valueOf(200_000));
            return service.ventureContests().create(c);
        });
        String[][] ideas = {{"environment", "楼道微花园"}, {"culture", "邻里书屋"}, {"mutual-help", "爱心理发角"}, {"self-management", "楼栋自管会"}};
        VentureProject project = new VentureProject();
        project.setContestId(contest.getId());
        project.setCommunityId(community.getId());
        project.setField(ideas[index % 4][0]);
        project.setTitle(community.getName() + ideas[index % 4][1]);
        project.setTalentId(leader.getId());
        project.setTeamOrganisationId(volunteers.getId());
        project.setProposedOn(today.minusDays(110));
        project.setDecidedOn(contest.getDecidedOn());
        project.setStatus(index % 4 == 2 ? ProjectStatus.NOT_SELECTED : index % 4 == 1 ? ProjectStatus.FUNDED : ProjectStatus.COMPLETED);
        if (project.getStatus() != ProjectStatus.NOT_SELECTED) {
            project.setGrantAmount(BigDecimal.valueOf(2000 + 500 * random.nextInt(5)));
            project.setFundedOn(today.minusDays(80));
        }
        if (project.getStatus() == ProjectStatus.COMPLETED) {
            project.setCompletedOn(today.minusDays(10));
        }
        project = service.ventureProjects().create(project);
        int activities = index % 4 == 0 ? 2 : index % 4 == 1 ? 1 : 0;
        for (int i = 0; i < activities; i++) {
            VentureActivity activity = new VentureActivity();
            activity.setProjectId(project.getId());
            activity.setHeldOn(today.minusDays(60 - 30 * i));
            activity.setTitle(ideas[index % 4][1] + "活动第" + (i + 1) + "场");
            activity.setBeneficiaries(20 + random.nextInt(40));
            service.ventureActivities().create(activity);
        }
    }

    private Talent talent(TerritoryNode community, String skills, String foundThrough, Organisation leads) {
        Talent talent = new Talent();
        talent.setCommunityId(community.getId());
        talent.setPersonName(names.next());
        talent.setSkills(skills);
        talent.setFoundThrough(foundThrough);
        talent.setRegisteredOn(today.minusDays(200));
        talent.setOrganisationId(leads == null ? null : leads.getId());
        return service.talents().create(talent);
    }

    /**
     * The first community's social workers list two services; every community orders one: delivered,
     * awaited in time, or (every third community) past the day it was needed.
     */
    private void orders(TerritoryNode community, int index, Organisation committee) {
        if (offers.isEmpty()) {
            Organisation workers = organisation(OrganisationKind.SOCIAL_ORGANISATION, "欣和社工服务中心", community, null, "professional-service");
            offers.add(offer(workers, "独居老人心理疏导", "心理服务", null));
            offers.add(offer(workers, "四点半课堂", "课后托管", BigDecimal.valueOf(10)));
        }
        ServiceOrder order = new ServiceOrder();
        order.setOfferId(offers.get(index % 2).getId());
        order.setOrganisationId(committee.getId());
        order.setOrderedOn(today.minusDays(20));
        order.setWantedBy(index % 3 == 2 ? today.minusDays(5) : today.plusDays(10));
        order.setStatus(index % 3 == 0 ? OrderStatus.DELIVERED : OrderStatus.ORDERED);
        if (order.getStatus() == OrderStatus.DELIVERED) {
            order.setDeliveredOn(today.minusDays(7));
            order.setBeneficiaries(10 + random.nextInt(30));
        }
        service.serviceOrders().create(order);
    }

    private ServiceOffer offer(Organisation provider, String title, String category, BigDecimal price) {
        ServiceOffer offer = new ServiceOffer();
        offer.setOrganisationId(provider.getId());
        offer.setTitle(title);
        offer.setCategory(category);
        offer.setPricing(price == null ? OfferPricing.FREE : OfferPricing.LOW_COST);
        offer.setPrice(price);
        offer.setOfferedFrom(today.minusDays(90));
        return service.serviceOffers().create(offer);
    }

    private BudgetLine budget(Organisation org, int year, String fund, int amount) {
        BudgetLine line = new BudgetLine();
        line.setOrganisationId(org.getId());
        line.setFiscalYear(year);
        line.setFund(fund);
        line.setAmount(BigDecimal.valueOf(amount));
        return service.budgetLines().create(line);
    }

    private void spend(BudgetLine line, LocalDate on, int amount, String purpose, Meeting consultation) {
        Spending spending = new Spending();
        spending.setBudgetLineId(line.getId());
        spending.setSpentOn(on.isAfter(today) ? today : on);
        spending.setAmount(BigDecimal.valueOf(amount));
        spending.setPurpose(purpose);
        spending.setConsultationMeetingId(consultation == null ? null : consultation.getId());
        service.spendings().create(spending);
    }
}
