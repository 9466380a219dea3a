package org.linli.policy.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A stored evaluation run. */
@Entity
@Table(name = "policy_run")
public class RunRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_run_seq")
    @SequenceGenerator(name = "policy_run_seq", sequenceName = "policy_run_seq", allocationSize = 50)
    Long id;
    @Column(name = "node_id")
    Long nodeId;
    @Column(name = "node_name")
    String nodeName;
    String purpose;
    String plugin;
    @Column(name = "as_of")
    LocalDate asOf;
    @Column(name = "evaluated_at")
    LocalDateTime evaluatedAt;
    @Column(name = "evaluated_by")
    String evaluatedBy;
    @Column(name = "pass_count")
    int pass;
    @Column(name = "fail_count")
    int fail;
    @Column(name = "not_applicable_count")
    int notApplicable;
    @Column(name = "missing_data_count")
    int missingData;
    @Column(name = "reported_count")
    int reported;
}
