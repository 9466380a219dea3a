package org.linli.policy.jingzhou;

/**
 * What the Jingzhou rules (京州区社区办) share: the plugin's ID, under which every rule registers,
 * and the source document every clause is quoted from.
 */
final class Jingzhou {
    /** The value of {@link org.linli.policy.spi.Rule#PLUGIN} for every rule of this plugin. */
    static final String ID = "jingzhou";

    /**
     * The document is a speech by the Jingzhou district community office (区社区办) at a community-work
     * exchange meeting, under the title below; its numbers are mostly redacted as {@code *}.
     */
    static final String SOURCE = "社区工作交流发言:立足职能深耕细作开拓创新 不断开创社区治理新局面";

    private Jingzhou() {
    }
}
