package org.linli.policy.beijing;

/**
 * What the Beijing rules (北京市社区治理举措) share: the plugin's ID, under which every rule registers,
 * and the source document every clause is quoted from.
 */
final class Beijing {
    /** The value of {@link org.linli.policy.spi.Rule#PLUGIN} for every rule of this plugin. */
    static final String ID = "beijing";

    /**
     * The document carries no formal title: it is a Beijing Youth Daily (北京青年报) article under the
     * headline 社区工作人员春节入户 reporting the 2019 community-work measures of the municipal
     * social work committee and civil affairs bureau, so the source names both.
     */
    static final String SOURCE = "社区工作人员春节入户:市委社会工委、市民政局2019年本市社区工作举措(北京青年报)";

    private Beijing() {
    }
}
