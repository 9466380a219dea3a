package org.linli.records;

/** The type of a field as callers see it in JSON, XML and forms. */
public enum FieldType {
    /** A whole number of at most 32 bits. */
    INTEGER,
    /** A whole number of 64 bits: ids and references. */
    LONG,
    /** A decimal number (amounts of money, coefficients). */
    DECIMAL,
    TEXT,
    BOOLEAN,
    /** {@code yyyy-MM-dd} */
    DATE,
    /** {@code HH:mm[:ss]} */
    TIME,
    /** {@code yyyy-MM-ddTHH:mm:ss}, in the district's time zone */
    DATE_TIME,
    /** One of a fixed list of values, named in {@link FieldDescription#values()}. */
    ENUM,
    /** A list of values or objects, described by {@link FieldDescription#items()}. */
    LIST,
    /** An object with fields of its own, described by {@link FieldDescription#fields()}. */
    OBJECT
}
