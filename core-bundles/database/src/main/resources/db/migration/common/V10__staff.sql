-- A community worker (社区工作者). Status changes only through a status change, which keeps its history.
CREATE SEQUENCE worker_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE worker (
    id BIGINT NOT NULL,
    name VARCHAR(50) NOT NULL,
    resident_id BIGINT,
    sex VARCHAR(32),
    community_id BIGINT NOT NULL,
    post VARCHAR(40) NOT NULL,
    post_category VARCHAR(40),
    grade INTEGER,
    hired_on DATE NOT NULL,
    left_on DATE,
    status VARCHAR(32) NOT NULL,
    registration_form_complete BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT worker_pk PRIMARY KEY (id),
    CONSTRAINT worker_resident_fk FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT worker_sex_ck CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT worker_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT worker_status_ck CHECK (status IN ('ACTIVE', 'SECONDED', 'RESIGNED', 'DISMISSED'))
);
CREATE INDEX worker_resident_ix ON worker (resident_id);
CREATE INDEX worker_community_ix ON worker (community_id);

-- A change of a worker's status, with its date and reason.
CREATE SEQUENCE worker_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE worker_status_change (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    changed_on DATE NOT NULL,
    reason VARCHAR(200),
    recorded_by VARCHAR(100),
    CONSTRAINT worker_status_change_pk PRIMARY KEY (id),
    CONSTRAINT worker_status_change_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT worker_status_change_status_ck CHECK (status IN ('ACTIVE', 'SECONDED', 'RESIGNED', 'DISMISSED'))
);
CREATE INDEX worker_status_change_worker_ix ON worker_status_change (worker_id);

-- One grade of a post category's pay table (三岗十八级): its salary coefficient.
CREATE SEQUENCE pay_grade_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pay_grade (
    id BIGINT NOT NULL,
    post_category VARCHAR(40) NOT NULL,
    grade INTEGER NOT NULL,
    coefficient NUMERIC(14, 2) NOT NULL,
    CONSTRAINT pay_grade_pk PRIMARY KEY (id)
);

-- A worker's attendance on one day (考勤).
CREATE SEQUENCE attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attendance (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    work_date DATE NOT NULL,
    status VARCHAR(32) NOT NULL,
    check_in TIME,
    check_out TIME,
    note VARCHAR(200),
    CONSTRAINT attendance_pk PRIMARY KEY (id),
    CONSTRAINT attendance_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT attendance_status_ck CHECK (status IN ('PRESENT', 'ABSENT', 'LEAVE', 'BUSINESS_TRIP'))
);
CREATE INDEX attendance_worker_ix ON attendance (worker_id);

-- A duty shift on the roster (值班).
CREATE SEQUENCE duty_shift_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE duty_shift (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    duty_date DATE NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    kind VARCHAR(40) NOT NULL,
    place VARCHAR(100),
    CONSTRAINT duty_shift_pk PRIMARY KEY (id),
    CONSTRAINT duty_shift_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX duty_shift_worker_ix ON duty_shift (worker_id);

-- A training a worker attended (培训).
CREATE SEQUENCE training_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    course VARCHAR(200) NOT NULL,
    started_on DATE NOT NULL,
    hours NUMERIC(14, 2) NOT NULL,
    provider VARCHAR(100),
    CONSTRAINT training_pk PRIMARY KEY (id),
    CONSTRAINT training_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX training_worker_ix ON training (worker_id);

-- A social-work qualification a worker holds (职业资格证书).
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    level VARCHAR(32) NOT NULL,
    number VARCHAR(50),
    issued_on DATE NOT NULL,
    expires_on DATE,
    CONSTRAINT certificate_pk PRIMARY KEY (id),
    CONSTRAINT certificate_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT certificate_level_ck CHECK (level IN ('SOCIAL_WORK_ASSISTANT', 'SOCIAL_WORKER', 'SENIOR_SOCIAL_WORKER'))
);
CREATE INDEX certificate_worker_ix ON certificate (worker_id);

-- A household visit (走访 / 走街入户) by a worker: a dwelling, a household or both.
CREATE SEQUENCE visit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE visit (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    visited_on DATE NOT NULL,
    starts_at TIME,
    minutes INTEGER NOT NULL,
    dwelling_id BIGINT,
    household_id BIGINT,
    purpose VARCHAR(40) NOT NULL,
    notes VARCHAR(1000),
    CONSTRAINT visit_pk PRIMARY KEY (id),
    CONSTRAINT visit_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT visit_dwelling_fk FOREIGN KEY (dwelling_id) REFERENCES territory_node (id),
    CONSTRAINT visit_household_fk FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX visit_worker_ix ON visit (worker_id);
CREATE INDEX visit_dwelling_ix ON visit (dwelling_id);
CREATE INDEX visit_household_ix ON visit (household_id);

-- An appraisal of a worker for a period (考核).
CREATE SEQUENCE appraisal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appraisal (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    method VARCHAR(32) NOT NULL,
    score NUMERIC(14, 2),
    result VARCHAR(32),
    assessor VARCHAR(100),
    sample_size INTEGER,
    notice_on DATE,
    consequence VARCHAR(32),
    CONSTRAINT appraisal_pk PRIMARY KEY (id),
    CONSTRAINT appraisal_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT appraisal_method_ck CHECK (method IN ('SELF_REPORT', 'RESIDENT_ASSESSMENT', 'ORGANISATION_ASSESSMENT', 'THIRD_PARTY_SURVEY')),
    CONSTRAINT appraisal_result_ck CHECK (result IN ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')),
    CONSTRAINT appraisal_consequence_ck CHECK (consequence IN ('NONE', 'REWARD', 'RENEWAL', 'POST_CHANGE', 'NON_RENEWAL', 'DISMISSAL'))
);
CREATE INDEX appraisal_worker_ix ON appraisal (worker_id);

-- A worker's responsibility for a community, grid or building (定人定责, 三包).
CREATE SEQUENCE grid_assignment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grid_assignment (
    id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    node_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE,
    CONSTRAINT grid_assignment_pk PRIMARY KEY (id),
    CONSTRAINT grid_assignment_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT grid_assignment_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id),
    CONSTRAINT grid_assignment_role_ck CHECK (role IN ('COMMUNITY_LEAD', 'AREA_CADRE', 'GRID_LEAD', 'GRID_WORKER', 'BUILDING_COORDINATOR'))
);
CREATE INDEX grid_assignment_worker_ix ON grid_assignment (worker_id);
CREATE INDEX grid_assignment_node_ix ON grid_assignment (node_id);

ALTER TABLE pay_grade ADD CONSTRAINT pay_grade_uk UNIQUE (post_category, grade);
ALTER TABLE attendance ADD CONSTRAINT attendance_uk UNIQUE (worker_id, work_date);
