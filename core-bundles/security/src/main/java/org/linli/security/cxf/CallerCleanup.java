package org.linli.security.cxf;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.linli.security.CallerContext;

/** Forgets the request's caller once the answer is being written, so no thread keeps it. */
public class CallerCleanup extends AbstractPhaseInterceptor<Message> {

    public CallerCleanup() {
        super(Phase.SETUP);
    }

    @Override
    public void handleMessage(Message message) {
        CallerContext.clear();
    }
}
