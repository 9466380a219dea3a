package org.linli.records.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;

public class KindsTest {
    private final List<KindDescription> kinds = new JpaCodeService(null, null, null, null, null).stores().stream()
            .map(RecordStore::description).toList();

    @Test
    public void theRegisterKeepsItsOneKind() {
        assertEquals(List.of("codes"), kinds.stream().map(KindDescription::path).toList());
    }

    @Test
    public void everyKindIsDescribedInChineseAndEnglishWithItsLimits() {
        for (KindDescription kind : kinds) {
            assertEquals(kind.path(), List.of(), kind.problems());
        }
    }
}
