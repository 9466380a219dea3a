-- The territory node an audited action concerns, as its path: an auditor reads the entries of the
-- nodes their jurisdiction holds. An entry of no node (a token issued, a sign-in refused) is read
-- by auditors of the whole territory only.
ALTER TABLE audit_entry ADD COLUMN node_path VARCHAR(400);
