package org.linli.services;

import java.time.LocalDateTime;
import java.util.List;
import org.linli.common.Records;
import org.linli.records.Register;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The community's service desk: the catalogue of services, the work calendar, residents'
 * requests through their lifecycle (首问负责-限时办结-办结告知) and their dispatch to departments
 * (吹哨报到). Every authenticated caller reads the catalogue and the calendar; keeping them
 * needs {@link org.linli.security.Permission#CODES_MANAGE}. Requests and dispatches need
 * {@link org.linli.security.Permission#REQUEST_READ} and
 * {@link org.linli.security.Permission#REQUEST_WRITE}, within the caller's jurisdiction.
 */
@ProviderType
public interface ServiceDesk extends Register {
    /**
     * The restriction a catalogued service's {@link Service#getAcceptingRoles()} puts on the step
     * {@link StepAction#ACCEPT}, as the desk names it when it asks the record guards
     * ({@code org.linli.records.RecordGuard#lifts}) whether a district's rule lifts it (一窗受理).
     */
    String ACCEPTING_ROLES = "acceptingRoles";

    Records<Service> services();

    /** Holidays and adjusted working days; weekdays are working days unless one says otherwise. */
    Records<CalendarDay> calendar();

    /**
     * Requests. On creation Linli sets the status (RECEIVED), the time received (now, or an
     * earlier time given by a desk that registers it late) and the due time; afterwards status,
     * owner and times change only through {@link #step}.
     */
    Records<Request> requests();

    Records<Dispatch> dispatches();

    /**
     * Takes a step in a request's lifecycle; answers the request as it now stands. Accepting a
     * request for a service that names its accepting roles needs one of them, unless a record
     * guard lifts {@link #ACCEPTING_ROLES} for the request's place and caller.
     */
    Request step(long requestId, RequestStep step);

    /** A request's steps, oldest first, from its receipt. */
    List<RequestStep> history(long requestId);

    /**
     * The steps the caller may take on the request now, by its status, its owner and the roles
     * its service accepts with: what a screen offers. None for a caller who may only read. A
     * district's workflow hooks are asked only when a step is taken, and may still refuse it.
     */
    List<StepAction> nextSteps(long requestId);

    /** Records that the department acknowledged the dispatch (报到). */
    Dispatch acknowledge(long dispatchId);

    /** Records the department's report; acknowledges the dispatch too if that was not recorded. */
    Dispatch report(long dispatchId, String report);

    /** When something received at {@code from} with this limit is due, on the work calendar. */
    LocalDateTime due(LocalDateTime from, int amount, LimitUnit unit);

    /** The catalogue as CSV (UTF-8, a header line, lists joined by {@code ;}). */
    String exportCatalogue();

    /**
     * Creates or updates, by code, every service of a CSV in the shape {@link #exportCatalogue}
     * writes: all rows or none. Errors name the row: {@code rows[3].timeLimit}.
     */
    List<Service> importCatalogue(String csv);
}
