package org.linli.territory;

/** The levels of the territory tree, from the top down. Each node's parent is one level up. */
public enum TerritoryLevel {
    /** 市 city */
    CITY,
    /** 区/县 district or county; names the policy plugins that govern it */
    DISTRICT,
    /** 街道/乡镇 street (sub-district) or township */
    STREET,
    /** 社区/村, run by a residents' committee (居委会) or a village committee (村委会) */
    COMMUNITY,
    /** 网格 grid, the unit a grid worker patrols */
    GRID,
    /** 楼栋 building */
    BUILDING,
    /** 房屋 dwelling, where households are registered and residents live */
    DWELLING;

    /** The level a node of this level hangs under, or {@code null} for the root level. */
    public TerritoryLevel parentLevel() {
        return this == CITY ? null : values()[ordinal() - 1];
    }
}
