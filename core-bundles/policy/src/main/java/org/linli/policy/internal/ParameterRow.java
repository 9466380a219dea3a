package org.linli.policy.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A parameter value a run used. */
@Entity
@Table(name = "policy_parameter")
public class ParameterRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_parameter_seq")
    @SequenceGenerator(name = "policy_parameter_seq", sequenceName = "policy_parameter_seq", allocationSize = 50)
    Long id;
    @Column(name = "run_id")
    Long runId;
    String plugin;
    @Column(name = "rule_id")
    String ruleId;
    String name;
    @Column(name = "value_text")
    String value;
    String source;
}
