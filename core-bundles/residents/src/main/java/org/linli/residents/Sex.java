package org.linli.residents;

/** 性别, as the ID number's sequence code records it. */
public enum Sex {
    MALE,
    FEMALE
}
