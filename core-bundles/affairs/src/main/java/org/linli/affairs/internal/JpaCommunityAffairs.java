package org.linli.affairs.internal;

import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.affairs.CommunityAffairs;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
import org.linli.affairs.MediationCase;
import org.linli.affairs.Notice;
import org.linli.common.Records;
import org.linli.database.Database;
import org.linli.organisations.OrganisationService;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.RecordStore;
import org.linli.records.Register;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {CommunityAffairs.class, Register.class})
public class JpaCommunityAffairs implements CommunityAffairs {
    private final JpaRecords<MediationCase> mediationCases;
    private final JpaRecords<Consultation> consultations;
    private final JpaRecords<Convention> conventions;
    private final JpaRecords<Notice> notices;

    @Activate
    public JpaCommunityAffairs(@Reference(target = "(osgi.unit.name=linli-affairs)") JpaTemplate jpa,
                               @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference OrganisationService organisations,
                               @Reference Database migrated, @Reference Clock clock) {
        mediationCases = new JpaRecords<>(jpa, migrated, territory, guards, new MediationCaseType(), clock);
        consultations = new JpaRecords<>(jpa, migrated, territory, guards, new ConsultationType(organisations), clock);
        conventions = new JpaRecords<>(jpa, migrated, territory, guards, new ConventionType(organisations), clock);
        notices = new JpaRecords<>(jpa, migrated, territory, guards, new NoticeType(), clock);
    }

    @Override
    public Records<MediationCase> mediationCases() {
        return mediationCases;
    }

    @Override
    public Records<Consultation> consultations() {
        return consultations;
    }

    @Override
    public Records<Convention> conventions() {
        return conventions;
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(mediationCases, consultations, conventions, notices);
    }
}
