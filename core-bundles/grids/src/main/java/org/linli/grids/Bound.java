package org.linli.grids;

/** Where a grid's household count lies against the bounds. */
public enum Bound {
    BELOW,
    WITHIN,
    ABOVE;

    public static Bound of(long households, int min, int max) {
        return households < min ? BELOW : households > max ? ABOVE : WITHIN;
    }
}
