-- Where a node stands (WGS 84 degrees), so that the grid planner keeps neighbouring buildings
-- together, and the day a node was closed: a grid merged away by a plan keeps its patrols and
-- assignments but takes no more children.
ALTER TABLE territory_node ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE territory_node ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE territory_node ADD COLUMN closed_on DATE;

-- A grid plan (网格调整方案) for one community: proposed with its bounds, applied only on request.
-- Its parts are the grids after the plan, and the grids it closes; applied, they are the history
-- of which grids became which.
CREATE SEQUENCE grid_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grid_plan (
    id               BIGINT       NOT NULL,
    community_id     BIGINT       NOT NULL,
    min_households   INTEGER      NOT NULL,
    max_households   INTEGER      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    within_bounds    BOOLEAN      NOT NULL,
    buildings_moved  INTEGER      NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    proposed_by      VARCHAR(100) NOT NULL,
    proposed_at      TIMESTAMP    NOT NULL,
    applied_by       VARCHAR(100),
    applied_at       TIMESTAMP,
    version          BIGINT       NOT NULL,
    CONSTRAINT grid_plan_pk PRIMARY KEY (id),
    CONSTRAINT grid_plan_community_fk FOREIGN KEY (community_id) REFERENCES territory_node (id),
    CONSTRAINT grid_plan_status_ck CHECK (status IN ('PROPOSED', 'APPLIED', 'STALE')),
    CONSTRAINT grid_plan_bounds_ck CHECK (min_households > 0 AND max_households >= min_households)
);
CREATE INDEX grid_plan_community_ix ON grid_plan (community_id);

CREATE SEQUENCE grid_plan_part_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grid_plan_part (
    id            BIGINT       NOT NULL,
    plan_id       BIGINT       NOT NULL,
    ordinal       INTEGER      NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    grid_id       BIGINT,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    households    INTEGER      NOT NULL,
    building_ids  VARCHAR(4000) NOT NULL,
    worker_id     BIGINT,
    CONSTRAINT grid_plan_part_pk PRIMARY KEY (id),
    CONSTRAINT grid_plan_part_plan_fk FOREIGN KEY (plan_id) REFERENCES grid_plan (id),
    CONSTRAINT grid_plan_part_grid_fk FOREIGN KEY (grid_id) REFERENCES territory_node (id),
    CONSTRAINT grid_plan_part_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id),
    CONSTRAINT grid_plan_part_action_ck CHECK (action IN ('KEEP', 'CHANGE', 'CREATE', 'CLOSE'))
);
CREATE INDEX grid_plan_part_plan_ix ON grid_plan_part (plan_id);
