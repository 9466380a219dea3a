package org.linli.organisations.internal;

import org.linli.organisations.Document;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;

final class DocumentType extends OrganisationPart<Document> {
    DocumentType(OrganisationType organisations) {
        super(Document.class, "document", "org_document", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list document)"));
        filter("inForceOn", Filter.activeOn("t.adopted_on", "t.revoked_on", "in force on this date"));
    }

    @Override
    Long organisationId(Document record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Document document, Document stored) {
        check.fields().required("kind", document.getKind()).name("title", document.getTitle(), 200)
                .required("adoptedOn", document.getAdoptedOn()).optionalText("reference", document.getReference(), 500);
        check.code("kind", "document", document.getKind())
                .order("adoptedOn", document.getAdoptedOn(), "revokedOn", document.getRevokedOn());
        organisation(check, document.getOrganisationId());
    }
}
