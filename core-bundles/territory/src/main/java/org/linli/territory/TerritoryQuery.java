package org.linli.territory;

/**
 * What to look for among territory nodes; every criterion is optional and they combine with AND.
 *
 * @param parentId   only direct children of this node
 * @param withinId   only nodes in this node's subtree (the node itself excluded)
 * @param level      only nodes of this level
 * @param code       only the node with this code
 * @param namePrefix only nodes whose name starts with this text
 */
public record TerritoryQuery(Long parentId, Long withinId, TerritoryLevel level, String code, String namePrefix) {

    public static TerritoryQuery all() {
        return new TerritoryQuery(null, null, null, null, null);
    }
}
