package org.linli.policy.songjiang;

/**
 * The Songjiang plugin's shared constants: rules of Zhongshan street, Songjiang district,
 * Shanghai (上海市松江区中山街道居委会规范化建设). Every rule of this package registers with
 * {@link #ID} and cites {@link #SOURCE}.
 */
final class Songjiang {
    /** The plugin's ID, as bindings and parameter files name it. */
    static final String ID = "songjiang";

    /** The document every clause is quoted from, by its title. */
    static final String SOURCE = "中山街道关于深入推进居委会规范化建设示范创建工作的实施意见";

    private Songjiang() {
    }
}
