package org.linli.territory.internal;

import java.util.Arrays;
import java.util.List;
import org.linli.records.FieldRules;
import org.linli.records.FieldType;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.security.Permission;

/**
 * The territory node as every door describes it: the rules of its fields that need no database,
 * declared once, checked on every write and published with the words of
 * {@code kinds.properties}. What depends on other fields or on the tree (a parent one level up,
 * both coordinates or neither, plugins only on a district) {@link TerritoryRules} checks.
 */
final class TerritoryKinds {
    static final String CODE = "[0-9A-Za-z][0-9A-Za-z_-]{0,31}";
    static final String PLUGIN_ID = "[a-z0-9][a-z0-9-]{0,63}";

    static final FieldRules RULES = new FieldRules();
    static final KindDescription NODES;

    static {
        RULES.field("id").readOnly();
        RULES.field("level").required();
        RULES.field("code").required().text(32).pattern(CODE, "letters, digits, '-' or '_' (at most 32)");
        RULES.field("name").name(TerritoryRules.MAX_NAME);
        RULES.field("path").readOnly();
        RULES.field("policyPlugins").each().text(64).pattern(PLUGIN_ID, "lower-case letters, digits and '-'");
        RULES.field("longitude").range(-180, 180).anyDecimals();
        RULES.field("latitude").range(-90, 90).anyDecimals();
        NODES = KindDescription.of("territory/nodes", "territory node", TerritoryNode.class, Permission.TERRITORY_READ,
                Permission.TERRITORY_WRITE, RULES, List.of(
                        new FilterDescription("parentId", FieldType.LONG, List.of(), "direct children of this node"),
                        new FilterDescription("withinId", FieldType.LONG, List.of(), "anywhere under this node"),
                        new FilterDescription("level", FieldType.ENUM, Arrays.stream(TerritoryLevel.values()).map(Enum::name).toList(),
                                "only this level"),
                        new FilterDescription("code", FieldType.TEXT, List.of(), "exactly this code"),
                        new FilterDescription("name", FieldType.TEXT, List.of(), "name starts with")),
                TerritoryKinds.class);
    }

    private TerritoryKinds() {
    }
}
