package org.linli.policy.spi;

/** What a rule judges. */
public enum SubjectKind {
    /** 社区 */
    COMMUNITY,
    /** 居委会 */
    RESIDENTS_COMMITTEE,
    /** 下属委员会 */
    SUB_COMMITTEE,
    /** 网格 */
    GRID,
    /** 楼栋 */
    BUILDING,
    /** 社区工作者 */
    WORKER,
    /** 群众诉求 */
    REQUEST,
    /** 吹哨派单 */
    DISPATCH,
    /** any other organisation: party organisation, coordination committee, social organisation */
    ORGANISATION,
    /** 资金使用 */
    SPENDING,
    /** 政府部门 */
    DEPARTMENT,
    /** 服务事项: a service of the catalogue (服务目录) */
    SERVICE,
    /** 公益创投项目: a project of a venture philanthropy contest */
    VENTURE_PROJECT
}
