package org.linli.soap.internal;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;

/**
 * A {@link LinliFault} reports bad input or a clash with stored data: the caller's doing, so the
 * SOAP fault code is Client, not the Server that JAX-WS uses for every declared fault. A fault of
 * kind {@code internal} stays Server.
 */
class ClientFaultCode extends AbstractSoapInterceptor {

    ClientFaultCode() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (message.getContent(Exception.class) instanceof Fault fault && fault.getCause() instanceof LinliFault linli
                && linli.clientsDoing()) {
            fault.setFaultCode(message.getVersion().getSender());
            if (fault instanceof SoapFault soap) {
                soap.setFaultCode(message.getVersion().getSender());
            }
        }
    }
}
