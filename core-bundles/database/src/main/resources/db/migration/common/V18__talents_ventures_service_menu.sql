-- A community's talent pool (社区能人库): residents who may seed a three-self organisation or propose a project.
CREATE SEQUENCE talent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE talent (
    id BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    resident_id BIGINT,
    person_name VARCHAR(50) NOT NULL,
    skills VARCHAR(200) NOT NULL,
    found_through VARCHAR(100),
    registered_on DATE NOT NULL,
    left_on DATE,
    organisation_id BIGINT,
    CONSTRAINT talent_pk PRIMARY KEY (id),
    CONSTRAINT talent_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT talent_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT talent_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX talent_community_ix ON talent (community_id);
CREATE INDEX talent_resident_ix ON talent (resident_id);
CREATE INDEX talent_organisation_ix ON talent (organisation_id);

-- A micro venture philanthropy contest (社区公益微创投大赛), held by a district, street or community.
CREATE SEQUENCE venture_contest_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE venture_contest (
    id BIGINT NOT NULL,
    node_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    round_no INTEGER,
    call_opens_on DATE NOT NULL,
    call_closes_on DATE NOT NULL,
    decided_on DATE,
    fund NUMERIC(14, 2),
    CONSTRAINT venture_contest_pk PRIMARY KEY (id),
    CONSTRAINT venture_contest_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id)
);
CREATE INDEX venture_contest_node_ix ON venture_contest (node_id);

-- A project proposed to a contest, from proposal through selection and funding to completion.
CREATE SEQUENCE venture_project_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE venture_project (
    id BIGINT NOT NULL,
    contest_id BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    field VARCHAR(40) NOT NULL,
    talent_id BIGINT,
    proposer_name VARCHAR(50) NOT NULL,
    team_organisation_id BIGINT,
    proposed_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    decided_on DATE,
    grant_amount NUMERIC(14, 2),
    funded_on DATE,
    completed_on DATE,
    CONSTRAINT venture_project_pk PRIMARY KEY (id),
    CONSTRAINT venture_project_contest_fk FOREIGN KEY (contest_id) REFERENCES venture_contest (id),
    CONSTRAINT venture_project_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT venture_project_talent_fk FOREIGN KEY (talent_id) REFERENCES talent (id),
    CONSTRAINT venture_project_team_fk FOREIGN KEY (team_organisation_id) REFERENCES organisation (id),
    CONSTRAINT venture_project_status_ck CHECK (status IN ('PROPOSED', 'SELECTED', 'NOT_SELECTED', 'FUNDED', 'COMPLETED')),
    CONSTRAINT venture_project_grant_ck CHECK (grant_amount IS NULL OR grant_amount > 0)
);
CREATE INDEX venture_project_contest_ix ON venture_project (contest_id);
CREATE INDEX venture_project_community_ix ON venture_project (community_id);
CREATE INDEX venture_project_talent_ix ON venture_project (talent_id);
CREATE INDEX venture_project_team_ix ON venture_project (team_organisation_id);

-- An activity a venture project held, with the people it reached.
CREATE SEQUENCE venture_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE venture_activity (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    community_id BIGINT NOT NULL,
    held_on DATE NOT NULL,
    title VARCHAR(200) NOT NULL,
    beneficiaries INTEGER NOT NULL,
    place VARCHAR(100),
    CONSTRAINT venture_activity_pk PRIMARY KEY (id),
    CONSTRAINT venture_activity_project_fk FOREIGN KEY (project_id) REFERENCES venture_project (id),
    CONSTRAINT venture_activity_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT venture_activity_beneficiaries_ck CHECK (beneficiaries >= 0)
);
CREATE INDEX venture_activity_project_ix ON venture_activity (project_id);
CREATE INDEX venture_activity_community_ix ON venture_activity (community_id);

-- The service list (服务清单): what organisations offer communities, free or at low cost.
CREATE SEQUENCE service_offer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_offer (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    category VARCHAR(50) NOT NULL,
    pricing VARCHAR(16) NOT NULL,
    price NUMERIC(10, 2),
    description VARCHAR(1000),
    offered_from DATE NOT NULL,
    offered_until DATE,
    CONSTRAINT service_offer_pk PRIMARY KEY (id),
    CONSTRAINT service_offer_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT service_offer_pricing_ck CHECK (pricing IN ('FREE', 'LOW_COST'))
);
CREATE INDEX service_offer_organisation_ix ON service_offer (organisation_id);

-- A community's order from the service list (点单).
CREATE SEQUENCE service_order_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_order (
    id BIGINT NOT NULL,
    offer_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    provider_organisation_id BIGINT NOT NULL,
    ordered_on DATE NOT NULL,
    wanted_by DATE,
    status VARCHAR(16) NOT NULL,
    delivered_on DATE,
    beneficiaries INTEGER,
    note VARCHAR(500),
    CONSTRAINT service_order_pk PRIMARY KEY (id),
    CONSTRAINT service_order_offer_fk FOREIGN KEY (offer_id) REFERENCES service_offer (id),
    CONSTRAINT service_order_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT service_order_provider_fk FOREIGN KEY (provider_organisation_id) REFERENCES organisation (id),
    CONSTRAINT service_order_status_ck CHECK (status IN ('ORDERED', 'DELIVERED', 'CANCELLED'))
);
CREATE INDEX service_order_offer_ix ON service_order (offer_id);
CREATE INDEX service_order_organisation_ix ON service_order (organisation_id);
CREATE INDEX service_order_provider_ix ON service_order (provider_organisation_id);

-- The fields a venture project serves, as the contests call for them.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (139, 'venture-field', 'environment', '环境卫生', 'Environment and sanitation', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (140, 'venture-field', 'culture', '文化建设', 'Culture', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (141, 'venture-field', 'mutual-help', '邻里互助', 'Neighbourly mutual help', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (142, 'venture-field', 'self-management', '自管自治', 'Self-management', 40);
