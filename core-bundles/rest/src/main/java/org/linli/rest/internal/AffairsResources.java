package org.linli.rest.internal;

import java.util.List;
import javax.ws.rs.Path;
import org.linli.affairs.CommunityAffairs;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
import org.linli.affairs.MediationCase;

/** Community affairs: mediation cases, consultations, conventions. */
final class AffairsResources {
    private AffairsResources() {
    }

    static List<Object> all(CommunityAffairs affairs) {
        return List.of(new MediationCases(affairs), new Consultations(affairs), new Conventions(affairs));
    }

    @Path("/mediation-cases")
    public static class MediationCases extends RecordResource<MediationCase> {
        MediationCases(CommunityAffairs affairs) {
            super(affairs.mediationCases());
        }
    }

    @Path("/consultations")
    public static class Consultations extends RecordResource<Consultation> {
        Consultations(CommunityAffairs affairs) {
            super(affairs.consultations());
        }
    }

    @Path("/conventions")
    public static class Conventions extends RecordResource<Convention> {
        Conventions(CommunityAffairs affairs) {
            super(affairs.conventions());
        }
    }
}
