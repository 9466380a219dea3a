package org.linli.staff;

/** The national social-work qualifications (社会工作者职业资格). */
public enum CertificateLevel {
    /** 助理社会工作师 */
    SOCIAL_WORK_ASSISTANT,
    /** 社会工作师 */
    SOCIAL_WORKER,
    /** 高级社会工作师 */
    SENIOR_SOCIAL_WORKER;
}
