-- An inspection of an organisation (检查, 验收, 评定): a monthly affairs-disclosure patrol or spot check, a normalisation audit, a demonstration-site acceptance, a star rating; with its verdict, the rectification it asks for and the title it awards.
CREATE SEQUENCE inspection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inspection (
    id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    inspected_on DATE NOT NULL,
    inspector VARCHAR(100) NOT NULL,
    verdict VARCHAR(32) NOT NULL,
    findings VARCHAR(1000),
    rectify_by DATE,
    rectified_on DATE,
    awarded_title VARCHAR(100),
    CONSTRAINT inspection_pk PRIMARY KEY (id),
    CONSTRAINT inspection_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT inspection_verdict_ck CHECK (verdict IN ('PASSED', 'RECTIFY', 'FAILED'))
);
CREATE INDEX inspection_organisation_ix ON inspection (organisation_id);

-- A patrol of a grid, as its grid log (民情日志) records it: who patrolled, when, and what they found.
CREATE SEQUENCE patrol_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE patrol (
    id BIGINT NOT NULL,
    grid_id BIGINT NOT NULL,
    worker_id BIGINT NOT NULL,
    patrolled_on DATE NOT NULL,
    starts_at TIME,
    minutes INTEGER,
    findings VARCHAR(1000),
    issues_found INTEGER,
    CONSTRAINT patrol_pk PRIMARY KEY (id),
    CONSTRAINT patrol_grid_fk FOREIGN KEY (grid_id) REFERENCES territory_node (id),
    CONSTRAINT patrol_worker_fk FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX patrol_grid_ix ON patrol (grid_id);
CREATE INDEX patrol_worker_ix ON patrol (worker_id);

-- Lists and archives a community keeps (三张清单, 职责清单, 准入清单, 一居一档), and the kinds of inspection.
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (78, 'document', 'residents-needs-list', '居民需求清单', 'Residents'' needs list', 170);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (79, 'document', 'community-resources-list', '社区资源清单', 'Community resources list', 180);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (80, 'document', 'service-projects-list', '服务项目清单', 'Service projects list', 190);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (81, 'document', 'duty-list', '社区职责清单', 'Community duty list', 200);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (82, 'document', 'certificate-list', '社区出具证明事项清单', 'Approved certificates list', 210);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (83, 'document', 'admission-list', '协助行政事务准入清单', 'Admission list of administrative tasks', 220);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (84, 'document', 'community-archive', '社区档案(一居一档)', 'Community archive', 230);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (85, 'inspection', 'disclosure-street-monthly', '居务公开街道月巡查', 'Affairs disclosure: street monthly patrol', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (86, 'inspection', 'disclosure-district-spot-check', '居务公开区级月抽查', 'Affairs disclosure: district monthly spot check', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (87, 'inspection', 'normalisation-audit', '居委会规范化建设评估', 'Normalisation audit', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (88, 'inspection', 'demonstration-acceptance', '示范点创建验收', 'Demonstration-site acceptance', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (89, 'inspection', 'star-rating-community', '星级评定:社区推荐', 'Star rating: community recommendation', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (90, 'inspection', 'star-rating-street', '星级评定:街道初评', 'Star rating: street first review', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (91, 'inspection', 'star-rating-district', '星级评定:区级审评', 'Star rating: district review', 70);
