package org.linli.grids.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.linli.grids.GridLoad;
import org.linli.grids.GridPlanner;
import org.linli.grids.GridReport;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;

/** {@code linli:grid-report}: households per grid of each community under a node, against the bounds. */
@Service
@Command(scope = "linli", name = "grid-report", description = "Checks the grids of a community, or of every community under a street or district")
public class GridReportCommand implements Action {
    @Reference
    private GridPlanner planner;
    @Reference
    private Jurisdictions jurisdictions;

    @Argument(index = 0, name = "nodeId", required = true, description = "the id of a community, street, district or city")
    private long nodeId;

    @Option(name = "--min", description = "fewest households in a grid; etc/org.linli.grids.cfg by default")
    private Integer min;

    @Option(name = "--max", description = "most households in a grid; etc/org.linli.grids.cfg by default")
    private Integer max;

    @Override
    public Object execute() {
        for (GridReport report : CallerContext.callAs(Caller.console(jurisdictions), () -> planner.report(nodeId, min, max))) {
            System.out.printf("%s %s: %d households, %d outside grids, %s%n", report.getCommunityCode(), report.getCommunityName(),
                    report.getHouseholds(), report.getHouseholdsOutsideGrids(),
                    report.isWithinBounds() ? "within " + report.getMinHouseholds() + "–" + report.getMaxHouseholds() : "OUT OF BOUNDS");
            for (GridLoad grid : report.getGrids()) {
                System.out.printf("  %-24s %-12s %3d buildings %5d households  %s%n", grid.getCode(), grid.getName(), grid.getBuildings(),
                        grid.getHouseholds(), grid.getBound());
            }
        }
        return null;
    }
}
