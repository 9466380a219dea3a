package org.linli.affairs;

/** The stages of a residents' convention (拟定草案、征求意见、审核把关、审议通过、公布执行), in order. */
public enum ConventionStatus {
    /** 拟定草案 */
    DRAFT,
    /** 征求意见 */
    CONSULTING,
    /** 审核把关 */
    REVIEWED,
    /** 审议通过 */
    ADOPTED,
    /** 公布执行 */
    PUBLISHED;
}
