package org.linli.soap.internal;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A fault that is not a {@link LinliFault} comes from CXF reading the message (a wrong type, an
 * unknown operation, XML it refuses) before any Linli code runs. Its text names parsers, classes
 * and values; it leaves as a Client fault with a plain message and a {@code LinliFault} detail of
 * kind {@code invalid-input}, and the text goes to the log.
 */
class PlainFaults extends AbstractSoapInterceptor {
    static final String MESSAGE = "the request could not be read as a message of this service";
    private static final Logger LOG = LoggerFactory.getLogger(PlainFaults.class);

    PlainFaults() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault.getCause() instanceof LinliFault) {
            return;
        }
        LOG.info("SOAP request refused: {}", fault.getMessage());
        QName client = message.getVersion().getSender();
        SoapFault plain = new SoapFault(MESSAGE, client);
        plain.setStatusCode(fault.getStatusCode());
        Element detail = plain.getOrCreateDetail();
        Document document = detail.getOwnerDocument();
        Element linli = document.createElementNS(SoapEndpoint.NAMESPACE, "ns:LinliFault");
        Element kind = document.createElementNS(null, "kind");
        kind.setTextContent("invalid-input");
        linli.appendChild(kind);
        detail.appendChild(linli);
        message.setContent(Exception.class, plain);
    }
}
