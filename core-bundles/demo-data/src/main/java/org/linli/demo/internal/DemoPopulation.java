package org.linli.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linli.common.PageRequest;
import org.linli.population.FollowUp;
import org.linli.population.FollowUpMethod;
import org.linli.population.PopulationService;
import org.linli.population.SpecialGroupMember;
import org.linli.population.Tenancy;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;
import org.linli.residents.Resident;
import org.linli.residents.ResidentQuery;
import org.linli.residents.ResidentService;
import org.linli.staff.StaffService;
import org.linli.staff.Worker;
import org.linli.territory.TerritoryNode;

/**
 * In each demonstration community: residents in special groups with their follow-ups (one of them
 * overdue), the tenancies of the residents who live there registered elsewhere, and volunteers
 * with their hours.
 */
final class DemoPopulation {
    private static final String[] GROUPS = {"elderly-alone", "left-behind-child", "community-correction"};

    private final PopulationService population;
    private final ResidentService residents;
    private final StaffService staff;
    private final Random random;
    private final LocalDate today;
    private final Names names;

    DemoPopulation(PopulationService population, ResidentService residents, StaffService staff, Random random, LocalDate today,
                   Names names) {
        this.population = population;
        this.residents = residents;
        this.staff = staff;
        this.random = random;
        this.today = today;
        this.names = names;
    }

    boolean loaded() {
        return population.volunteers().search(Map.of(), PageRequest.of(0, 1)).total() > 0;
    }

    void load(TerritoryNode community) {
        List<Resident> people = residents.search(new ResidentQuery(null, null, null, community.getId()),
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        List<Worker> workers = staff.workers().search(Map.of("communityId", String.valueOf(community.getId()), "status", "ACTIVE"),
                PageRequest.of(0, 20)).items();
        if (people.size() < 20 || workers.isEmpty()) {
            return;
        }
        for (int i = 0; i < GROUPS.length; i++) {
            Worker worker = workers.get(random.nextInt(workers.size()));
            SpecialGroupMember member = new SpecialGroupMember();
            member.setResidentId(people.get(random.nextInt(people.size())).getId());
            member.setGroupCode(GROUPS[i]);
            member.setSince(today.minusMonths(6 + random.nextInt(12)));
            member.setResponsibleWorkerId(worker.getId());
            member.setFollowUpDays(30);
            SpecialGroupMember stored = population.specialGroupMembers().create(member);
            // The last group of every community was last seen more than a month ago.
            int last = i == GROUPS.length - 1 ? 45 : 5 + random.nextInt(20);
            followUp(stored, worker, today.minusDays(last + 30));
            followUp(stored, worker, today.minusDays(last));
        }
        int tenancies = 0;
        for (Resident resident : people) {
            if (resident.getHouseholdId() == null && resident.getDwellingId() != null && tenancies++ < 5) {
                Tenancy tenancy = new Tenancy();
                tenancy.setDwellingId(resident.getDwellingId());
                tenancy.setTenantResidentId(resident.getId());
                tenancy.setLandlordName(names.any());
                tenancy.setStartsOn(today.minusMonths(1 + random.nextInt(24)));
                tenancy.setEndsOn(random.nextBoolean() ? null : tenancy.getStartsOn().plusYears(2));
                population.tenancies().create(tenancy);
            }
        }
        for (int i = 0; i < 5; i++) {
            Resident resident = people.get(i * (people.size() / 5));
            Volunteer volunteer = new Volunteer();
            volunteer.setResidentId(resident.getId());
            volunteer.setRegisteredOn(today.minusMonths(3 + random.nextInt(20)));
            volunteer.getSkills().add(List.of("为老服务", "环境整治", "文艺演出", "法律咨询").get(random.nextInt(4)));
            volunteer.setActive(true);
            Volunteer stored = population.volunteers().create(volunteer);
            for (int s = 0; s < 1 + random.nextInt(4); s++) {
                VolunteerService service = new VolunteerService();
                service.setVolunteerId(stored.getId());
                service.setServedOn(today.minusDays(1 + random.nextInt(60)));
                service.setHours(BigDecimal.valueOf(1 + random.nextInt(6)).divide(BigDecimal.valueOf(2)).add(BigDecimal.ONE));
                service.setActivity("社区志愿服务");
                population.volunteerServices().create(service);
            }
        }
    }

    private void followUp(SpecialGroupMember member, Worker worker, LocalDate on) {
        if (on.isBefore(member.getSince())) {
            return;
        }
        FollowUp followUp = new FollowUp();
        followUp.setMemberId(member.getId());
        followUp.setWorkerId(worker.getId());
        followUp.setFollowedOn(on);
        followUp.setMethod(random.nextBoolean() ? FollowUpMethod.HOME_VISIT : FollowUpMethod.PHONE);
        followUp.setNotes("情况稳定");
        population.followUps().create(followUp);
    }
}
