package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Certificate;
import org.linli.staff.CertificateLevel;

final class CertificateType extends WorkerPart<Certificate> {
    CertificateType(WorkerType workers) {
        super(Certificate.class, "certificate", "certificate", workers, Permission.STAFF_WRITE);
        filter("level", Filter.enumValue("t.level", CertificateLevel.class, "of this level"));
        filter("validOn", Filter.activeOn("t.issued_on", "t.expires_on", "valid on this date"));
        field("level").required();
        field("number").text(50);
        field("issuedOn").required();
    }

    @Override
    Long workerId(Certificate record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Certificate certificate, Certificate stored) {
        check.order("issuedOn", certificate.getIssuedOn(), "expiresOn", certificate.getExpiresOn());
        worker(check, certificate.getWorkerId());
    }
}
