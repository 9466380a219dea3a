package org.linli.soap.internal;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.grids.GridPlan;
import org.linli.grids.GridPlanner;
import org.linli.grids.GridReport;

/** {@code /soap/grids}: the grid validator and planner. Bounds left out take the configured defaults. */
@WebService(name = "Grids", serviceName = "GridsService", portName = "GridsPort", targetNamespace = SoapEndpoint.NAMESPACE)
public class GridsWebService {
    private final GridPlanner planner;

    GridsWebService(GridPlanner planner) {
        this.planner = planner;
    }

    /** One report per community under the node (a community, street, district or city). */
    @WebMethod
    @WebResult(name = "report")
    public List<GridReport> reportGrids(@WebParam(name = "nodeId") long nodeId, @WebParam(name = "minHouseholds") Integer min,
                                        @WebParam(name = "maxHouseholds") Integer max) throws LinliFault {
        return Calls.call(() -> planner.report(nodeId, min, max));
    }

    /** Proposes and stores one plan per community under the node; the territory is not changed. */
    @WebMethod
    @WebResult(name = "plan")
    public List<GridPlan> proposePlans(@WebParam(name = "nodeId") long nodeId, @WebParam(name = "minHouseholds") Integer min,
                                       @WebParam(name = "maxHouseholds") Integer max) throws LinliFault {
        return Calls.call(() -> planner.propose(nodeId, min, max));
    }

    @WebMethod
    @WebResult(name = "plan")
    public GridPlan getPlan(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> planner.plan(id));
    }

    /** The plans of one community, newest first. */
    @WebMethod
    @WebResult(name = "plan")
    public List<GridPlan> listPlans(@WebParam(name = "communityId") long communityId) throws LinliFault {
        return Calls.call(() -> planner.plans(communityId));
    }

    @WebMethod
    @WebResult(name = "plan")
    public GridPlan applyPlan(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> planner.apply(id));
    }
}
