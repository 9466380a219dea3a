-- Households (户) registered at a dwelling, and residents. A resident's registered residence
-- (户籍) is the dwelling of their household; dwelling_id is where they actually live (实住).
CREATE SEQUENCE household_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE resident_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE household (
    id          BIGINT      NOT NULL,
    number      VARCHAR(32) NOT NULL,
    dwelling_id BIGINT      NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT household_pk PRIMARY KEY (id),
    CONSTRAINT household_number_uk UNIQUE (number),
    CONSTRAINT household_dwelling_fk FOREIGN KEY (dwelling_id) REFERENCES territory_node (id),
    CONSTRAINT household_kind_ck CHECK (kind IN ('FAMILY', 'COLLECTIVE'))
);
CREATE INDEX household_dwelling_ix ON household (dwelling_id);

CREATE TABLE resident (
    id               BIGINT      NOT NULL,
    id_number        VARCHAR(18) NOT NULL,
    name             VARCHAR(50) NOT NULL,
    sex              VARCHAR(8)  NOT NULL,
    birth_date       DATE        NOT NULL,
    phone            VARCHAR(20),
    household_id     BIGINT,
    relation_to_head VARCHAR(16),
    dwelling_id      BIGINT,
    version          BIGINT      NOT NULL,
    CONSTRAINT resident_pk PRIMARY KEY (id),
    CONSTRAINT resident_id_number_uk UNIQUE (id_number),
    CONSTRAINT resident_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT resident_dwelling_fk FOREIGN KEY (dwelling_id) REFERENCES territory_node (id),
    CONSTRAINT resident_sex_ck CHECK (sex IN ('MALE', 'FEMALE')),
    CONSTRAINT resident_relation_ck CHECK ((household_id IS NULL AND relation_to_head IS NULL)
        OR (household_id IS NOT NULL AND relation_to_head IS NOT NULL)),
    CONSTRAINT resident_place_ck CHECK (household_id IS NOT NULL OR dwelling_id IS NOT NULL)
);
CREATE INDEX resident_household_ix ON resident (household_id);
CREATE INDEX resident_dwelling_ix ON resident (dwelling_id);
