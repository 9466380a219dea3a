package org.linli.apitokens.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A token's digest and grants; times are UTC. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {
    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    Long id;

    String client;

    @Column(name = "token_hash")
    String tokenHash;

    /** Comma-separated node codes. */
    String jurisdictions;

    /** Comma-separated permission names. */
    String scopes;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "revoked_at")
    LocalDateTime revokedAt;

    @Column(name = "expires_at")
    LocalDateTime expiresAt;
}
