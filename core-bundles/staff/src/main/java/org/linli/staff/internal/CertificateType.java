package org.linli.staff.internal;

import org.linli.records.Filter;
import org.linli.records.RecordCheck;
import org.linli.security.Permission;
import org.linli.staff.Certificate;
import org.linli.staff.CertificateLevel;

final class CertificateType extends WorkerPart<Certificate> {
    CertificateType(WorkerType workers) {
        super(Certificate.class, "certificate", "certificate", workers, Permission.STAFF_WRITE);
        filter("level", Filter.enumValue("t.level", CertificateLevel.class, "of this level"));
        filter("validOn", Filter.activeOn("t.issued_on", "t.expires_on", "valid on this date"));
    }

    @Override
    Long workerId(Certificate record) {
        return record.getWorkerId();
    }

    @Override
    protected void check(RecordCheck check, Certificate certificate, Certificate stored) {
        check.fields().required("level", certificate.getLevel()).required("issuedOn", certificate.getIssuedOn())
                .optionalText("number", certificate.getNumber(), 50);
        check.order("issuedOn", certificate.getIssuedOn(), "expiresOn", certificate.getExpiresOn());
        worker(check, certificate.getWorkerId());
    }
}
