package org.linli.grids;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks and re-draws the grids (网格) of communities. {@code nodeId} names one community, or a
 * street, district or city for all the communities under it. Bounds left {@code null} take the
 * defaults of {@code etc/org.linli.grids.cfg} (250 to 300 households, Dongying's 一般以250-300户左右家庭为一个格).
 * <p>
 * Reading needs the permission to read the territory; proposing and applying need the permission
 * to change it, and applying also the permission to change staff records (grid workers are
 * re-assigned). Every call sees only the caller's jurisdiction. Errors:
 * {@link org.linli.common.ValidationException} for bad bounds or a node below a community,
 * {@link org.linli.common.NotFoundException} for an unknown node or plan,
 * {@link org.linli.common.ConflictException} for a plan no longer applicable.
 */
@ProviderType
public interface GridPlanner {

    /** The grids of each community under {@code nodeId}, with their households against the bounds. */
    List<GridReport> report(long nodeId, Integer minHouseholds, Integer maxHouseholds);

    /**
     * Proposes and stores one plan per community under {@code nodeId}; nothing else changes. An
     * earlier plan of the same community not yet applied becomes {@link PlanStatus#STALE}.
     */
    List<GridPlan> propose(long nodeId, Integer minHouseholds, Integer maxHouseholds);

    GridPlan plan(long planId);

    /** The plans of one community, newest first: its history of grid changes. */
    List<GridPlan> plans(long communityId);

    /**
     * Applies a proposed plan in one transaction: creates the new grids, moves buildings whole,
     * closes the grids merged away, ends their workers' assignments and assigns the workers the
     * plan names. Refused (conflict) when the community's grids or households changed since.
     */
    GridPlan apply(long planId);
}
