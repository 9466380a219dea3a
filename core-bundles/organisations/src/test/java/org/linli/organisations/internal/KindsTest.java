package org.linli.organisations.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;

public class KindsTest {
    private final List<KindDescription> kinds = new JpaOrganisationService(null, null, null, null, null, null).stores().stream()
            .map(RecordStore::description).toList();

    @Test
    public void theRegisterKeepsItsSixteenKindsInTheOrderOfItsResources() {
        assertEquals(List.of("organisations", "terms", "memberships", "elections", "meetings", "facilities", "documents",
                "budget-lines", "spendings", "inspections", "talents", "venture-contests", "venture-projects",
                "venture-activities", "service-offers", "service-orders"), kinds.stream().map(KindDescription::path).toList());
    }

    @Test
    public void everyKindIsDescribedInChineseAndEnglishWithItsLimits() {
        for (KindDescription kind : kinds) {
            assertEquals(kind.path(), List.of(), kind.problems());
        }
    }
}
