-- Linli's own user store, read by the "linli" JAAS realm (production). Passwords are stored as
-- {CRYPT}pbkdf2-sha256$<iterations>$<salt>$<hash>{CRYPT}; Karaf's jaas:user-add writes them so.
CREATE TABLE linli_user (
    name     VARCHAR(100) NOT NULL,
    password VARCHAR(200) NOT NULL,
    CONSTRAINT linli_user_pk PRIMARY KEY (name)
);

CREATE TABLE linli_user_role (
    name VARCHAR(100) NOT NULL,
    role VARCHAR(100) NOT NULL,
    CONSTRAINT linli_user_role_pk PRIMARY KEY (name, role),
    CONSTRAINT linli_user_role_user_fk FOREIGN KEY (name) REFERENCES linli_user (name) ON DELETE CASCADE
);
