package org.linli.population;

import org.linli.common.Records;
import org.linli.records.Register;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Records about residents: who is in a special group and who follows them up, who rents which
 * dwelling, who volunteers and for how long. They are residents' data: reading needs
 * {@link org.linli.security.Permission#RESIDENT_READ}, writing
 * {@link org.linli.security.Permission#RESIDENT_WRITE}, and a caller sees the records of the
 * residents who live in their jurisdiction (or, for those living elsewhere, whose household is
 * registered there).
 */
@ProviderType
public interface PopulationService extends Register {

    Records<SpecialGroupMember> specialGroupMembers();

    Records<FollowUp> followUps();

    Records<Tenancy> tenancies();

    Records<Volunteer> volunteers();

    Records<VolunteerService> volunteerServices();
}
