package org.linli.policy.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Verdict;

/** A stored finding; its facts are {@code name=value} lines. */
@Entity
@Table(name = "policy_finding")
public class FindingRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_finding_seq")
    @SequenceGenerator(name = "policy_finding_seq", sequenceName = "policy_finding_seq", allocationSize = 50)
    Long id;
    @Column(name = "run_id")
    Long runId;
    @Column(name = "community_id")
    Long communityId;
    @Column(name = "community_code")
    String communityCode;
    @Column(name = "community_name")
    String communityName;
    String plugin;
    @Column(name = "plugin_version")
    String pluginVersion;
    @Column(name = "rule_id")
    String ruleId;
    @Enumerated(EnumType.STRING)
    RuleKind kind;
    @Column(name = "title_zh")
    String titleZh;
    @Column(name = "title_en")
    String titleEn;
    @Column(name = "clause_source")
    String clauseSource;
    @Column(name = "clause_text")
    String clauseText;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    SubjectKind subjectKind;
    @Column(name = "subject_id")
    Long subjectId;
    @Column(name = "subject_name")
    String subjectName;
    @Enumerated(EnumType.STRING)
    Verdict verdict;
    @Column(name = "message_zh")
    String messageZh;
    @Column(name = "message_en")
    String messageEn;
    String facts;
}
