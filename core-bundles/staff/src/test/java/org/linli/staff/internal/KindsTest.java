package org.linli.staff.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;

public class KindsTest {
    private final List<KindDescription> kinds = new JpaStaffService(null, null, null, null, null, null, null).stores().stream()
            .map(RecordStore::description).toList();

    @Test
    public void theRegisterKeepsItsTenKindsInTheOrderOfItsResources() {
        assertEquals(List.of("workers", "pay-grades", "attendance", "shifts", "trainings", "certificates", "visits", "patrols",
                "appraisals", "grid-assignments"), kinds.stream().map(KindDescription::path).toList());
    }

    @Test
    public void everyKindIsDescribedInChineseAndEnglishWithItsLimits() {
        for (KindDescription kind : kinds) {
            assertEquals(kind.path(), List.of(), kind.problems());
        }
    }
}
