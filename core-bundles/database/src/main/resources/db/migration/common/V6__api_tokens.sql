-- Integrators' API tokens. Only a SHA-256 digest of each token is kept: the token itself is shown
-- once, when it is issued. A revoked token keeps its row, for the audit trail.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id            BIGINT       NOT NULL,
    client        VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    jurisdictions VARCHAR(400) NOT NULL,
    scopes        VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    revoked_at    TIMESTAMP,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
