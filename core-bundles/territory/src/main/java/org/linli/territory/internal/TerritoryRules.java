package org.linli.territory.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.linli.common.FieldChecks;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;

/** The rules a territory node must keep, apart from those that need the database. */
final class TerritoryRules {
    static final int MAX_NAME = 100;
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");
    static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private TerritoryRules() {
    }

    /** Checks the fields of a node to create or update. */
    static FieldChecks check(TerritoryNode node) {
        FieldChecks checks = new FieldChecks()
                .required("level", node.getLevel())
                .name("name", node.getName(), MAX_NAME)
                .text("code", node.getCode(), 32)
                .pattern("code", node.getCode(), CODE, "letters, digits, '-' or '_' (at most 32)");
        List<String> plugins = node.getPolicyPlugins();
        if (!plugins.isEmpty() && node.getLevel() != null && node.getLevel() != TerritoryLevel.DISTRICT) {
            checks.add("policyPlugins", "district_only", "only a district names policy plugins");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < plugins.size(); i++) {
            String plugin = plugins.get(i);
            if (plugin == null || !PLUGIN_ID.matcher(plugin).matches()) {
                checks.add("policyPlugins[" + i + "]", "format", "a plugin id is lower-case letters, digits and '-'");
            } else if (!seen.add(plugin)) {
                checks.add("policyPlugins[" + i + "]", "duplicate", "plugin " + plugin + " is named twice");
            }
        }
        if ((node.getLongitude() == null) != (node.getLatitude() == null)) {
            checks.add(node.getLongitude() == null ? "longitude" : "latitude", "required", "give both longitude and latitude, or neither");
        }
        if (node.getLongitude() != null && !(node.getLongitude() >= -180 && node.getLongitude() <= 180)) {
            checks.add("longitude", "range", "longitude is from -180 to 180 degrees");
        }
        if (node.getLatitude() != null && !(node.getLatitude() >= -90 && node.getLatitude() <= 90)) {
            checks.add("latitude", "range", "latitude is from -90 to 90 degrees");
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

    static String joinPlugins(List<String> plugins) {
        return plugins.isEmpty() ? null : String.join(",", plugins);
    }

    static List<String> splitPlugins(String plugins) {
        return plugins == null || plugins.isEmpty() ? List.of() : List.of(plugins.split(","));
    }

    static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }
}
