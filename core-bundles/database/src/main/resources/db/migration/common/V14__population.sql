-- A resident in a special group (特殊人群) and the staff member responsible for their follow-up.
CREATE SEQUENCE special_group_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE special_group_member (
    id BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    group_code VARCHAR(40) NOT NULL,
    since DATE NOT NULL,
    until DATE,
    responsible_worker_id BIGINT NOT NULL,
    follow_up_days INTEGER,
    note VARCHAR(1000),
    CONSTRAINT special_group_member_pk PRIMARY KEY (id),
    CONSTRAINT special_group_member_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT special_group_member_responsible_worker_fk FOREIGN KEY (responsible_worker_id) REFERENCES worker (id)
);
CREATE INDEX special_group_member_resident_ix ON special_group_member (resident_id);
CREATE INDEX special_group_member_responsible_worker_ix ON special_group_member (responsible_worker_id);

-- A follow-up of a resident in a special group (帮扶 / 随访).
CREATE SEQUENCE follow_up_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE follow_up (
    id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    followed_on DATE NOT NULL,
    method VARCHAR(32) NOT NULL,
    notes VARCHAR(2000),
    CONSTRAINT follow_up_pk PRIMARY KEY (id),
    CONSTRAINT follow_up_member_fk FOREIGN KEY (member_id) REFERENCES special_group_member (id),
    CONSTRAINT follow_up_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT follow_up_method_ck CHECK (method IN ('HOME_VISIT', 'PHONE', 'OFFICE', 'OTHER'))
);
CREATE INDEX follow_up_member_ix ON follow_up (member_id);
CREATE INDEX follow_up_worker_ix ON follow_up (worker_id);

-- A rented dwelling and its tenant (出租房屋, 流动人口): who rents which dwelling from whom, and when.
CREATE SEQUENCE tenancy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE tenancy (
    id BIGINT NOT NULL,
    dwelling_id BIGINT NOT NULL,
    tenant_resident_id BIGINT NOT NULL,
    landlord_name VARCHAR(50) NOT NULL,
    landlord_resident_id BIGINT,
    starts_on DATE NOT NULL,
    ends_on DATE,
    contract_number VARCHAR(50),
    CONSTRAINT tenancy_pk PRIMARY KEY (id),
    CONSTRAINT tenancy_dwelling_fk FOREIGN KEY (dwelling_id) REFERENCES territory_node (id),
    CONSTRAINT tenancy_tenant_resident_fk FOREIGN KEY (tenant_resident_id) REFERENCES resident (id),
    CONSTRAINT tenancy_landlord_resident_fk FOREIGN KEY (landlord_resident_id) REFERENCES resident (id)
);
CREATE INDEX tenancy_dwelling_ix ON tenancy (dwelling_id);
CREATE INDEX tenancy_tenant_resident_ix ON tenancy (tenant_resident_id);
CREATE INDEX tenancy_landlord_resident_ix ON tenancy (landlord_resident_id);

-- A registered volunteer (志愿者); totalHours is the sum of their service.
CREATE SEQUENCE volunteer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE volunteer (
    id BIGINT NOT NULL,
    resident_id BIGINT NOT NULL,
    registered_on DATE NOT NULL,
    organisation_id BIGINT,
    active BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT volunteer_pk PRIMARY KEY (id),
    CONSTRAINT volunteer_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT volunteer_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX volunteer_resident_ix ON volunteer (resident_id);
CREATE TABLE volunteer_skill (
    volunteer_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    skill VARCHAR(50) NOT NULL,
    CONSTRAINT volunteer_skill_pk PRIMARY KEY (volunteer_id, position),
    CONSTRAINT volunteer_skill_fk FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE
);
CREATE INDEX volunteer_organisation_ix ON volunteer (organisation_id);

-- Hours a volunteer served on a day.
CREATE SEQUENCE volunteer_service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE volunteer_service (
    id BIGINT NOT NULL,
    volunteer_id BIGINT NOT NULL,
    served_on DATE NOT NULL,
    hours NUMERIC(14, 2) NOT NULL,
    activity VARCHAR(200) NOT NULL,
    CONSTRAINT volunteer_service_pk PRIMARY KEY (id),
    CONSTRAINT volunteer_service_volunteer_fk FOREIGN KEY (volunteer_id) REFERENCES volunteer (id)
);
CREATE INDEX volunteer_service_volunteer_ix ON volunteer_service (volunteer_id);
ALTER TABLE volunteer ADD CONSTRAINT volunteer_resident_uk UNIQUE (resident_id);

-- Special groups (特殊人群) followed up by named staff.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (131, 'special-group', 'community-correction', '社区矫正对象', 'Community correction', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (132, 'special-group', 'released-prisoner', '刑满释放人员', 'Released prisoner', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (133, 'special-group', 'drug-rehabilitation', '社区戒毒康复人员', 'Drug rehabilitation', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (134, 'special-group', 'mental-illness-risk', '肇事肇祸等严重精神障碍患者', 'Mental illness with risk', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (135, 'special-group', 'at-risk-youth', '重点青少年', 'At-risk youth', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (136, 'special-group', 'left-behind-child', '留守儿童', 'Left-behind child', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (137, 'special-group', 'elderly-alone', '独居老人', 'Elderly living alone', 70);
