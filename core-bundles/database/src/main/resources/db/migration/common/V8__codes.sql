-- Code lists: the kinds a district extends without a rebuild (sub-committees, facilities,
-- documents, meetings, funds, posts…). Records store the code; names are for people.
-- Entries shipped here take ids below 1000; entries a district adds take ids from the sequence.
CREATE SEQUENCE code_entry_seq START WITH 1050 INCREMENT BY 50;

CREATE TABLE code_entry (
    id       BIGINT       NOT NULL,
    list     VARCHAR(40)  NOT NULL,
    code     VARCHAR(40)  NOT NULL,
    name_zh  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    position INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT code_entry_pk PRIMARY KEY (id),
    CONSTRAINT code_entry_uk UNIQUE (list, code)
);

-- sub-committee
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (1, 'sub-committee', 'people-mediation', '人民调解委员会', 'People''s mediation', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (2, 'sub-committee', 'public-security', '治安保卫委员会', 'Public security', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (3, 'sub-committee', 'public-health', '公共卫生委员会', 'Public health', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (4, 'sub-committee', 'social-welfare', '社会福利委员会', 'Social welfare', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (5, 'sub-committee', 'culture-sports', '文化体育委员会', 'Culture and sports', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (6, 'sub-committee', 'co-governance', '共建共治委员会', 'Co-construction and co-governance', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (7, 'sub-committee', 'comprehensive-governance', '综合治理委员会', 'Comprehensive governance', 70);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (8, 'sub-committee', 'public-health-family-planning', '公共卫生与计划生育委员会', 'Public health and family planning', 80);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (9, 'sub-committee', 'social-security', '社会保障委员会', 'Social security', 90);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (10, 'sub-committee', 'environment-property', '环境和物业管理委员会', 'Environment and property management', 100);
-- party-organisation
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (11, 'party-organisation', 'party-committee', '党委', 'Party committee', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (12, 'party-organisation', 'general-branch', '党总支', 'General party branch', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (13, 'party-organisation', 'branch', '党支部', 'Party branch', 30);
-- social-organisation
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (14, 'social-organisation', 'self-governing', '自治类', 'Self-governing', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (15, 'social-organisation', 'recreational', '自乐类', 'Recreational', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (16, 'social-organisation', 'volunteer', '志愿类', 'Volunteer', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (17, 'social-organisation', 'charity', '公益慈善类', 'Charity', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (18, 'social-organisation', 'professional-service', '专业服务类', 'Professional service', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (19, 'social-organisation', 'other', '其他', 'Other', 60);
-- meeting
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (20, 'meeting', 'residents-meeting', '居民会议', 'Residents'' meeting', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (21, 'meeting', 'representatives-meeting', '居民代表会议', 'Residents'' representatives'' meeting', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (22, 'meeting', 'plenary', '全体会议', 'Plenary meeting', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (23, 'meeting', 'consultation', '社区协商会议', 'Community consultation meeting', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (24, 'meeting', 'committee-meeting', '委员会会议', 'Committee meeting', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (25, 'meeting', 'party-members-meeting', '党员大会', 'Party members'' meeting', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (26, 'meeting', 'other', '其他会议', 'Other meeting', 70);
-- facility
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (27, 'facility', 'premises', '配套用房', 'Premises (total)', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (28, 'facility', 'open-office', '敞开式办公区域', 'Open-plan office', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (29, 'facility', 'office', '居委会办公室', 'Committee office', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (30, 'facility', 'mediation-room', '居民诉求调解室', 'Residents'' appeal mediation room', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (31, 'facility', 'deliberation-room', '自治议事室', 'Autonomy deliberation room', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (32, 'facility', 'culture-sports-room', '综合文体活动室', 'Culture and sports room', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (33, 'facility', 'activity-room', '活动室', 'Activity room', 70);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (34, 'facility', 'service-station', '社区服务站', 'Community service station', 80);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (35, 'facility', 'volunteer-station', '志愿者服务站', 'Volunteer station', 90);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (36, 'facility', 'affairs-board', '党务居务公开栏', 'Party and committee affairs board', 100);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (37, 'facility', 'publicity-board', '社区宣传栏', 'Community publicity board', 110);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (38, 'facility', 'door-plate', '机构门牌', 'Door plate', 120);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (39, 'facility', 'service-window-sign', '服务窗口标志标识', 'Service window signage', 130);
-- document
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (40, 'document', 'rules-meeting', '会议制度', 'Meeting rules', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (41, 'document', 'rules-study', '学习制度', 'Study rules', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (42, 'document', 'rules-attendance', '考勤制度', 'Attendance rules', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (43, 'document', 'rules-seal', '印章管理使用制度', 'Seal-use rules', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (44, 'document', 'rules-duty', '值班制度', 'Duty rules', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (45, 'document', 'rules-visit', '走访制度', 'Visit rules', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (46, 'document', 'rules-reception', '接待制度', 'Reception rules', 70);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (47, 'document', 'residents-convention', '居民公约', 'Residents'' convention', 80);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (48, 'document', 'autonomy-charter', '自治章程', 'Autonomy charter', 90);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (49, 'document', 'disclosure-basic-facts', '社区基本情况介绍', 'Disclosure: basic facts', 100);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (50, 'document', 'disclosure-organisation-chart', '组织架构图及人员职责', 'Disclosure: organisation chart and duties', 110);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (51, 'document', 'disclosure-grid-map', '网格图', 'Disclosure: grid map', 120);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (52, 'document', 'disclosure-service-flow', '服务流程图', 'Disclosure: service flowcharts', 130);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (53, 'document', 'disclosure-notices', '其他居民须知', 'Disclosure: other notices', 140);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (54, 'document', 'other-rules', '其他制度', 'Other rules', 150);
-- fund
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (55, 'fund', 'office', '日常办公经费', 'Daily office funds', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (56, 'fund', 'autonomy', '自治经费', 'Autonomy funds', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (57, 'fund', 'public-welfare', '社区公益金', 'Community public-welfare fund', 30);
-- post
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (58, 'post', 'party-secretary', '社区党组织书记', 'Party organisation secretary', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (59, 'post', 'committee-director', '居委会主任', 'Committee director', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (60, 'post', 'deputy-director', '居委会副主任', 'Deputy director', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (61, 'post', 'committee-member', '居委会委员', 'Committee member', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (62, 'post', 'full-time-worker', '专职社区工作者', 'Full-time community worker', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (63, 'post', 'grid-worker', '专职网格员', 'Full-time grid worker', 60);
-- post-category
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (64, 'post-category', 'principal', '正职岗', 'Principal post', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (65, 'post-category', 'deputy', '副职岗', 'Deputy post', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (66, 'post-category', 'staff', '工作人员岗', 'Staff post', 30);
-- shift
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (67, 'shift', 'day', '日间值班', 'Day duty', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (68, 'shift', 'night', '夜间值班', 'Night duty', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (69, 'shift', 'weekend', '周末值班', 'Weekend duty', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (70, 'shift', 'holiday', '节假日值班', 'Holiday duty', 40);
-- visit-purpose
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (71, 'visit-purpose', 'routine', '日常走访', 'Routine visit', 10);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (72, 'visit-purpose', 'special-group', '特殊人群走访', 'Special-group follow-up', 20);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (73, 'visit-purpose', 'elderly-alone', '独居老人探访', 'Elderly living alone', 30);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (74, 'visit-purpose', 'dispute', '矛盾纠纷排查', 'Dispute screening', 40);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (75, 'visit-purpose', 'survey', '入户调查', 'Household survey', 50);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (76, 'visit-purpose', 'service', '上门服务', 'Home service', 60);
INSERT INTO code_entry (id, list, code, name_zh, name_en, position) VALUES (77, 'visit-purpose', 'public-opinion', '社情民意收集', 'Public opinion collection', 70);
