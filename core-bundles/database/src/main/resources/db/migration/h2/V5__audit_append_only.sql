-- H2 triggers are Java classes on the database's own class path, which an embedded OSGi
-- database does not share; on H2 only Linli's services keep the audit log append-only.
-- PostgreSQL, the production database, refuses updates and deletes itself (V5 there).
COMMENT ON TABLE audit_entry IS 'append-only';
