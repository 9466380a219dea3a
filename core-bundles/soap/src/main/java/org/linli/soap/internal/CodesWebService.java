package org.linli.soap.internal;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.records.Code;
import org.linli.records.CodeService;

/** {@code /soap/codes}: the code lists (kinds of sub-committee, facility, document…) over SOAP. */
@WebService(name = "Codes", serviceName = "CodesService", portName = "CodesPort", targetNamespace = SoapEndpoint.NAMESPACE)
public class CodesWebService {
    private final CodeService codes;

    CodesWebService(CodeService codes) {
        this.codes = codes;
    }

    /** The entries of one list, in their order. */
    @WebMethod
    @WebResult(name = "code")
    public List<Code> getCodeList(@WebParam(name = "list") String list) throws LinliFault {
        return Calls.call(() -> codes.list(Calls.required("list", list)));
    }

    @WebMethod
    @WebResult(name = "code")
    public Code createCode(@WebParam(name = "code") Code code) throws LinliFault {
        return Calls.call(() -> codes.create(Calls.required("code", code)));
    }

    @WebMethod
    @WebResult(name = "code")
    public Code updateCode(@WebParam(name = "id") long id, @WebParam(name = "code") Code code) throws LinliFault {
        return Calls.call(() -> codes.update(id, Calls.required("code", code)));
    }

    @WebMethod
    public void deleteCode(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> codes.delete(id));
    }
}
