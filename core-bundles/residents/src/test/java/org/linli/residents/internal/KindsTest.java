package org.linli.residents.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.FieldDescription;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;

public class KindsTest {
    private final List<KindDescription> kinds = new ResidentsRegister(new JpaResidentService(null, null, null, null, null, null),
            new JpaHouseholdService(null, null, null, null, null, null)).stores().stream().map(RecordStore::description).toList();

    @Test
    public void theRegisterKeepsResidentsAndHouseholds() {
        assertEquals(List.of("residents", "households"), kinds.stream().map(KindDescription::path).toList());
    }

    @Test
    public void everyKindIsDescribedInChineseAndEnglishWithItsLimits() {
        for (KindDescription kind : kinds) {
            assertEquals(kind.path(), List.of(), kind.problems());
        }
    }

    /** What a caller writes, and what Linli derives and a caller cannot change. */
    @Test
    public void theDerivedFieldsAreReadOnlyAndTheOwnRequired() {
        KindDescription residents = kinds.get(0);
        assertEquals(List.of("id", "sex", "birthDate", "age", "residence"),
                residents.fields().stream().filter(FieldDescription::readOnly).map(FieldDescription::name).toList());
        assertEquals(List.of("idNumber", "name"),
                residents.fields().stream().filter(FieldDescription::required).map(FieldDescription::name).toList());
        FieldDescription members = kinds.get(1).field("members").orElseThrow();
        assertEquals(List.of("idNumber", "name"), members.items().orElseThrow().fields().stream().filter(FieldDescription::required)
                .map(FieldDescription::name).toList());
    }
}
