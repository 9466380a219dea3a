package org.linli.organisations;

import java.time.LocalDate;
import java.util.List;
import org.linli.common.Records;
import org.linli.records.Register;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of community organisations (社区组织) and what they do: terms, members,
 * elections, meetings, premises, documents on file, funds and inspections; the talent pool, venture
 * philanthropy contests and the service list communities order from. Every record belongs to an
 * organisation or a community, and a caller sees what lies in their jurisdiction; contests and the
 * service list are public calls and offers that every reader sees.
 * Reading needs {@link org.linli.security.Permission#ORGANISATION_READ}, writing
 * {@link org.linli.security.Permission#ORGANISATION_WRITE}.
 */
@ProviderType
public interface OrganisationService extends Register {

    Records<Organisation> organisations();

    Records<Term> terms();

    Records<Membership> memberships();

    /** Elections with their candidates, which are replaced as a whole on update. */
    Records<Election> elections();

    Records<Meeting> meetings();

    Records<Facility> facilities();

    Records<Document> documents();

    Records<BudgetLine> budgetLines();

    Records<Spending> spendings();

    /** Inspections, acceptances and ratings, with their verdicts and rectifications. */
    Records<Inspection> inspections();

    /** A community's talent pool (社区能人库). */
    Records<Talent> talents();

    /** Micro venture philanthropy contests (公益微创投大赛), seen by every reader. */
    Records<VentureContest> ventureContests();

    Records<VentureProject> ventureProjects();

    Records<VentureActivity> ventureActivities();

    /** The service list (服务清单) that organisations offer communities, seen by every reader. */
    Records<ServiceOffer> serviceOffers();

    /** Communities' orders from the service list (点单). */
    Records<ServiceOrder> serviceOrders();

    /**
     * Who holds posts in both organisations on a date (一肩挑, 交叉任职): the memberships in
     * {@code organisationId} sitting on {@code on} (today when {@code null}) whose person also sits
     * in {@code otherOrganisationId} then.
     */
    List<Membership> crossHolders(long organisationId, long otherOrganisationId, LocalDate on);
}
