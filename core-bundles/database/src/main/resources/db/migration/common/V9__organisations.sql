-- An organisation in a community (社区组织): party organisation, residents' or village committee and its sub-committees, owners' committee, property company, unit in the area, police office, social organisation or coordination committee.
CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE organisation (
    id BIGINT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    name VARCHAR(100) NOT NULL,
    community_id BIGINT NOT NULL,
    parent_id BIGINT,
    type_code VARCHAR(40),
    registration VARCHAR(32),
    established_on DATE,
    dissolved_on DATE,
    CONSTRAINT organisation_pk PRIMARY KEY (id),
    CONSTRAINT organisation_kind_ck CHECK (kind IN ('PARTY_ORGANISATION', 'RESIDENTS_COMMITTEE', 'VILLAGE_COMMITTEE', 'SUB_COMMITTEE', 'OWNERS_COMMITTEE', 'PROPERTY_COMPANY', 'RESIDENT_UNIT', 'POLICE_OFFICE', 'SOCIAL_ORGANISATION', 'COORDINATION_COMMITTEE')),
    CONSTRAINT organisation_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT organisation_parent_fk FOREIGN KEY (parent_id) REFERENCES organisation (id),
    CONSTRAINT organisation_registration_ck CHECK (registration IN ('REGISTERED', 'FILED'))
);
CREATE INDEX organisation_community_ix ON organisation (community_id);
CREATE INDEX organisation_parent_ix ON organisation (parent_id);

