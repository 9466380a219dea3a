-- An exception to the working week: a holiday on a weekday or an adjusted working day (调休) on a weekend.
CREATE SEQUENCE calendar_day_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE calendar_day (
    id BIGINT NOT NULL,
    calendar_date DATE NOT NULL,
    kind VARCHAR(32) NOT NULL,
    name VARCHAR(50) NOT NULL,
    CONSTRAINT calendar_day_pk PRIMARY KEY (id),
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- A service of the catalogue (服务目录): what a resident may ask for, what to bring, how fast it is done and who may accept it.
CREATE SEQUENCE service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service (
    id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    category VARCHAR(40) NOT NULL,
    time_limit INTEGER NOT NULL,
    time_unit VARCHAR(32) NOT NULL,
    administrative_task BOOLEAN DEFAULT FALSE NOT NULL,
    active BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT service_pk PRIMARY KEY (id),
    CONSTRAINT service_time_unit_ck CHECK (time_unit IN ('WORKING_DAYS', 'HOURS'))
);
CREATE TABLE service_document (
    service_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT service_document_pk PRIMARY KEY (service_id, position),
    CONSTRAINT service_document_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
);
CREATE TABLE service_role (
    service_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    role VARCHAR(40) NOT NULL,
    CONSTRAINT service_role_pk PRIMARY KEY (service_id, position),
    CONSTRAINT service_role_fk FOREIGN KEY (service_id) REFERENCES service (id) ON DELETE CASCADE
);

-- A resident's request or problem (诉求 / 办件) and where it stands. Its status changes only through steps, which keep the history.
CREATE SEQUENCE service_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_request (
    id BIGINT NOT NULL,
    service_code VARCHAR(40),
    description VARCHAR(2000) NOT NULL,
    node_id BIGINT NOT NULL,
    latitude NUMERIC(9, 6),
    longitude NUMERIC(9, 6),
    channel VARCHAR(32) NOT NULL,
    requester_resident_id BIGINT,
    requester_name VARCHAR(50),
    patrol_id BIGINT,
    status VARCHAR(32) NOT NULL,
    owner VARCHAR(100),
    agency_responsible VARCHAR(100),
    status_notes VARCHAR(1000),
    received_at TIMESTAMP NOT NULL,
    expected_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP,
    notified_at TIMESTAMP,
    CONSTRAINT service_request_pk PRIMARY KEY (id),
    CONSTRAINT service_request_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id),
    CONSTRAINT service_request_channel_ck CHECK (channel IN ('COUNTER', 'PHONE', 'ONLINE', 'GRID_PATROL')),
    CONSTRAINT service_request_requester_resident_fk FOREIGN KEY (requester_resident_id) REFERENCES resident (id),
    CONSTRAINT service_request_patrol_fk FOREIGN KEY (patrol_id) REFERENCES patrol (id),
    CONSTRAINT service_request_status_ck CHECK (status IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'NOTIFIED', 'CLOSED', 'REJECTED'))
);
CREATE INDEX service_request_node_ix ON service_request (node_id);
CREATE INDEX service_request_requester_resident_ix ON service_request (requester_resident_id);
CREATE INDEX service_request_patrol_ix ON service_request (patrol_id);

-- A file attached to a request: its metadata only.
CREATE SEQUENCE request_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_attachment (
    id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size BIGINT NOT NULL,
    sha256 VARCHAR(64),
    location VARCHAR(500),
    CONSTRAINT request_attachment_pk PRIMARY KEY (id),
    CONSTRAINT request_attachment_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX request_attachment_request_ix ON request_attachment (request_id);

-- One step of a request: what was done, by whom, when.
CREATE SEQUENCE request_step_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_step (
    id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    action VARCHAR(32) NOT NULL,
    status VARCHAR(32) NOT NULL,
    happened_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    note VARCHAR(1000),
    agency_responsible VARCHAR(100),
    CONSTRAINT request_step_pk PRIMARY KEY (id),
    CONSTRAINT request_step_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT request_step_action_ck CHECK (action IN ('RECEIVE', 'ACCEPT', 'START', 'COMPLETE', 'NOTIFY', 'CLOSE', 'REJECT')),
    CONSTRAINT request_step_status_ck CHECK (status IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'NOTIFIED', 'CLOSED', 'REJECTED'))
);
CREATE INDEX request_step_request_ix ON request_step (request_id);

-- A request escalated to a department (街乡吹哨、部门报到): the department must acknowledge and report back by the deadline.
CREATE SEQUENCE dispatch_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dispatch (
    id BIGINT NOT NULL,
    request_id BIGINT NOT NULL,
    department VARCHAR(100) NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    deadline TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    reported_at TIMESTAMP,
    report VARCHAR(2000),
    CONSTRAINT dispatch_pk PRIMARY KEY (id),
    CONSTRAINT dispatch_request_fk FOREIGN KEY (request_id) REFERENCES service_request (id)
);
CREATE INDEX dispatch_request_ix ON dispatch (request_id);
ALTER TABLE calendar_day ADD CONSTRAINT calendar_day_uk UNIQUE (calendar_date);
ALTER TABLE service ADD CONSTRAINT service_code_uk UNIQUE (code);
ALTER TABLE service_request ADD CONSTRAINT service_request_service_fk FOREIGN KEY (service_code) REFERENCES service (code);
CREATE INDEX service_request_due_ix ON service_request (status, expected_at);

-- Service categories of the catalogue.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (92, 'service-category', 'civil-affairs', '民政服务', 'Civil affairs', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (93, 'service-category', 'social-security', '社会保障', 'Social security', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (94, 'service-category', 'employment', '就业服务', 'Employment', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (95, 'service-category', 'health', '卫生健康', 'Health', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (96, 'service-category', 'elderly', '养老服务', 'Elderly care', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (97, 'service-category', 'disability', '残疾人服务', 'Disability services', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (98, 'service-category', 'household-registration', '户籍与居住证', 'Household registration and residence permits', 70);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (99, 'service-category', 'certificates', '证明开具', 'Certificates', 80);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (100, 'service-category', 'housing', '住房保障', 'Housing', 90);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (101, 'service-category', 'disputes', '矛盾纠纷', 'Disputes', 100);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (102, 'service-category', 'environment', '环境与物业', 'Environment and property', 110);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (103, 'service-category', 'safety', '平安建设', 'Public safety', 120);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (104, 'service-category', 'other', '其他', 'Other', 130);
