-- The platform user name a worker signs in with, so that their patrols and visits are theirs
-- without naming them; at most one worker per account (several workers may have none).
ALTER TABLE worker ADD COLUMN account VARCHAR(64);
CREATE UNIQUE INDEX worker_account_ux ON worker (account);
