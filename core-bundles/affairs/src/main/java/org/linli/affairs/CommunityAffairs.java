package org.linli.affairs;

import org.linli.common.Records;
import org.linli.records.Register;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Community affairs. Mediation cases belong to the place of the dispute and need
 * {@link org.linli.security.Permission#REQUEST_READ} / {@code REQUEST_WRITE}, as residents'
 * requests do; consultations and conventions belong to their organisation and need
 * {@link org.linli.security.Permission#ORGANISATION_READ} / {@code ORGANISATION_WRITE}.
 */
@ProviderType
public interface CommunityAffairs extends Register {

    Records<MediationCase> mediationCases();

    /** Consultations with their steps, which are replaced as a whole on update. */
    Records<Consultation> consultations();

    Records<Convention> conventions();
}
