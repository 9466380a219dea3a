package org.linli.territory.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.records.FieldDescription;
import org.linli.records.KindDescription;

public class KindsTest {
    private final KindDescription nodes = new TerritoryRegister(new JpaTerritoryService(null, null, null, null, null, null)).stores().get(0)
            .description();

    @Test
    public void theNodeIsDescribedInChineseAndEnglishWithItsLimits() {
        assertEquals("territory/nodes", nodes.path());
        assertEquals(List.of(), nodes.problems());
    }

    @Test
    public void whatLinliAssignsIsReadOnlyAndWhatACallerMustGiveRequired() {
        assertEquals(List.of("id", "path"), nodes.fields().stream().filter(FieldDescription::readOnly).map(FieldDescription::name).toList());
        assertEquals(List.of("level", "code", "name"),
                nodes.fields().stream().filter(FieldDescription::required).map(FieldDescription::name).toList());
    }
}
