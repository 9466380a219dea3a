package org.linli.itests;

import static org.junit.Assert.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A territory moved while the residents bundle is stopped (an operator updating it): once it
 * starts again, every jurisdiction finds the residents where the territory now puts them. Last of
 * its container's suites, since stopping the bundle stops the registers built on it for a moment.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ResidentPlacesIT extends LinliTestSupport {
    @Inject
    private BundleContext context;

    @Inject
    private TerritoryService territory;

    @Test
    public void aMoveMadeWhileTheResidentsBundleWasStoppedIsCaughtUpOnItsStart() throws Exception {
        awaitUp();
        RestIT.Tree tree = new RestIT.Tree();
        assertEquals(201, post("/api/v1/residents", RestIT.resident(freshIdNumber(), "补迁者", tree.dwelling)).status());
        String newStreetCode = "BQ" + serial();
        long newStreet = RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.district, "STREET", newStreetCode, "补迁街道")));
        String oldStreet = bearer("补迁", List.of(tree.streetCode), "RESIDENT_READ");
        String toStreet = bearer("补迁", List.of(newStreetCode), "RESIDENT_READ");
        String search = "/api/v1/residents?name=" + URLEncoder.encode("补迁者", StandardCharsets.UTF_8);
        assertEquals(1, total(oldStreet, search));

        Bundle residents = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("org.linli.residents"))
                .findFirst().orElseThrow();
        residents.stop();
        try {
            // The REST door waits for the registers it serves: the move goes to the territory's service itself.
            TerritoryNode community = CallerContext.callAs(Caller.system("operator"), () -> territory.get(tree.community));
            community.setParentId(newStreet);
            CallerContext.callAs(Caller.system("operator"), () -> territory.update(tree.community, community));
        } finally {
            residents.start();
        }
        long deadline = System.currentTimeMillis() + 60_000;
        long found = -1;
        while (System.currentTimeMillis() < deadline) {
            Answer answer = call("GET", search, null, toStreet, null);
            found = answer.status() == 200 ? answer.json().path("total").asLong() : -1;
            if (found == 1) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("the new street finds the resident once the bundle is back", 1, found);
        assertEquals("the old street no longer does", 0, total(oldStreet, search));
    }
}
