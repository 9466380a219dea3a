package org.linli.organisations;

/** Whether an election fills a whole term or a vacancy. */
public enum ElectionKind {
    /** 换届选举: elects the members of a term */
    REGULAR,
    /** 补选: fills vacancies in a running term */
    BY_ELECTION;
}
