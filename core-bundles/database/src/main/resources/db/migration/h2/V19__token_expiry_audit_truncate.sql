-- An API token may expire.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP;

-- H2 hosts no trigger (V5 here): on H2 only Linli's services keep the audit log whole.
