package org.linli.residents;

/** 与户主关系: how a member of a household is related to its head. */
public enum RelationToHead {
    /** 户主 */
    HEAD,
    /** 配偶 */
    SPOUSE,
    /** 子女 */
    CHILD,
    /** 父母 */
    PARENT,
    /** 祖父母/外祖父母 */
    GRANDPARENT,
    /** 孙子女/外孙子女 */
    GRANDCHILD,
    /** 兄弟姐妹 */
    SIBLING,
    /** 儿媳/女婿 */
    CHILD_IN_LAW,
    /** 其他 */
    OTHER
}
