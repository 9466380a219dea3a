package org.linli.territory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;
import org.linli.common.ValidationException;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

public class TerritoryRulesTest {

    @Test
    public void levelsHangOneUnderTheOther() {
        assertNull(TerritoryLevel.CITY.parentLevel());
        assertEquals(TerritoryLevel.CITY, TerritoryLevel.DISTRICT.parentLevel());
        assertEquals(TerritoryLevel.COMMUNITY, TerritoryLevel.GRID.parentLevel());
        assertEquals(TerritoryLevel.BUILDING, TerritoryLevel.DWELLING.parentLevel());
    }

    @Test
    public void aValidDistrictWithPluginsPasses() {
        TerritoryNode district = new TerritoryNode(1L, TerritoryLevel.DISTRICT, "110101", "东城区");
        district.setPolicyPlugins(List.of("beijing", "songjiang-2024"));
        assertFalse(TerritoryRules.check(district).hasErrors());
    }

    @Test
    public void namesEveryBadField() {
        TerritoryNode node = new TerritoryNode(null, TerritoryLevel.STREET, "bad code!", " ");
        node.setPolicyPlugins(List.of("Beijing", "beijing", "beijing"));
        List<String> errors = errors(TerritoryRules.check(node));
        assertEquals(List.of("name:required", "code:format", "policyPlugins:district_only", "policyPlugins[0]:format",
                "policyPlugins[2]:duplicate", "parentId:required"), errors);
    }

    @Test
    public void aCityHasNoParent() {
        assertEquals(List.of("parentId:level"),
                errors(TerritoryRules.check(new TerritoryNode(3L, TerritoryLevel.CITY, "110000", "北京市"))));
    }

    @Test
    public void aParentMustBeExactlyOneLevelUp() {
        FieldChecks checks = new FieldChecks();
        TerritoryRules.checkParentLevel(checks, TerritoryLevel.GRID, TerritoryLevel.COMMUNITY);
        assertFalse(checks.hasErrors());
        TerritoryRules.checkParentLevel(checks, TerritoryLevel.GRID, TerritoryLevel.STREET);
        assertEquals(List.of("parentId:level"), errors(checks));
        FieldChecks city = new FieldChecks();
        TerritoryRules.checkParentLevel(city, TerritoryLevel.CITY, TerritoryLevel.DISTRICT);
        assertEquals(List.of("parentId:level"), errors(city));
    }

    @Test
    public void pathsAndPluginListsRoundTrip() {
        assertEquals("/7/", TerritoryRules.childPath(null, 7));
        assertEquals("/7/51/", TerritoryRules.childPath("/7/", 51));
        TerritoryNode node = new TerritoryNode();
        node.setPath("/7/51/102/");
        assertEquals(List.of(7L, 51L, 102L), node.pathIds());
        assertNull(TerritoryRules.joinPlugins(List.of()));
        assertEquals(List.of("a", "b"), TerritoryRules.splitPlugins(TerritoryRules.joinPlugins(List.of("a", "b"))));
    }

    private static List<String> errors(FieldChecks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.getErrors().stream().map((FieldError f) -> f.field() + ":" + f.code()).toList();
        }
    }
}
