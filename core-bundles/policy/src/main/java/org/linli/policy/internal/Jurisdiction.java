package org.linli.policy.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;

/**
 * Where a territory node sits: the nodes above it, read once per evaluation, and so the binding
 * and the parameter overrides that reach it (nearest wins).
 */
final class Jurisdiction {
    private static final Caller ENGINE = Caller.system("policy");
    private final TerritoryService territory;
    private final Map<Long, TerritoryNode> nodes = new HashMap<>();

    Jurisdiction(TerritoryService territory) {
        this.territory = territory;
    }

    /** The node's code and the codes above it, nearest first. */
    List<String> codes(TerritoryNode node) {
        List<String> codes = new ArrayList<>();
        for (TerritoryNode above : line(node)) {
            codes.add(above.getCode());
        }
        Collections.reverse(codes);
        return codes;
    }

    /** The nodes from the root down to {@code node}. */
    List<TerritoryNode> line(TerritoryNode node) {
        List<TerritoryNode> line = new ArrayList<>();
        for (Long id : node.pathIds()) {
            line.add(id.equals(node.getId()) ? node : get(id));
        }
        return line;
    }

    TerritoryNode get(long id) {
        return nodes.computeIfAbsent(id, key -> CallerContext.callAs(ENGINE, () -> territory.get(key)));
    }

    /** The plugin of the nearest binding over the codes, or {@code null}. */
    static String governing(List<String> codesNearestFirst, Map<String, String> bindings) {
        for (String code : codesNearestFirst) {
            String plugin = bindings.get(code);
            if (plugin != null && !plugin.isBlank()) {
                return plugin;
            }
        }
        return null;
    }
}
