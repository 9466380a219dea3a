package org.linli.common;

/** A record with a number that Linli gives it when it is stored. */
public interface Identified {
    Long getId();

    void setId(Long id);
}