-- A term of office (任期) of an organisation, with the seats it has. sittingMembers and vacancies are counted for today.
CREATE SEQUENCE org_term_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_term (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    name VARCHAR(50),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    seats INTEGER,
    CONSTRAINT org_term_pk PRIMARY KEY (id),
    CONSTRAINT org_term_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX org_term_organisation_ix ON org_term (organisation_id);

-- A meeting of an organisation (会议): residents' meeting, representatives' meeting, plenary, consultation…, with attendees and decisions.
CREATE SEQUENCE meeting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE meeting (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    type VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    held_on DATE NOT NULL,
    attendee_count INTEGER,
    CONSTRAINT meeting_pk PRIMARY KEY (id),
    CONSTRAINT meeting_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX meeting_organisation_ix ON meeting (organisation_id);
CREATE TABLE meeting_attendee (
    meeting_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    CONSTRAINT meeting_attendee_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT meeting_attendee_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE meeting_decision (
    meeting_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    text VARCHAR(1000) NOT NULL,
    CONSTRAINT meeting_decision_pk PRIMARY KEY (meeting_id, position),
    CONSTRAINT meeting_decision_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);

-- An election or by-election (换届选举 / 补选) of an organisation's term: its candidates, their qualification review and votes, and the meeting that elected them.
CREATE SEQUENCE election_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE election (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    term_id BIGINT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    seats INTEGER NOT NULL,
    vote_date DATE,
    meeting_id BIGINT,
    CONSTRAINT election_pk PRIMARY KEY (id),
    CONSTRAINT election_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT election_term_fk FOREIGN KEY (term_id) REFERENCES org_term (id),
    CONSTRAINT election_kind_ck CHECK (kind IN ('REGULAR', 'BY_ELECTION')),
    CONSTRAINT election_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX election_organisation_ix ON election (organisation_id);
CREATE INDEX election_term_ix ON election (term_id);
CREATE INDEX election_meeting_ix ON election (meeting_id);

-- A candidate in an election.
CREATE SEQUENCE election_candidate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE election_candidate (
    id BIGINT NOT NULL,
    election_id BIGINT NOT NULL,
    person_name VARCHAR(50) NOT NULL,
    resident_id BIGINT,
    sex VARCHAR(32),
    qualification VARCHAR(32) NOT NULL,
    reviewed_by VARCHAR(200),
    votes INTEGER,
    elected BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT election_candidate_pk PRIMARY KEY (id),
    CONSTRAINT election_candidate_election_fk FOREIGN KEY (election_id) REFERENCES election (id),
    CONSTRAINT election_candidate_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT election_candidate_sex_ck CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT election_candidate_qualification_ck CHECK (qualification IN ('PENDING', 'PASSED', 'REJECTED'))
);
CREATE INDEX election_candidate_election_ix ON election_candidate (election_id);
CREATE INDEX election_candidate_resident_ix ON election_candidate (resident_id);

-- A person's post in one term of an organisation (任职). One person may hold several posts at once (一肩挑, 交叉任职): a person is the same when the resident record is the same, or, without one, the name.
CREATE SEQUENCE membership_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE membership (
    id BIGINT NOT NULL,
    term_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    person_name VARCHAR(50) NOT NULL,
    resident_id BIGINT,
    sex VARCHAR(32),
    role VARCHAR(32) NOT NULL,
    full_time BOOLEAN DEFAULT FALSE NOT NULL,
    locally_resident BOOLEAN DEFAULT FALSE NOT NULL,
    resident_representative BOOLEAN DEFAULT FALSE NOT NULL,
    building_head BOOLEAN DEFAULT FALSE NOT NULL,
    party_member BOOLEAN DEFAULT FALSE NOT NULL,
    represents_organisation_id BIGINT,
    election_id BIGINT,
    starts_on DATE,
    ends_on DATE,
    CONSTRAINT membership_pk PRIMARY KEY (id),
    CONSTRAINT membership_term_fk FOREIGN KEY (term_id) REFERENCES org_term (id),
    CONSTRAINT membership_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT membership_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT membership_sex_ck CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT membership_role_ck CHECK (role IN ('SECRETARY', 'DEPUTY_SECRETARY', 'CHAIR', 'DEPUTY_CHAIR', 'MEMBER')),
    CONSTRAINT membership_represents_organisation_fk FOREIGN KEY (represents_organisation_id) REFERENCES organisation (id),
    CONSTRAINT membership_election_fk FOREIGN KEY (election_id) REFERENCES election (id)
);
CREATE INDEX membership_term_ix ON membership (term_id);
CREATE INDEX membership_organisation_ix ON membership (organisation_id);
CREATE INDEX membership_resident_ix ON membership (resident_id);
CREATE INDEX membership_represents_organisation_ix ON membership (represents_organisation_id);
CREATE INDEX membership_election_ix ON membership (election_id);

-- A part of a committee's premises (配套用房): the premises as a whole, the open-plan office, rooms, stations and boards, each with its area.
CREATE SEQUENCE facility_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE facility (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    name VARCHAR(100),
    area NUMERIC(14, 2),
    since DATE,
    CONSTRAINT facility_pk PRIMARY KEY (id),
    CONSTRAINT facility_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX facility_organisation_ix ON facility (organisation_id);

-- A document an organisation keeps on file (制度, 公约, 章程, 公开事项).
CREATE SEQUENCE org_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_document (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    adopted_on DATE NOT NULL,
    revoked_on DATE,
    reference VARCHAR(500),
    CONSTRAINT org_document_pk PRIMARY KEY (id),
    CONSTRAINT org_document_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX org_document_organisation_ix ON org_document (organisation_id);

-- A year's budget of one fund of an organisation (办公经费, 自治经费, 公益金…). spent is the sum of its spending.
CREATE SEQUENCE budget_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE budget_line (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    fund VARCHAR(40) NOT NULL,
    amount NUMERIC(14, 2) NOT NULL,
    CONSTRAINT budget_line_pk PRIMARY KEY (id),
    CONSTRAINT budget_line_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX budget_line_organisation_ix ON budget_line (organisation_id);

-- Money spent from a budget line, within its year and its amount.
CREATE SEQUENCE spending_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE spending (
    id BIGINT NOT NULL,
    budget_line_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    spent_on DATE NOT NULL,
    amount NUMERIC(14, 2) NOT NULL,
    purpose VARCHAR(200) NOT NULL,
    payee VARCHAR(100),
    consultation_meeting_id BIGINT,
    CONSTRAINT spending_pk PRIMARY KEY (id),
    CONSTRAINT spending_budget_line_fk FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT spending_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT spending_consultation_meeting_fk FOREIGN KEY (consultation_meeting_id) REFERENCES meeting (id)
);
CREATE INDEX spending_budget_line_ix ON spending (budget_line_id);
CREATE INDEX spending_organisation_ix ON spending (organisation_id);
CREATE INDEX spending_consultation_meeting_ix ON spending (consultation_meeting_id);

ALTER TABLE budget_line ADD CONSTRAINT budget_line_uk UNIQUE (organisation_id, fiscal_year, fund);
