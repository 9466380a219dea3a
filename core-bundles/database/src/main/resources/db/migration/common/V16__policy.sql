-- Policy evaluations: each run over a community, street or district, the parameters it used and
-- its findings. A finding keeps its rule's title and clause, so history still cites the clause
-- after the plugin that gave it is removed.
CREATE SEQUENCE policy_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE policy_run (
    id                   BIGINT       NOT NULL,
    node_id              BIGINT       NOT NULL,
    node_name            VARCHAR(100) NOT NULL,
    purpose              VARCHAR(16)  NOT NULL,
    plugin               VARCHAR(64),
    as_of                DATE         NOT NULL,
    evaluated_at         TIMESTAMP    NOT NULL,
    evaluated_by         VARCHAR(100) NOT NULL,
    pass_count           INTEGER      NOT NULL,
    fail_count           INTEGER      NOT NULL,
    not_applicable_count INTEGER      NOT NULL,
    missing_data_count   INTEGER      NOT NULL,
    reported_count       INTEGER      NOT NULL,
    CONSTRAINT policy_run_pk PRIMARY KEY (id),
    CONSTRAINT policy_run_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id)
);
CREATE INDEX policy_run_node_ix ON policy_run (node_id, evaluated_at);

CREATE SEQUENCE policy_parameter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE policy_parameter (
    id        BIGINT        NOT NULL,
    run_id    BIGINT        NOT NULL,
    plugin    VARCHAR(64)   NOT NULL,
    rule_id   VARCHAR(32)   NOT NULL,
    name      VARCHAR(64)   NOT NULL,
    value_text VARCHAR(1000) NOT NULL,
    source    VARCHAR(40)   NOT NULL,
    CONSTRAINT policy_parameter_pk PRIMARY KEY (id),
    CONSTRAINT policy_parameter_run_fk FOREIGN KEY (run_id) REFERENCES policy_run (id) ON DELETE CASCADE
);
CREATE INDEX policy_parameter_run_ix ON policy_parameter (run_id);

CREATE SEQUENCE policy_finding_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE policy_finding (
    id              BIGINT        NOT NULL,
    run_id          BIGINT        NOT NULL,
    community_id    BIGINT        NOT NULL,
    community_code  VARCHAR(32)   NOT NULL,
    community_name  VARCHAR(100)  NOT NULL,
    plugin          VARCHAR(64)   NOT NULL,
    plugin_version  VARCHAR(64)   NOT NULL,
    rule_id         VARCHAR(32)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    title_zh        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    clause_source   VARCHAR(200)  NOT NULL,
    clause_text     VARCHAR(2000) NOT NULL,
    subject_kind    VARCHAR(32)   NOT NULL,
    subject_id      BIGINT,
    subject_name    VARCHAR(200),
    verdict         VARCHAR(16)   NOT NULL,
    message_zh      VARCHAR(1000) NOT NULL,
    message_en      VARCHAR(1000) NOT NULL,
    facts           VARCHAR(4000),
    CONSTRAINT policy_finding_pk PRIMARY KEY (id),
    CONSTRAINT policy_finding_run_fk FOREIGN KEY (run_id) REFERENCES policy_run (id) ON DELETE CASCADE
);
CREATE INDEX policy_finding_run_ix ON policy_finding (run_id);
CREATE INDEX policy_finding_history_ix ON policy_finding (community_id, rule_id);

-- A form or system a government department requires communities to fill in (社区填报表格/系统,
-- BJ-09 counts them per department): the department in the document's reference.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (138, 'document', 'department-form', '部门要求填报的表格(系统)', 'Form or system a department requires', 300);
