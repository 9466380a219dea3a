package org.linli.rest.internal;

import java.util.List;
import javax.ws.rs.Path;
import org.linli.population.FollowUp;
import org.linli.population.PopulationService;
import org.linli.population.SpecialGroupMember;
import org.linli.population.Tenancy;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;

/** Population services: special groups and their follow-ups, tenancies, volunteers. */
final class PopulationResources {
    private PopulationResources() {
    }

    static List<Object> all(PopulationService population) {
        return List.of(new SpecialGroupMembers(population), new FollowUps(population), new Tenancies(population),
                new Volunteers(population), new VolunteerServices(population));
    }

    @Path("/special-group-members")
    public static class SpecialGroupMembers extends RecordResource<SpecialGroupMember> {
        SpecialGroupMembers(PopulationService population) {
            super(population.specialGroupMembers());
        }
    }

    @Path("/follow-ups")
    public static class FollowUps extends RecordResource<FollowUp> {
        FollowUps(PopulationService population) {
            super(population.followUps());
        }
    }

    @Path("/tenancies")
    public static class Tenancies extends RecordResource<Tenancy> {
        Tenancies(PopulationService population) {
            super(population.tenancies());
        }
    }

    @Path("/volunteers")
    public static class Volunteers extends RecordResource<Volunteer> {
        Volunteers(PopulationService population) {
            super(population.volunteers());
        }
    }

    @Path("/volunteer-services")
    public static class VolunteerServices extends RecordResource<VolunteerService> {
        VolunteerServices(PopulationService population) {
            super(population.volunteerServices());
        }
    }
}
