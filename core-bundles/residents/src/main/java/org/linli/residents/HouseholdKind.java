package org.linli.residents;

/** 户别. */
public enum HouseholdKind {
    /** 家庭户 family household */
    FAMILY,
    /** 集体户 collective household (a dormitory, a unit's collective registration) */
    COLLECTIVE
}
