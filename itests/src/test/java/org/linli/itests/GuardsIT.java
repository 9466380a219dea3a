package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.records.RecordGuard;
import org.linli.records.RecordWrite;
import org.linli.residents.Household;
import org.linli.residents.Resident;
import org.linli.territory.TerritoryNode;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The territory and the residents register, which keep their own stores, hand their writes to the
 * record guards as every register does: a guard registered now, as a district plugin's hooks
 * are, completes and reviews territory nodes, residents and households, sees the node that
 * governs each, and its refusal is the caller's 400 at the field it names.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GuardsIT extends LinliTestSupport {
    @Inject
    private BundleContext context;

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    /** A rule a district might hook: no record named 待定 (to be decided), no household numbered TBD. */
    private static final class NoPlaceholders implements RecordGuard {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void complete(RecordWrite<?> write) {
            seen.add("complete " + write.type() + " " + write.nodeId());
        }

        @Override
        public void review(RecordWrite<?> write) {
            seen.add("review " + write.type() + " " + write.nodeId());
            String name = write.record() instanceof TerritoryNode node ? node.getName()
                    : write.record() instanceof Resident resident ? resident.getName()
                    : write.record() instanceof Household household ? household.getNumber() : null;
            if (name != null && (name.contains("待定") || name.startsWith("TBD"))) {
                write.refuse(write.record() instanceof Household ? "number" : "name", "placeholder", "a record is not named 待定");
            }
        }
    }

    @Test
    public void territoryResidentsAndHouseholdsMeetTheGuards() {
        RestIT.Tree tree = new RestIT.Tree();
        NoPlaceholders guard = new NoPlaceholders();
        ServiceRegistration<RecordGuard> registration = context.registerService(RecordGuard.class, guard, null);
        try {
            Answer node = post("/api/v1/territory/nodes", RestIT.node(tree.building, "DWELLING", tree.communityCode + "-B1-9" + serial(), "待定"));
            assertEquals(node.toString(), 400, node.status());
            assertEquals("name", node.errorField());
            assertEquals("placeholder", node.errorCode());
            // A new node's write is governed by its parent.
            assertTrue(guard.seen.toString(), guard.seen.contains("review territory node " + tree.building));

            Map<String, Object> resident = new LinkedHashMap<>(Map.of("idNumber", freshIdNumber(), "name", "待定", "dwellingId", tree.dwelling));
            Answer refused = post("/api/v1/residents", resident);
            assertEquals(refused.toString(), 400, refused.status());
            assertEquals("placeholder", refused.errorCode());
            resident.put("name", "张待");
            RestIT.id(post("/api/v1/residents", resident));
            assertTrue(guard.seen.toString(), guard.seen.contains("complete resident " + tree.dwelling));
            assertTrue(guard.seen.toString(), guard.seen.contains("review resident " + tree.dwelling));

            Answer household = post("/api/v1/households", Map.of("number", "TBD-" + serial(), "dwellingId", tree.dwelling, "kind", "FAMILY"));
            assertEquals(household.toString(), 400, household.status());
            assertEquals("number", household.errorField());
            assertEquals("placeholder", household.errorCode());
            assertTrue(guard.seen.toString(), guard.seen.contains("review household " + tree.dwelling));
            // The register's own checks come first: a write they refuse never reaches a guard's review.
            int reviews = (int) guard.seen.stream().filter(line -> line.startsWith("review")).count();
            assertEquals(400, post("/api/v1/residents", Map.of("idNumber", withWrongCheck(freshIdNumber()), "name", "待定",
                    "dwellingId", tree.dwelling)).status());
            assertEquals(reviews, guard.seen.stream().filter(line -> line.startsWith("review")).count());
        } finally {
            registration.unregister();
        }
        // Without the guard, the same name passes.
        RestIT.id(post("/api/v1/territory/nodes", RestIT.node(tree.building, "DWELLING", tree.communityCode + "-B1-8" + serial(), "待定")));
    }
}
