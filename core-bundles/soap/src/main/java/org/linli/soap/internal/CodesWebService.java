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
public class CodesWebService extends CodesKinds {
    private final CodeService codes;

    CodesWebService(CodeService codes) {
        super(codes);
        this.codes = codes;
    }

    /** The entries of one list, in their order. */
    @WebMethod
    @WebResult(name = "code")
    public List<Code> getCodeList(@WebParam(name = "list") String list) throws LinliFault {
        return Calls.call(() -> codes.list(Calls.required("list", list)));
    }
}
