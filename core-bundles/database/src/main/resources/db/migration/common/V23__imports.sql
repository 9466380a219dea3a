-- Imports that committed (批量导入): their id is the uploader's, so that the same file sent again
-- under it is stored once. An import that failed stored nothing and leaves no row here.
CREATE TABLE import_run (
    started_by  VARCHAR(100) NOT NULL,
    id          VARCHAR(64)  NOT NULL,
    kind        VARCHAR(64)  NOT NULL,
    format      VARCHAR(16)  NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    rows_read   BIGINT       NOT NULL,
    rows_stored BIGINT       NOT NULL,
    started_at  TIMESTAMP    NOT NULL,
    finished_at TIMESTAMP    NOT NULL,
    CONSTRAINT import_run_pk PRIMARY KEY (started_by, id)
);
