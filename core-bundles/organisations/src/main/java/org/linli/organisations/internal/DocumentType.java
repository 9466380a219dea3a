package org.linli.organisations.internal;

import org.linli.organisations.Document;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class DocumentType extends OrganisationPart<Document> {
    DocumentType(OrganisationType organisations) {
        super(Document.class, "document", "org_document", organisations);
        filter("kind", Filter.text("t.kind", "of this kind (code list document)"));
        filter("inForceOn", Filter.activeOn("t.adopted_on", "t.revoked_on", "in force on this date"));
        field("organisationId").required();
        field("kind").required().code("document");
        field("title").name(200);
        field("adoptedOn").required();
        field("reference").text(500);
    }

    @Override
    Long organisationId(Document record) {
        return record.getOrganisationId();
    }

    @Override
    protected void check(RecordCheck check, Document document, Document stored) {
        check.order("adoptedOn", document.getAdoptedOn(), "revokedOn", document.getRevokedOn());
        organisation(check, document.getOrganisationId());
    }
}
