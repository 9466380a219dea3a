package org.linli.soap.internal;

import javax.xml.ws.WebFault;
import org.linli.common.LinliException;

/**
 * The SOAP fault of every Linli operation. Its detail carries the same kind and field errors as
 * the REST door's problem details.
 */
@WebFault(name = "LinliFault", targetNamespace = SoapEndpoint.NAMESPACE)
public class LinliFault extends Exception {
    private static final long serialVersionUID = 1L;
    private final FaultInfo faultInfo;

    public LinliFault(String message, FaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    static LinliFault of(LinliException e) {
        return new LinliFault(e.getMessage(), FaultInfo.of(e));
    }

    /** A failure of Linli's own, not of the request: nothing of its cause goes to the caller. */
    static LinliFault internal() {
        FaultInfo info = new FaultInfo();
        info.kind = FaultInfo.INTERNAL;
        return new LinliFault("the request could not be completed", info);
    }

    boolean clientsDoing() {
        return !FaultInfo.INTERNAL.equals(faultInfo.kind);
    }

    public FaultInfo getFaultInfo() {
        return faultInfo;
    }
}
