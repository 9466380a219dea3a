-- Territory tree: city > district > street/township > community > grid > building > dwelling.
-- path holds the ids from the root down to the node itself ('/1/51/102/'), so that "everything
-- under a node" is one indexed prefix match and a move rewrites one subtree's paths.
-- EclipseLink pre-allocates ids in blocks of the increment, ending at the value the sequence
-- returns, so a sequence starts at its increment.
CREATE SEQUENCE territory_node_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE territory_node (
    id             BIGINT       NOT NULL,
    parent_id      BIGINT,
    level          VARCHAR(16)  NOT NULL,
    code           VARCHAR(32)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    path           VARCHAR(400) NOT NULL,
    policy_plugins VARCHAR(400),
    version        BIGINT       NOT NULL,
    CONSTRAINT territory_node_pk PRIMARY KEY (id),
    CONSTRAINT territory_node_parent_fk FOREIGN KEY (parent_id) REFERENCES territory_node (id),
    CONSTRAINT territory_node_code_uk UNIQUE (code),
    CONSTRAINT territory_node_level_ck CHECK (level IN
        ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'BUILDING', 'DWELLING'))
);

CREATE INDEX territory_node_parent_ix ON territory_node (parent_id);
CREATE INDEX territory_node_name_ix ON territory_node (name);
