package org.linli.organisations;

/** The dual track of a social organisation (双轨制). */
public enum RegistrationTrack {
    /** 登记: registered with the civil affairs bureau */
    REGISTERED,
    /** 备案: filed with the street or community */
    FILED;
}
