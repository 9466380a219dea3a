package org.linli.affairs.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;

public class KindsTest {
    private final List<KindDescription> kinds = new JpaCommunityAffairs(null, null, null, null, null, null).stores().stream()
            .map(RecordStore::description).toList();

    @Test
    public void theRegisterKeepsItsFourKinds() {
        assertEquals(List.of("mediation-cases", "consultations", "conventions", "notices"), kinds.stream().map(KindDescription::path).toList());
    }

    @Test
    public void everyKindIsDescribedInChineseAndEnglishWithItsLimits() {
        for (KindDescription kind : kinds) {
            assertEquals(kind.path(), List.of(), kind.problems());
        }
    }
}
