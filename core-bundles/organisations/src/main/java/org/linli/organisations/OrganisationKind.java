package org.linli.organisations;

/** The kinds of organisation in a community. */
public enum OrganisationKind {
    /** 社区党组织 (党委, 党总支 or 党支部: see typeCode) */
    PARTY_ORGANISATION,
    /** 社区居民委员会 居委会 */
    RESIDENTS_COMMITTEE,
    /** 村民委员会 村委会 */
    VILLAGE_COMMITTEE,
    /** 下属委员会 of a residents' or village committee; its kind is the typeCode */
    SUB_COMMITTEE,
    /** 业主委员会 业委会 */
    OWNERS_COMMITTEE,
    /** 物业服务企业 */
    PROPERTY_COMPANY,
    /** 驻区单位: a unit (school, company, agency) located in the community */
    RESIDENT_UNIT,
    /** 社区警务站 */
    POLICE_OFFICE,
    /** 社会组织, registered or filed (登记/备案); its type is the typeCode */
    SOCIAL_ORGANISATION,
    /** 党建工作协调委员会 party-building coordination committee */
    COORDINATION_COMMITTEE;
}
