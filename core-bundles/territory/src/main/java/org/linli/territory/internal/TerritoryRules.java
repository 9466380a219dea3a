package org.linli.territory.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linli.common.FieldChecks;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** The rules a territory node must keep beyond its declared ones, apart from those that need the tree. */
final class TerritoryRules {
    static final int MAX_NAME = 100;

    private TerritoryRules() {
    }

    /**
     * Checks what the declared rules of a node to create or update ({@link TerritoryKinds}) cannot
     * say: plugins only on a district and each once, both coordinates or neither,
     * and a parent for every level but a city.
     */
    static FieldChecks check(FieldChecks checks, TerritoryNode node) {
        List<String> plugins = node.getPolicyPlugins() == null ? List.of() : node.getPolicyPlugins();
        if (!plugins.isEmpty() && node.getLevel() != null && node.getLevel() != TerritoryLevel.DISTRICT) {
            checks.add("policyPlugins", "district_only", "only a district names policy plugins");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plugins.size(); i++) {
            String plugin = plugins.get(i);
            if (plugin == null) {
                checks.add("policyPlugins[" + i + "]", "format", "a plugin id is lower-case letters, digits and '-'");
            } else if (!seen.add(plugin)) {
                checks.add("policyPlugins[" + i + "]", "duplicate", "plugin " + plugin + " is named twice");
            }
        }
        if ((node.getLongitude() == null) != (node.getLatitude() == null)) {
            checks.add(node.getLongitude() == null ? "longitude" : "latitude", "required", "give both longitude and latitude, or neither");
        }
        if (node.getLevel() == TerritoryLevel.CITY && node.getParentId() != null) {
            checks.add("parentId", "level", "a city has no parent");
        } else if (node.getLevel() != null && node.getLevel() != TerritoryLevel.CITY && node.getParentId() == null) {
            checks.add("parentId", "required", "a " + node.getLevel().name().toLowerCase() + " needs a parent "
                    + node.getLevel().parentLevel().name().toLowerCase());
        }
        return checks;
    }

    /** Checks that {@code parentLevel} is exactly one level above {@code level}. */
    static void checkParentLevel(FieldChecks checks, TerritoryLevel level, TerritoryLevel parentLevel) {
        if (level == TerritoryLevel.CITY) {
            checks.add("parentId", "level", "a city has no parent");
        } else if (level != null && level.parentLevel() != parentLevel) {
            checks.add("parentId", "level", "a " + level.name().toLowerCase() + " must hang under a "
                    + level.parentLevel().name().toLowerCase() + ", not a " + parentLevel.name().toLowerCase());
        }
    }

    static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
