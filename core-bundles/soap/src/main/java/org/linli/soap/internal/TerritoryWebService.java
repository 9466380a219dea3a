package org.linli.soap.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.common.PageRequest;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;

/** {@code /soap/territory}: the territory tree over SOAP, the same service as {@code /api/v1/territory}. */
@WebService(name = "Territory", serviceName = "TerritoryService", portName = "TerritoryPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class TerritoryWebService {
    private final TerritoryService territory;

    TerritoryWebService(TerritoryService territory) {
        this.territory = territory;
    }

    @WebMethod
    @WebResult(name = "node")
    public TerritoryNode createNode(@WebParam(name = "node") TerritoryNode node) throws LinliFault {
        return Calls.call(() -> territory.create(Calls.required("node", node)));
    }

    @WebMethod
    @WebResult(name = "node")
    public TerritoryNode getNode(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> territory.get(id));
    }

    @WebMethod
    @WebResult(name = "node")
    public TerritoryNode updateNode(@WebParam(name = "id") long id, @WebParam(name = "node") TerritoryNode node)
            throws LinliFault {
        return Calls.call(() -> territory.update(id, Calls.required("node", node)));
    }

    @WebMethod
    public void deleteNode(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> territory.delete(id));
    }

    /** {@code level} is one of CITY, DISTRICT, STREET, COMMUNITY, GRID, BUILDING, DWELLING, or absent. */
    @WebMethod
    @WebResult(name = "result")
    public Pages.TerritoryNodePage findNodes(@WebParam(name = "parentId") Long parentId,
                                             @WebParam(name = "withinId") Long withinId,
                                             @WebParam(name = "level") String level,
                                             @WebParam(name = "code") String code,
                                             @WebParam(name = "name") String name,
                                             @WebParam(name = "page") Integer page,
                                             @WebParam(name = "size") Integer size,
                                             @WebParam(name = "after") Long after) throws LinliFault {
        return Calls.call(() -> Pages.TerritoryNodePage.of(territory.search(
                new TerritoryQuery(parentId, withinId, Calls.level(level), code, name), PageRequest.of(page, size, after))));
    }
}
