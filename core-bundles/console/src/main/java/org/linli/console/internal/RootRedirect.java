package org.linli.console.internal;

import java.net.URI;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Sends a browser that opens the platform's address to the console. CXF's servlet holds the root
 * of the web context ({@code /*}, for {@code /api/v1} and {@code /soap}), so the answer at
 * {@code /} is a CXF endpoint too: the one at address {@code /}, which CXF chooses only when no
 * longer address matches. It answers {@code /} alone, with a redirect and nothing else.
 */
@Component(immediate = true)
public class RootRedirect {
    private Server server;

    @Path("/")
    public static class Root {
        @GET
        public Response get() {
            return Response.seeOther(URI.create("/console/")).build();
        }

        @HEAD
        public Response head() {
            return get();
        }
    }

    @Activate
    void activate() {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress("/");
        factory.setServiceBeans(List.of(new Root()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(RootRedirect.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }
}
