package org.linli.grids.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.linli.grids.GridPlan;
import org.linli.grids.GridPlanner;
import org.linli.grids.PlannedGrid;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;

/**
 * {@code linli:grid-plan}: proposes and stores a grid plan per community under a node and prints
 * it; with {@code --apply}, applies the plan of the given id instead.
 */
@Service
@Command(scope = "linli", name = "grid-plan", description = "Proposes grid plans for the communities under a node, or applies a stored plan")
public class GridPlanCommand implements Action {
    @Reference
    private GridPlanner planner;
    @Reference
    private Jurisdictions jurisdictions;

    @Argument(index = 0, name = "id", required = true, description = "the id of a community, street or district; with --apply, of a plan")
    private long id;

    @Option(name = "--min", description = "fewest households in a grid; etc/org.linli.grids.cfg by default")
    private Integer min;

    @Option(name = "--max", description = "most households in a grid; etc/org.linli.grids.cfg by default")
    private Integer max;

    @Option(name = "--apply", description = "apply the stored plan whose id is given")
    private boolean apply;

    @Override
    public Object execute() {
        if (apply) {
            print(CallerContext.callAs(Caller.console(jurisdictions), () -> planner.apply(id)));
        } else {
            CallerContext.callAs(Caller.console(jurisdictions), () -> planner.propose(id, min, max)).forEach(GridPlanCommand::print);
        }
        return null;
    }

    private static void print(GridPlan plan) {
        System.out.printf("Plan %d for community %d: %s, %s, %d building(s) to move%n", plan.getId(), plan.getCommunityId(), plan.getStatus(),
                plan.isWithinBounds() ? "every grid within " + plan.getMinHouseholds() + "–" + plan.getMaxHouseholds() : "NOT within bounds",
                plan.getBuildingsMoved());
        for (PlannedGrid grid : plan.getGrids()) {
            System.out.printf("  %-6s %-24s %5d households %3d buildings  worker %s%n", grid.getAction(), grid.getCode(), grid.getHouseholds(),
                    grid.getBuildingIds().size(), grid.getWorkerId() == null ? "-" : grid.getWorkerId());
        }
    }
}
