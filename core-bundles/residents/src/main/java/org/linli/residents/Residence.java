package org.linli.residents;

/** Whether a resident lives where they are registered; derived, never written. */
public enum Residence {
    /** 人户一致: registered in a household and living at its dwelling */
    REGISTERED_AND_LIVING,
    /** 人户分离, 户在人不在: registered here, living elsewhere or unknown */
    REGISTERED_LIVING_ELSEWHERE,
    /** 人户分离, 人在户不在: living here, registered elsewhere (includes the floating population 流动人口) */
    LIVING_REGISTERED_ELSEWHERE
}
