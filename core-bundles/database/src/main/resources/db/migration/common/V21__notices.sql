-- A community's or street's notices (公告、公示): what it publishes to residents, where, and from when to when.
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice (
    id BIGINT NOT NULL,
    node_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(10000) NOT NULL,
    place VARCHAR(200),
    published_on DATE NOT NULL,
    withdrawn_on DATE,
    CONSTRAINT notice_pk PRIMARY KEY (id),
    CONSTRAINT notice_node_fk FOREIGN KEY (node_id) REFERENCES territory_node (id),
    CONSTRAINT notice_withdrawn_ck CHECK (withdrawn_on IS NULL OR withdrawn_on >= published_on)
);
CREATE INDEX notice_node_ix ON notice (node_id);
CREATE INDEX notice_published_ix ON notice (published_on);

-- The five items a residents' committee makes public (Songjiang, Zhongshan street: 宣传居委会工作职责),
-- and the disclosure of community affairs (居务公开).
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (143, 'notice-kind', 'community-profile', '社区基本情况介绍', 'Community profile', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (144, 'notice-kind', 'organisation-chart', '社区居委会组织架构图', 'Organisation chart of the residents'' committee', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (145, 'notice-kind', 'grid-map', '社区平面图（网格图）', 'Community plan (grid map)', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (146, 'notice-kind', 'service-flow', '社区服务事项流程图', 'Flowcharts of community services', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (147, 'notice-kind', 'residents-notice', '本社区居民应知晓的其他相关内容', 'Other notices for residents', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (148, 'notice-kind', 'affairs-disclosure', '居务公开', 'Disclosure of community affairs', 60);
