-- A mediation case (调解): a dispute between parties, the mediators, and how it ended.
CREATE SEQUENCE mediation_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mediation_case (
    id BIGINT NOT NULL,
    node_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    opened_on DATE NOT NULL,
    closed_on DATE,
    outcome VARCHAR(32) NOT NULL,
    agreement VARCHAR(2000),
    request_id BIGINT,
    CONSTRAINT mediation_case_pk PRIMARY KEY (id),
    CONSTRAINT mediation_case_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id),
    CONSTRAINT mediation_case_outcome_ck CHECK (outcome IN ('PENDING', 'AGREED', 'PARTIAL', 'FAILED', 'REFERRED')),
    CONSTRAINT mediation_case_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX mediation_case_node_ix ON mediation_case (node_id);
CREATE TABLE mediation_party (
    mediation_case_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT mediation_party_pk PRIMARY KEY (mediation_case_id, position),
    CONSTRAINT mediation_party_fk FOREIGN KEY (mediation_case_id) REFERENCES mediation_case (id) ON DELETE CASCADE
);
CREATE TABLE mediation_mediator (
    mediation_case_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT mediation_mediator_pk PRIMARY KEY (mediation_case_id, position),
    CONSTRAINT mediation_mediator_fk FOREIGN KEY (mediation_case_id) REFERENCES mediation_case (id) ON DELETE CASCADE
);
CREATE INDEX mediation_case_request_ix ON mediation_case (request_id);

-- A consultation (议事协商) held by an organisation: its topic, participants, minutes and decision, and the steps its procedure demands, in their order.
CREATE SEQUENCE consultation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consultation (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    topic VARCHAR(200) NOT NULL,
    procedure VARCHAR(40) NOT NULL,
    held_on DATE,
    meeting_id BIGINT,
    minutes VARCHAR(4000),
    decision VARCHAR(2000),
    CONSTRAINT consultation_pk PRIMARY KEY (id),
    CONSTRAINT consultation_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT consultation_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX consultation_organisation_ix ON consultation (organisation_id);
CREATE INDEX consultation_meeting_ix ON consultation (meeting_id);
CREATE TABLE consultation_participant (
    consultation_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT consultation_participant_pk PRIMARY KEY (consultation_id, position),
    CONSTRAINT consultation_participant_fk FOREIGN KEY (consultation_id) REFERENCES consultation (id) ON DELETE CASCADE
);

-- One step of a consultation's procedure.
CREATE SEQUENCE consultation_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE consultation_step (
    id BIGINT NOT NULL,
    consultation_id BIGINT NOT NULL,
    step VARCHAR(40) NOT NULL,
    done_on DATE NOT NULL,
    note VARCHAR(1000),
    CONSTRAINT consultation_step_pk PRIMARY KEY (id),
    CONSTRAINT consultation_step_consultation_fk FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX consultation_step_consultation_ix ON consultation_step (consultation_id);

-- A version of a residents' convention (居民公约) or village rules (村规民约), moving through its stages in order: no stage skipped.
CREATE SEQUENCE convention_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE convention (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    version INTEGER NOT NULL,
    status VARCHAR(32) NOT NULL,
    drafted_on DATE NOT NULL,
    consulted_on DATE,
    reviewed_on DATE,
    adopted_on DATE,
    published_on DATE,
    reference VARCHAR(500),
    CONSTRAINT convention_pk PRIMARY KEY (id),
    CONSTRAINT convention_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT convention_status_ck CHECK (status IN ('DRAFT', 'CONSULTING', 'REVIEWED', 'ADOPTED', 'PUBLISHED'))
);
CREATE INDEX convention_organisation_ix ON convention (organisation_id);
ALTER TABLE convention ADD CONSTRAINT convention_version_uk UNIQUE (organisation_id, version);

-- Kinds of dispute, consultation procedures and the steps of each procedure, in order.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (105, 'dispute', 'neighbour', '邻里纠纷', 'Neighbours', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (106, 'dispute', 'family', '婚姻家庭纠纷', 'Marriage and family', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (107, 'dispute', 'property', '物业纠纷', 'Property management', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (108, 'dispute', 'tenancy', '房屋租赁纠纷', 'Tenancy', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (109, 'dispute', 'labour', '劳动纠纷', 'Labour', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (110, 'dispute', 'damages', '损害赔偿纠纷', 'Damages', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (111, 'dispute', 'other', '其他纠纷', 'Other', 70);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (112, 'procedure', 'four-deliberations', '四议两公开', 'Four deliberations, two disclosures', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (113, 'procedure', 'one-solicitation', '一征三议两公开', 'One solicitation, three deliberations, two disclosures', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (114, 'procedure', 'simple', '简易协商', 'Simple consultation', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (115, 'procedure-four-deliberations', 'party-proposal', '党组织提议', 'Party organisation proposes', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (116, 'procedure-four-deliberations', 'committees-discussion', '两委会议商议', 'Joint committees discuss', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (117, 'procedure-four-deliberations', 'party-members-review', '党员大会审议', 'Party members review', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (118, 'procedure-four-deliberations', 'representatives-resolution', '居民代表会议决议', 'Representatives resolve', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (119, 'procedure-four-deliberations', 'resolution-published', '决议公开', 'Resolution published', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (120, 'procedure-four-deliberations', 'result-published', '实施结果公开', 'Result published', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (121, 'procedure-one-solicitation', 'opinions-solicited', '征求意见', 'Opinions solicited', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (122, 'procedure-one-solicitation', 'party-proposal', '党组织提议', 'Party organisation proposes', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (123, 'procedure-one-solicitation', 'committees-discussion', '两委会议商议', 'Joint committees discuss', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (124, 'procedure-one-solicitation', 'representatives-resolution', '居民代表会议决议', 'Representatives resolve', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (125, 'procedure-one-solicitation', 'resolution-published', '决议公开', 'Resolution published', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (126, 'procedure-one-solicitation', 'result-published', '实施结果公开', 'Result published', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (127, 'procedure-simple', 'proposal', '提出议题', 'Topic proposed', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (128, 'procedure-simple', 'deliberation', '协商讨论', 'Deliberation', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (129, 'procedure-simple', 'resolution', '形成决议', 'Resolution', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (130, 'procedure-simple', 'publication', '结果公开', 'Result published', 40);
