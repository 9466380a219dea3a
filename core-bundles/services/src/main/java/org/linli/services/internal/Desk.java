package org.linli.services.internal;

import java.time.LocalDateTime;
import org.linli.services.LimitUnit;

/** What the record types of the service desk need from the desk: its clock, calendar and settings. */
interface Desk {
    LocalDateTime now();

    LocalDateTime due(LocalDateTime from, int amount, LimitUnit unit);

    /** Working days allowed for a problem that names no catalogued service. */
    int problemTimeLimit();

    /** How many days late a request may be registered. */
    int maxBackdateDays();

    String user();
}
