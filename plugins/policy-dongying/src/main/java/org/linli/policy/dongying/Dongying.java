package org.linli.policy.dongying;

/**
 * What the Dongying rules (东营市网格化管理与社区服务) share: the plugin's ID, under which every rule
 * registers, and the two source documents the clauses are quoted from.
 * <p>
 * The grid rules (DY-01 to DY-05) take their numbers from an unnamed district's 社区服务创新发展工作意见,
 * the service rules (DY-06 to DY-09) from the article of the Dongying civil affairs bureau (东营市民政局,
 * 赵永刚) on community governance, as the policy catalogue assigns them. That article carries no
 * formal title; it is named by its own words (推进社区治理体系和治理能力现代化), its author and the site
 * that published it (民生资讯网).
 */
final class Dongying {
    /** The value of {@link org.linli.policy.spi.Rule#PLUGIN} for every rule of this plugin. */
    static final String ID = "dongying";

    /** The source of the grid rules DY-01 to DY-05. */
    static final String SOURCE_GRIDS = "社区服务创新发展工作意见";

    /** The source of the service rules DY-06 to DY-09. */
    static final String SOURCE_SERVICES = "推进社区治理体系和治理能力现代化(东营市民政局 赵永刚,民生资讯网)";

    private Dongying() {
    }
}
