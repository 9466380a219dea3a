package org.linli.population.internal;

import java.time.LocalDate;
import javax.persistence.EntityManager;
import org.linli.common.ConflictException;
import org.linli.population.Tenancy;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.residents.Resident;
import org.linli.residents.ResidentService;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;

/** Tenancies, seen by whoever sees the rented dwelling. */
final class TenancyType extends RecordType<Tenancy> {
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final ResidentService residents;

    TenancyType(ResidentService residents) {
        super(Tenancy.class, "tenancy", "tenancy", Permission.RESIDENT_READ, Permission.RESIDENT_WRITE);
        this.residents = residents;
        filter("dwellingId", Filter.id("t.dwelling_id", "of this dwelling"));
        filter("tenantResidentId", Filter.id("t.tenant_resident_id", "of this tenant"));
        filter("on", Filter.activeOn("t.starts_on", "t.ends_on", "running on this date"));
        field("dwellingId").required();
        field("tenantResidentId").required();
        field("landlordName").name(50);
        field("startsOn").required();
        field("contractNumber").text(50);
    }

    @Override
    protected String nodeSql() {
        return "t.dwelling_id";
    }

    @Override
    protected Long node(EntityManager em, Tenancy record) {
        return record.getDwellingId();
    }

    @Override
    protected void check(RecordCheck check, Tenancy tenancy, Tenancy stored) {
        check.order("startsOn", tenancy.getStartsOn(), "endsOn", tenancy.getEndsOn());
        check.fields().throwIfAny();
        check.node("dwellingId", tenancy.getDwellingId(), TerritoryLevel.DWELLING);
        check.refer("tenantResidentId", "resident", tenancy.getTenantResidentId(), () -> residents.get(tenancy.getTenantResidentId()));
        if (tenancy.getLandlordResidentId() != null) {
            Resident landlord = check.refer("landlordResidentId", "resident", tenancy.getLandlordResidentId(),
                    () -> residents.get(tenancy.getLandlordResidentId()));
            if (!landlord.getName().equals(tenancy.getLandlordName().strip())) {
                check.fields().add("landlordName", "mismatch", "landlordName must be the name of the landlord's resident record");
            }
        }
        LocalDate end = tenancy.getEndsOn() == null ? OPEN_END : tenancy.getEndsOn();
        long overlapping = check.em().createQuery("SELECT COUNT(t) FROM Tenancy t WHERE t.tenantResidentId = :r AND t.dwellingId = :d"
                        + " AND t.id <> :id AND t.startsOn <= :end AND (t.endsOn IS NULL OR t.endsOn >= :start)", Long.class)
                .setParameter("r", tenancy.getTenantResidentId()).setParameter("d", tenancy.getDwellingId())
                .setParameter("id", tenancy.getId() == null ? -1L : tenancy.getId()).setParameter("end", end)
                .setParameter("start", tenancy.getStartsOn()).getSingleResult();
        if (overlapping > 0) {
            throw new ConflictException("startsOn", "overlap", "the tenant rents this dwelling already in these dates");
        }
    }
}
