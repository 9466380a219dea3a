package org.linli.staff;

/** What an appraisal's result leads to. */
public enum AppraisalConsequence {
    /** no consequence */
    NONE,
    /** 奖励 / 绩效奖金 */
    REWARD,
    /** 续聘 */
    RENEWAL,
    /** 调岗 */
    POST_CHANGE,
    /** 不再续聘 */
    NON_RENEWAL,
    /** 解聘 */
    DISMISSAL;
}
