package org.linli.audit.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A row of the audit log; written once, never changed. Times are UTC. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {
    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    Long id;

    LocalDateTime at;

    @Column(name = "user_name")
    String user;

    String address;
    String action;
    String entity;

    @Column(name = "entity_id")
    String entityId;

    /** Comma-separated field names. */
    String fields;
    String reason;
    String detail;

    /** The path of the territory node the action concerns, or null. */
    @Column(name = "node_path")
    String nodePath;
}
