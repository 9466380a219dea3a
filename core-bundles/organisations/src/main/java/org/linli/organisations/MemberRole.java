package org.linli.organisations;

/** A post in an organisation's term. */
public enum MemberRole {
    /** 书记 of a party organisation */
    SECRETARY,
    /** 副书记 */
    DEPUTY_SECRETARY,
    /** 主任 (of a committee) or 主任/会长 of another body */
    CHAIR,
    /** 副主任 */
    DEPUTY_CHAIR,
    /** 委员 / 成员 */
    MEMBER;
}
