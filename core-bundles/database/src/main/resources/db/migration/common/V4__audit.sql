-- The audit log: one row per access to personal data or other audited action. Linli only ever
-- inserts here; no service or door updates or deletes a row.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id        BIGINT       NOT NULL,
    at        TIMESTAMP    NOT NULL,
    user_name VARCHAR(100) NOT NULL,
    address   VARCHAR(64),
    action    VARCHAR(32)  NOT NULL,
    entity    VARCHAR(32)  NOT NULL,
    entity_id VARCHAR(64)  NOT NULL,
    fields    VARCHAR(400),
    reason    VARCHAR(400),
    detail    VARCHAR(400),
    CONSTRAINT audit_entry_pk PRIMARY KEY (id)
);
CREATE INDEX audit_entry_entity_ix ON audit_entry (entity, entity_id);
CREATE INDEX audit_entry_user_ix ON audit_entry (user_name, at);
