package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import javax.xml.ws.soap.SOAPFaultException;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.w3c.dom.Node;

/**
 * District policy plugins in a running platform: installed, bound, swapped and removed while
 * requests keep being served; parameters changed in {@code etc/}; a workflow hook refusing a
 * write; the shell commands; and every door's bad input.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PolicyIT extends LinliTestSupport {
    private static final LocalDate TODAY = LocalDate.now();
    @Inject
    private FeaturesService features;
    @Inject
    private SessionFactory shells;

    /** The demonstration district too: every plugin is evaluated on it in turn. */
    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.linli.demo.cfg", "seed", "20261123"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitUp();
    }

    @Test
    public void theDemonstrationDistrictUnderEachPluginInTurn() throws Exception {
        long district = awaitDemonstrationDistrict();
        // Every rule of the policy catalogue (docs/policies), 49 in all.
        Map<String, Integer> catalogue = Map.of("beijing", 15, "songjiang", 14, "dongying", 9, "jingzhou", 11);
        for (String plugin : List.of("beijing", "songjiang", "dongying", "jingzhou")) {
            ensureInstalled("linli-policy-" + plugin, plugin);
            bindAndSettle("110101", plugin);
            Set<String> rules = new TreeSet<>();
            get("/api/v1/policy/rules?plugin=" + plugin).json().forEach(rule -> rules.add(rule.path("id").asText()));
            assertEquals(plugin + ": " + rules, catalogue.get(plugin).intValue(), rules.size());
            // The shell lists the same rules, each with its clause quoted.
            String list = shell("linli:policy-list --plugin " + plugin);
            for (JsonNode rule : get("/api/v1/policy/rules?plugin=" + plugin).json()) {
                assertTrue(list, list.contains(rule.path("id").asText()));
                assertTrue(list, list.contains("「" + rule.path("clauseText").asText() + "」"));
            }
            JsonNode run = evaluate(district, null);
            Map<String, Set<String>> judged = new TreeMap<>();
            for (JsonNode finding : run.path("findings")) {
                assertEquals(finding.toString(), plugin, finding.path("plugin").asText());
                assertFalse(finding.toString(), finding.path("clauseText").asText().isBlank());
                assertFalse(finding.toString(), finding.path("messageZh").asText().isBlank());
                judged.computeIfAbsent(finding.path("communityName").asText(), c -> new TreeSet<>()).add(finding.path("ruleId").asText());
            }
            assertEquals(plugin + ": " + judged.keySet(), 12, judged.size());
            judged.forEach((community, ids) -> assertEquals(plugin + " on " + community, rules, ids));
            if (plugin.equals("jingzhou")) {
                // The demonstration district's projects and orders (DemoOrganisations): in every fourth community a
                // project completed without activities, in every third an order past the day it was needed.
                assertEquals(3, verdicts(run, "JZ-10").get("FAIL").intValue());
                assertEquals(6, verdicts(run, "JZ-10").get("PASS").intValue());
                assertEquals(4, verdicts(run, "JZ-11").get("FAIL").intValue());
            }
        }
        assertEquals(204, delete("/api/v1/policy/bindings/110101").status());
    }

    private static Map<String, Integer> verdicts(JsonNode run, String ruleId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode finding : run.path("findings")) {
            if (ruleId.equals(finding.path("ruleId").asText())) {
                counts.merge(finding.path("verdict").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    public void pluginsAreInstalledBoundSwappedAndRemovedWhileTheDoorsKeepServing() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String district = get("/api/v1/territory/nodes/" + tree.district).json().path("code").asText();
        long committee = committeeWithFiveSubCommittees(tree.community);
        facility(committee, "premises", 639);
        facility(committee, "open-office", 30);

        Traffic traffic = new Traffic(tree.community);
        traffic.start();
        try {
            // As a district IT team types it, with no options: the distribution refreshes nothing.
            features.installFeature("linli-policy-songjiang");
            awaitRules("songjiang", true);
            assertEquals(200, put("/api/v1/policy/bindings/" + district, Map.of("plugin", "songjiang")).status());

            JsonNode songjiang = evaluate(tree.street, null);
            JsonNode premises = only(findings(songjiang, "SJ-03"));
            assertEquals("FAIL", premises.path("verdict").asText());
            assertEquals("songjiang", premises.path("plugin").asText());
            assertTrue(premises.path("clauseText").asText(), premises.path("clauseText").asText().contains("640"));
            assertTrue(premises.toString(), premises.path("facts").toString().contains("639"));
            assertTrue(findings(songjiang, "BJ-01").isEmpty());

            features.installFeature("linli-policy-beijing");
            awaitRules("beijing", true);
            assertEquals(200, put("/api/v1/policy/bindings/" + district, Map.of("plugin", "beijing")).status());
            JsonNode beijing = evaluate(tree.street, null);
            assertTrue(findings(beijing, "SJ-03").isEmpty());
            JsonNode six = only(findings(beijing, "BJ-01"));
            assertEquals("FAIL", six.path("verdict").asText());
            assertTrue(six.path("clauseText").asText().contains("六个下属委员会"));
            List<JsonNode> sizes = findings(beijing, "BJ-02");
            assertEquals(5, sizes.size());
            sizes.forEach(size -> assertEquals(size.toString(), "PASS", size.path("verdict").asText()));

            // "How would this community fare under Songjiang's rules?" No binding changes.
            JsonNode comparison = post("/api/v1/policy/comparisons", Map.of("nodeId", tree.community, "right", "songjiang")).json();
            JsonNode verdicts = comparison.path("communities").get(0);
            assertEquals("beijing", verdicts.path("leftPlugin").asText());
            assertEquals("songjiang", verdicts.path("rightPlugin").asText());
            assertTrue(verdicts.path("newFailures").toString().contains("SJ-03"));
            assertTrue(verdicts.path("resolvedFailures").toString().contains("BJ-01"));
            assertEquals("beijing", governing(district));
            JsonNode preview = post("/api/v1/policy/previews", Map.of("nodeId", tree.street, "plugin", "songjiang")).json();
            assertEquals("PREVIEW", preview.path("right").path("purpose").asText());
            assertFalse(findings(preview.path("right"), "SJ-03").isEmpty());
            assertEquals("beijing", governing(district));

            features.uninstallFeature("linli-policy-songjiang");
            awaitRules("songjiang", false);
            Answer gone = post("/api/v1/policy/evaluations", Map.of("nodeId", tree.street, "plugin", "songjiang"));
            assertEquals(400, gone.status());
            assertEquals("plugin", gone.errorField());
            assertEquals("not_installed", gone.errorCode());
            assertEquals("FAIL", only(findings(evaluate(tree.community, null), "BJ-01")).path("verdict").asText());
        } finally {
            traffic.stop();
        }
        assertTrue("requests were served throughout: " + traffic, traffic.served.get() > 10);
        assertEquals("failed requests while plugins came and went: " + traffic.failures, 0, traffic.failed.get());

        // Findings are stored with their clause: the history of one rule on one community.
        JsonNode history = get("/api/v1/policy/findings?communityId=" + tree.community + "&ruleId=BJ-01").json();
        assertTrue(history.path("total").asInt() >= 2);
        assertEquals("FAIL", history.path("items").get(0).path("verdict").asText());
        JsonNode runs = get("/api/v1/policy/evaluations?nodeId=" + tree.street).json();
        assertTrue(runs.path("total").asInt() >= 2);
        long runId = runs.path("items").get(0).path("id").asLong();
        JsonNode stored = get("/api/v1/policy/evaluations/" + runId).json();
        assertFalse(stored.path("findings").isEmpty());
        assertEquals("demo", stored.path("evaluatedBy").asText());
        // The audit log names the user, the rules and the plugin version of each run.
        JsonNode audit = get("/api/v1/audit?entity=policy-run&entityId=" + runId).json();
        assertEquals(audit.toString(), 1, audit.path("total").asInt());
        assertTrue(audit.toString(), audit.path("items").get(0).path("detail").asText().startsWith("plugin beijing "));
        assertTrue(audit.toString(), audit.path("items").get(0).path("fields").toString().contains("BJ-01"));
    }

    @Test
    public void jingzhouKeepsTheContestsOrderAndTheServiceList() throws Exception {
        ensureInstalled("linli-policy-jingzhou", "jingzhou");
        RestIT.Tree tree = new RestIT.Tree();
        String district = get("/api/v1/territory/nodes/" + tree.district).json().path("code").asText();
        assertEquals(200, put("/api/v1/policy/bindings/" + district, Map.of("plugin", "jingzhou")).status());
        LocalDate today = LocalDate.now();

        // A contest held by the street: the street's plugin governs it and its projects.
        long contest = RestIT.id(post("/api/v1/venture-contests", Map.of("nodeId", tree.street, "name", "公益微创投大赛",
                "callOpensOn", today.minusDays(40).toString(), "callClosesOn", today.minusDays(20).toString(),
                "decidedOn", today.minusDays(15).toString(), "fund", 8000)));
        Map<String, Object> project = new LinkedHashMap<>(Map.of("contestId", contest, "communityId", tree.community,
                "title", "邻里书屋", "field", "culture", "proposerName", "李老师", "proposedOn", today.minusDays(30).toString(),
                "status", "PROPOSED"));
        long projectId = RestIT.id(post("/api/v1/venture-projects", project));
        project.putAll(Map.of("status", "FUNDED", "decidedOn", today.minusDays(15).toString(),
                "fundedOn", today.minusDays(10).toString(), "grantAmount", 3000));
        Answer skipped = put("/api/v1/venture-projects/" + projectId, project);
        assertEquals(skipped.body(), "step_skipped", skipped.errorCode());
        assertTrue(skipped.body(), skipped.body().contains("JZ-10"));
        Map<String, Object> activity = Map.of("projectId", projectId, "heldOn", today.minusDays(1).toString(),
                "title", "读书会", "beneficiaries", 20);
        assertEquals("not_funded", post("/api/v1/venture-activities", activity).errorCode());
        project.putAll(Map.of("status", "SELECTED"));
        for (String key : List.of("fundedOn", "grantAmount")) {
            project.remove(key);
        }
        assertEquals(200, put("/api/v1/venture-projects/" + projectId, project).status());
        project.putAll(Map.of("status", "FUNDED", "fundedOn", today.minusDays(10).toString(), "grantAmount", 3000));
        assertEquals(200, put("/api/v1/venture-projects/" + projectId, project).status());
        RestIT.id(post("/api/v1/venture-activities", activity));

        // The list is the offering organisation's community's to govern, though every reader sees it.
        long company = OrganisationsIT.organisation("PROPERTY_COMPANY", "万家物业", tree.community, null, null);
        Map<String, Object> offer = new LinkedHashMap<>(Map.of("organisationId", company, "title", "上门维修", "category", "维修",
                "pricing", "FREE", "offeredFrom", today.minusDays(5).toString()));
        assertEquals("not_provider", post("/api/v1/service-offers", offer).errorCode());
        offer.put("organisationId", OrganisationsIT.organisation("SOCIAL_ORGANISATION", "长乐社工", tree.community, null,
                "professional-service"));
        long offerId = RestIT.id(post("/api/v1/service-offers", offer));
        long owners = OrganisationsIT.organisation("OWNERS_COMMITTEE", "业主委员会", tree.community, null, null);
        Map<String, Object> order = new LinkedHashMap<>(Map.of("offerId", offerId, "organisationId", owners,
                "orderedOn", today.toString(), "status", "ORDERED"));
        assertEquals("not_orderer", post("/api/v1/service-orders", order).errorCode());
        order.put("organisationId", OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "居委会", tree.community, null, null));
        RestIT.id(post("/api/v1/service-orders", order));

        JsonNode run = evaluate(tree.community, null);
        assertEquals("PASS", only(findings(run, "JZ-10")).path("verdict").asText());
        assertEquals("PASS", only(findings(run, "JZ-11")).path("verdict").asText());
    }

    @Test
    public void aParameterChangedUnderEtcChangesTheNextVerdict() throws Exception {
        ensureInstalled("linli-policy-songjiang", "songjiang");
        RestIT.Tree tree = shortOfPremises();

        Path file = Path.of(System.getProperty("karaf.etc"), "org.linli.policy.songjiang.cfg");
        Files.writeString(file, "\nSJ-03.minPremisesArea@" + tree.communityCode + " = 600\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long deadline = System.currentTimeMillis() + 30_000;
        String verdict = premisesVerdict(tree.community);
        while (!"PASS".equals(verdict) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            verdict = premisesVerdict(tree.community);
        }
        assertEquals("PASS", verdict);
        JsonNode values = get("/api/v1/policy/parameters?plugin=songjiang&nodeId=" + tree.community).json();
        boolean found = false;
        for (JsonNode value : values) {
            if (value.path("ruleId").asText().equals("SJ-03") && value.path("name").asText().equals("minPremisesArea")) {
                assertEquals("600", value.path("value").asText());
                assertEquals(tree.communityCode, value.path("source").asText());
                found = true;
            }
        }
        assertTrue(values.toString(), found);
        // A neighbouring community keeps the plugin's default.
        shortOfPremises();
    }

    @Test
    public void aParameterSetThroughTheDoorsGovernsTheNextVerdictAndIsAudited() throws Exception {
        ensureInstalled("linli-policy-songjiang", "songjiang");
        RestIT.Tree tree = shortOfPremises();
        String path = "/api/v1/policy/parameters/songjiang/SJ-03/minPremisesArea/" + tree.communityCode;

        // Refused, each at its cause, and nothing set.
        Answer word = put(path, Map.of("value", "six hundred"));
        assertEquals(word.toString(), 400, word.status());
        assertEquals("value", word.errorField());
        assertEquals("integer", word.errorCode());
        assertEquals("value", put(path, Map.of("value", " ")).errorField());
        assertEquals("value", put(path, Map.of("value", "6\n00")).errorField());
        assertEquals(404, put("/api/v1/policy/parameters/songjiang/SJ-99/minPremisesArea/" + tree.communityCode, Map.of("value", "600")).status());
        assertEquals(404, put("/api/v1/policy/parameters/songjiang/SJ-03/noSuchThing/" + tree.communityCode, Map.of("value", "600")).status());
        assertEquals(404, put("/api/v1/policy/parameters/atlantis/SJ-03/minPremisesArea/" + tree.communityCode, Map.of("value", "600")).status());
        assertEquals(404, put("/api/v1/policy/parameters/songjiang/SJ-03/minPremisesArea/NO-SUCH-NODE", Map.of("value", "600")).status());
        Answer grid = put("/api/v1/policy/parameters/songjiang/SJ-03/minPremisesArea/" + tree.communityCode + "-G1", Map.of("value", "600"));
        assertEquals(grid.toString(), 400, grid.status());
        assertEquals("code", grid.errorField());
        assertEquals(403, call("PUT", path, "{\"value\":\"600\"}", "staff", "staff").status());
        assertEquals(403, call("PUT", path, "{\"value\":\"600\"}", "street", "street").status());
        assertEquals("FAIL", premisesVerdict(tree.community));

        Answer set = put(path, Map.of("value", " 600 "));
        assertEquals(set.toString(), 200, set.status());
        assertEquals("600", set.json().path("value").asText());
        assertEquals(tree.communityCode, set.json().path("source").asText());
        assertEquals("PASS", premisesVerdict(tree.community));
        // Kept in the plugin's file under etc/, so that it outlives a restart (Karaf writes it back shortly).
        Path file = Path.of(System.getProperty("karaf.etc"), "org.linli.policy.songjiang.cfg");
        String key = "SJ-03.minPremisesArea@" + tree.communityCode;
        long deadline = System.currentTimeMillis() + 15_000;
        while (!Files.readString(file).contains(key) && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
        }
        assertTrue(Files.readString(file), Files.readString(file).contains(key));
        JsonNode audited = get("/api/v1/audit?action=set-parameter&entityId=" + key).json().path("items");
        assertEquals(audited.toString(), 1, audited.size());
        assertTrue(audited.toString(), audited.get(0).path("detail").asText().endsWith("none -> 600"));

        // SOAP, through its WSDL: a value that is no number is a fault at the field; a good one is set.
        try {
            invoke("policy", "setParameter", "<plugin>songjiang</plugin><ruleId>SJ-03</ruleId><name>minPremisesArea</name><code>"
                    + tree.communityCode + "</code><value>many</value>");
            fail("a word where a number belongs must be refused");
        } catch (SOAPFaultException e) {
            assertEquals("value", text(detail(e), "//*[local-name()='error']/*[local-name()='field']"));
        }
        Node soapSet = invoke("policy", "setParameter", "<plugin>songjiang</plugin><ruleId>SJ-03</ruleId><name>minPremisesArea</name><code>"
                + tree.communityCode + "</code><value>610</value>");
        assertEquals("610", text(soapSet, "//*[local-name()='parameter']/*[local-name()='value']"));
        assertEquals("PASS", premisesVerdict(tree.community));

        // Removed: the plugin's default governs again; a second removal finds nothing.
        assertEquals(204, delete(path).status());
        assertEquals("FAIL", premisesVerdict(tree.community));
        assertEquals(404, delete(path).status());
    }

    @Test
    public void aDistrictEvaluatedInTheBackgroundReportsItsProgress() throws Exception {
        long district = awaitDemonstrationDistrict();
        ensureInstalled("linli-policy-beijing", "beijing");
        long communities = get("/api/v1/territory/nodes?level=COMMUNITY&withinId=" + district + "&size=1").json().path("total").asLong();
        assertTrue(communities > 1);

        Answer started = post("/api/v1/policy/evaluation-jobs", Map.of("nodeId", district, "plugin", "beijing"));
        assertEquals(started.toString(), 202, started.status());
        String id = started.json().path("id").asText();
        assertTrue(started.headers().firstValue("Location").orElse("").endsWith("/policy/evaluation-jobs/" + id));
        assertEquals(communities, started.json().path("communities").asLong());
        // Only the one who started a job reads it; another user with the same permission hears it does not exist.
        assertEquals(404, getAs("street", "/api/v1/policy/evaluation-jobs/" + id).status());
        assertEquals(403, getAs("auditor", "/api/v1/policy/evaluation-jobs/" + id).status());

        JsonNode job = started.json();
        long deadline = System.currentTimeMillis() + 120_000;
        long lastSeen = 0;
        while (!job.path("state").asText().equals("DONE") && System.currentTimeMillis() < deadline) {
            assertTrue(job.toString(), Set.of("QUEUED", "RUNNING").contains(job.path("state").asText()));
            assertTrue(job.toString(), job.path("evaluated").asLong() >= lastSeen);
            lastSeen = job.path("evaluated").asLong();
            Thread.sleep(100);
            job = get("/api/v1/policy/evaluation-jobs/" + id).json();
        }
        assertEquals(job.toString(), "DONE", job.path("state").asText());
        assertEquals(communities, job.path("evaluated").asLong());
        JsonNode run = get("/api/v1/policy/evaluations/" + job.path("evaluationId").asLong()).json();
        assertEquals(district, run.path("nodeId").asLong());
        assertEquals("beijing", run.path("plugin").asText());
        Set<Long> judged = new TreeSet<>();
        run.path("findings").forEach(finding -> judged.add(finding.path("communityId").asLong()));
        assertEquals(communities, judged.size());

        // What is wrong is refused before anything runs.
        Answer grid = post("/api/v1/policy/evaluation-jobs", Map.of("nodeId", new RestIT.Tree().grid));
        assertEquals(grid.toString(), 400, grid.status());
        assertEquals("nodeId", grid.errorField());
        assertEquals("plugin", post("/api/v1/policy/evaluation-jobs", Map.of("nodeId", district, "plugin", "atlantis")).errorField());
        assertEquals(404, get("/api/v1/policy/evaluation-jobs/no-such-job").status());
    }

    @Test
    public void beijingRefusesPublicWelfareSpendingWithoutAConsultation() throws Exception {
        ensureInstalled("linli-policy-beijing", "beijing");
        RestIT.Tree tree = new RestIT.Tree();
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "公益金居委会", tree.community, null, null);
        Map<String, Object> line = new LinkedHashMap<>(Map.of("organisationId", committee, "fiscalYear", TODAY.getYear(),
                "fund", "public-welfare", "amount", 20000));
        long budget = RestIT.id(post("/api/v1/budget-lines", line));
        Map<String, Object> spending = new LinkedHashMap<>(Map.of("budgetLineId", budget, "spentOn", TODAY.toString(),
                "amount", 3000, "purpose", "楼道照明"));
        // Not bound yet: the core rules alone, which allow it.
        long unbound = RestIT.id(post("/api/v1/spendings", spending));
        assertEquals(204, delete("/api/v1/spendings/" + unbound).status());

        String street = get("/api/v1/territory/nodes/" + tree.street).json().path("code").asText();
        bindAndSettle(street, "beijing");
        Answer refused = post("/api/v1/spendings", spending);
        assertEquals(refused.toString(), 400, refused.status());
        assertEquals("consultationMeetingId", refused.errorField());
        assertTrue(refused.body(), refused.body().contains("BJ-11"));
        assertEquals(0, get("/api/v1/spendings?organisationId=" + committee).json().path("total").asInt());

        spending.put("consultationMeetingId", OrganisationsIT.meeting(committee, "consultation", TODAY.minusDays(3)));
        RestIT.id(post("/api/v1/spendings", spending));

        // BJ-14 gives a whistle dispatch sent without a deadline the plugin's report time (72 hours).
        long request = ServicesIT.request(ServicesIT.service("吹哨事项", 5, "WORKING_DAYS", List.of("linli-admin")), tree.dwelling, null);
        assertEquals(200, post("/api/v1/requests/" + request + "/steps", Map.of("action", "ACCEPT")).status());
        JsonNode dispatch = post("/api/v1/dispatches", Map.of("requestId", request, "department", "区城管委")).json();
        long minutes = Duration.between(LocalDateTime.parse(dispatch.path("sentAt").asText()),
                LocalDateTime.parse(dispatch.path("deadline").asText())).toMinutes();
        assertTrue(dispatch.toString(), minutes > 72 * 60 - 2 && minutes <= 72 * 60);
        assertEquals(204, delete("/api/v1/policy/bindings/" + street).status());
        // Unbound again, the core asks for the deadline itself.
        assertEquals("deadline", post("/api/v1/dispatches", Map.of("requestId", request, "department", "区民政局")).errorField());
        assertEquals("", governing(street));
    }

    @Test
    public void theShellListsRulesWithClausesAndEvaluates() throws Exception {
        ensureInstalled("linli-policy-beijing", "beijing");
        RestIT.Tree tree = new RestIT.Tree();
        String district = get("/api/v1/territory/nodes/" + tree.district).json().path("code").asText();
        committeeWithFiveSubCommittees(tree.community);

        String list = shell("linli:policy-list --plugin beijing");
        assertTrue(list, list.contains("BJ-01"));
        assertTrue(list, list.contains("BJ-15"));
        assertTrue(list, list.contains("六个下属委员会"));
        assertTrue(shell("linli:policy-bind " + district + " beijing").contains("beijing"));
        assertEquals("beijing", governing(district));
        String evaluation = shell("linli:evaluate --failures " + tree.community);
        assertTrue(evaluation, evaluation.contains("BJ-01"));
        assertTrue(evaluation, evaluation.contains("FAIL"));
        shell("linli:policy-bind --remove " + district);
        assertEquals("", governing(district));

        // The console acts as its user: a street officer's role and street, and no further.
        String street = "street";
        assertTrue(refusal(() -> shellAsUser(shells, street, "linli:policy-bind " + district + " beijing", "linli-street-officer"))
                .contains("Command not found"));
        assertEquals("", governing(district));
        String outside = refusal(() -> shellAsUser(shells, street, "linli:evaluate " + tree.community, "linli-street-officer"));
        assertTrue(outside, outside.contains("does not exist"));
        assertTrue(refusal(() -> shell(shells, "linli:policy-list")).contains("Command not found"));
        assertTrue(shellAsUser(shells, street, "linli:policy-list --plugin beijing", "linli-street-officer").contains("BJ-01"));
    }

    /** What a console command that must be refused answered: its exception's message. */
    private static String refusal(java.util.concurrent.Callable<String> command) {
        try {
            return "ran: " + command.call();
        } catch (Exception e) {
            return String.valueOf(e.getMessage()) + " " + e.getCause();
        }
    }

    @Test
    public void badInputIsRefusedByEveryDoorAndRolesDecide() throws Exception {
        ensureInstalled("linli-policy-beijing", "beijing");
        RestIT.Tree tree = new RestIT.Tree();
        JsonNode rules = get("/api/v1/policy/rules?plugin=beijing").json();
        assertEquals(15, rules.size());
        assertFalse(rules.get(0).path("clauseText").asText().isBlank());
        assertFalse(rules.get(0).path("pluginVersion").asText().isBlank());

        assertEquals("nodeId", post("/api/v1/policy/evaluations", Map.of("plugin", "beijing")).errorField());
        Answer future = post("/api/v1/policy/evaluations", Map.of("nodeId", tree.community, "asOf", TODAY.plusDays(1).toString()));
        assertEquals(400, future.status());
        assertEquals("asOf", future.errorField());
        Answer grid = post("/api/v1/policy/evaluations", Map.of("nodeId", tree.grid));
        assertEquals(400, grid.status());
        assertEquals("nodeId", grid.errorField());
        Answer missing = post("/api/v1/policy/evaluations", Map.of("nodeId", 999_999_999L));
        assertEquals(missing.toString(), 400, missing.status());
        assertEquals("nodeId", missing.errorField());
        assertEquals("not_found", missing.errorCode());
        Answer unknown = put("/api/v1/policy/bindings/" + tree.communityCode, Map.of("plugin", "atlantis"));
        assertEquals(400, unknown.status());
        assertEquals("plugin", unknown.errorField());
        assertEquals(404, put("/api/v1/policy/bindings/NO-SUCH-NODE", Map.of("plugin", "beijing")).status());
        assertEquals(404, delete("/api/v1/policy/bindings/NO-SUCH-NODE").status());
        assertEquals("ruleId", get("/api/v1/policy/findings?communityId=" + tree.community).errorField());
        long runsBefore = get("/api/v1/policy/evaluations?nodeId=" + tree.community).json().path("total").asLong();
        assertEquals(0, runsBefore);

        // Roles: a grid worker may not bind, an auditor may read rules but not evaluate.
        assertEquals(403, call("PUT", "/api/v1/policy/bindings/" + tree.communityCode, "{\"plugin\":\"beijing\"}", "grid", "grid").status());
        assertEquals(200, getAs("auditor", "/api/v1/policy/rules").status());
        assertEquals(403, postAs("auditor", "/api/v1/policy/evaluations", Map.of("nodeId", tree.community)).status());
        assertEquals(401, call("GET", "/api/v1/policy/rules", null, "demo", "wrong").status());

        // SOAP, through its WSDL.
        Node listed = invoke("policy", "listRules", "<plugin>beijing</plugin>");
        assertTrue(text(listed, "//*[local-name()='rule'][1]/*[local-name()='clauseText']").length() > 5);
        Node evaluated = invoke("policy", "evaluate", "<nodeId>" + tree.community + "</nodeId><plugin>beijing</plugin>");
        assertEquals("BJ-01", text(evaluated, "//*[local-name()='findings'][*[local-name()='ruleId']='BJ-01']/*[local-name()='ruleId']"));
        try {
            invoke("policy", "evaluate", "<nodeId>" + tree.community + "</nodeId><asOf>" + TODAY.plusDays(2) + "</asOf>");
            fail("a future day must be refused");
        } catch (SOAPFaultException e) {
            assertEquals("asOf", text(detail(e), "//*[local-name()='error']/*[local-name()='field']"));
        }
        // The refused calls stored nothing; the SOAP evaluation stored one run.
        assertEquals(1, get("/api/v1/policy/evaluations?nodeId=" + tree.community).json().path("total").asLong());
    }

    /**
     * DY-08 一窗受理: a service the catalogue lets only community staff accept is accepted by a grid
     * worker's counter where the demonstration district follows Dongying, and refused (403) with the
     * same request where it follows Beijing.
     */
    @Test
    public void oneWindowAcceptanceFollowsTheDistrictsPlugin() throws Exception {
        awaitDemonstrationDistrict();
        ensureInstalled("linli-policy-beijing", "beijing");
        ensureInstalled("linli-policy-dongying", "dongying");
        String before = governing("110101");
        String code = ServicesIT.service("仅社区工作者受理的服务", 3, "WORKING_DAYS", List.of("linli-community-staff"));
        long grid = get("/api/v1/territory/nodes?code=110101001001-G1").json().path("items").get(0).path("id").asLong();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("serviceCode", code, "description", "居民来窗口办理",
                "nodeId", grid, "channel", "COUNTER"));
        long request = RestIT.id(post("/api/v1/requests", body));
        Map<String, Object> accept = Map.of("action", "ACCEPT");
        try {
            assertEquals(200, put("/api/v1/policy/bindings/110101", Map.of("plugin", "beijing")).status());
            Answer refused = postAs("grid", "/api/v1/requests/" + request + "/steps", accept);
            assertEquals(refused.toString(), 403, refused.status());
            assertEquals("RECEIVED", get("/api/v1/requests/" + request).json().path("status").asText());

            assertEquals(200, put("/api/v1/policy/bindings/110101", Map.of("plugin", "dongying")).status());
            Answer accepted = postAs("grid", "/api/v1/requests/" + request + "/steps", accept);
            assertEquals(accepted.toString(), 200, accepted.status());
            assertEquals("ACCEPTED", accepted.json().path("status").asText());
            assertEquals("grid", accepted.json().path("owner").asText());
            // The same counter could not start a request it does not own: first responsibility stays.
            long other = RestIT.id(post("/api/v1/requests", body));
            assertEquals(200, postAs("grid", "/api/v1/requests/" + other + "/steps", accept).status());
            assertEquals(409, postAs("staff", "/api/v1/requests/" + other + "/steps", Map.of("action", "START")).status());
        } finally {
            if (before.isEmpty()) {
                delete("/api/v1/policy/bindings/110101");
            } else {
                put("/api/v1/policy/bindings/110101", Map.of("plugin", before));
            }
        }
    }

    private static long committeeWithFiveSubCommittees(long community) {
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "测试居委会", community, null, null);
        long term = OrganisationsIT.term(committee, TODAY.minusYears(1), TODAY.plusYears(4), 7);
        RestIT.id(post("/api/v1/memberships", OrganisationsIT.member(term, "刘主任", "CHAIR", false)));
        for (String kind : OrganisationsIT.BEIJING_SIX.subList(0, 5)) {
            long sub = OrganisationsIT.organisation("SUB_COMMITTEE", kind, community, committee, kind);
            long subTerm = OrganisationsIT.term(sub, TODAY.minusYears(1), TODAY.plusYears(4), 9);
            RestIT.id(post("/api/v1/memberships", OrganisationsIT.member(subTerm, "刘主任", "CHAIR", true)));
            for (int i = 1; i < 7; i++) {
                RestIT.id(post("/api/v1/memberships", OrganisationsIT.member(subTerm, kind + "委员" + i, "MEMBER", i <= 3)));
            }
        }
        return committee;
    }

    /** A new community whose committee's premises (620 m²) fall short of Songjiang's default 640 m² (SJ-03). */
    private static RestIT.Tree shortOfPremises() {
        RestIT.Tree tree = new RestIT.Tree();
        long committee = committeeWithFiveSubCommittees(tree.community);
        facility(committee, "premises", 620);
        facility(committee, "open-office", 30);
        assertEquals("FAIL", premisesVerdict(tree.community));
        return tree;
    }

    private static void facility(long organisation, String kind, int area) {
        RestIT.id(post("/api/v1/facilities", Map.of("organisationId", organisation, "kind", kind, "name", kind,
                "area", area, "since", TODAY.minusYears(2).toString())));
    }

    private static JsonNode evaluate(long node, String plugin) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", node);
        if (plugin != null) {
            body.put("plugin", plugin);
        }
        Answer answer = post("/api/v1/policy/evaluations", body);
        assertEquals(answer.toString(), 201, answer.status());
        return answer.json();
    }

    private static String premisesVerdict(long community) {
        return only(findings(evaluate(community, "songjiang"), "SJ-03")).path("verdict").asText();
    }

    private static List<JsonNode> findings(JsonNode evaluation, String rule) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode finding : evaluation.path("findings")) {
            if (finding.path("ruleId").asText().equals(rule)) {
                found.add(finding);
            }
        }
        return found;
    }

    private static JsonNode only(List<JsonNode> findings) {
        assertEquals(findings.toString(), 1, findings.size());
        return findings.get(0);
    }

    private void ensureInstalled(String feature, String plugin) throws Exception {
        if (!features.isInstalled(features.getFeature(feature))) {
            features.installFeature(feature);
        }
        awaitRules(plugin, true);
    }

    /** A command of bin/karaf's console user, whose Karaf roles include linli-admin (karaf.local.roles). */
    private String shell(String command) throws Exception {
        return shellAs(shells, command, "admin", "linli-admin");
    }

    /** Requests made all along, as an integrator's polling would: every one must be answered. */
    private static final class Traffic {
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Traffic(long community) {
            thread = new Thread(() -> {
                List<String> paths = List.of("/api/v1/health", "/api/v1/territory/nodes/" + community, "/api/v1/policy/rules",
                        "/api/v1/organisations?communityId=" + community);
                int i = 0;
                while (running.get()) {
                    String path = paths.get(i++ % paths.size());
                    try {
                        Answer answer = get(path);
                        if (answer.status() == 200) {
                            served.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            failures.add(path + " " + answer.status());
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                        failures.add(path + " " + e);
                    }
                }
            }, "policy-it-traffic");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(10_000);
        }

        @Override
        public String toString() {
            return served + " served, " + failed + " failed " + failures;
        }
    }
}
