package org.linli.staff;

/** How an appraisal was made. */
public enum AppraisalMethod {
    /** 个人述职 */
    SELF_REPORT,
    /** 群众测评 */
    RESIDENT_ASSESSMENT,
    /** 组织评定 */
    ORGANISATION_ASSESSMENT,
    /** 第三方满意度调查 (face-to-face or phone, random sample) */
    THIRD_PARTY_SURVEY;
}
