package org.linli.territory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.records.FieldContext;
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
        assertFalse(check(district).hasErrors());
    }

    @Test
    public void namesEveryBadField() {
        TerritoryNode node = new TerritoryNode(null, TerritoryLevel.STREET, "bad code!", " ");
        node.setPolicyPlugins(List.of("Beijing", "beijing", "beijing"));
        List<String> errors = errors(check(node));
        assertEquals(List.of("code:format", "name:required", "policyPlugins[0]:format", "policyPlugins:district_only",
                "policyPlugins[2]:duplicate", "parentId:required"), errors);
    }

    /** Coordinates are measures: any decimals, but on the globe, NaN and the infinities of XML's doubles included. */
    @Test
    public void coordinatesLieOnTheGlobe() {
        TerritoryNode building = new TerritoryNode(5L, TerritoryLevel.BUILDING, "B-1", "1号楼");
        building.setLongitude(116.397481234);
        building.setLatitude(39.908722);
        assertFalse(check(building).hasErrors());
        building.setLongitude(Double.NaN);
        building.setLatitude(90.5);
        assertEquals(List.of("longitude:range", "latitude:range"), errors(check(building)));
        building.setLongitude(Double.POSITIVE_INFINITY);
        building.setLatitude(null);
        assertEquals(List.of("longitude:range", "latitude:required"), errors(check(building)));
    }

    @Test
    public void aCityHasNoParent() {
        assertEquals(List.of("parentId:level"),
                errors(check(new TerritoryNode(3L, TerritoryLevel.CITY, "110000", "北京市"))));
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
        PluginListConverter plugins = new PluginListConverter();
        assertEquals("/7/", TerritoryRules.childPath(null, 7));
        assertEquals("/7/51/", TerritoryRules.childPath("/7/", 51));
        TerritoryNode node = new TerritoryNode();
        node.setPath("/7/51/102/");
        assertEquals(List.of(7L, 51L, 102L), node.pathIds());
        assertNull(plugins.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), plugins.convertToEntityAttribute(null));
        assertEquals(List.of("a", "b"), plugins.convertToEntityAttribute(plugins.convertToDatabaseColumn(List.of("a", "b"))));
    }

    /** A node's fields as a write checks them: the declared rules, then the node's own. */
    private static FieldChecks check(TerritoryNode node) {
        FieldContext check = FieldContext.detached(new FieldChecks(), LocalDate.of(2026, 12, 7));
        TerritoryKinds.RULES.check(check, node);
        return TerritoryRules.check(check.fields(), node);
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
