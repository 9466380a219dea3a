package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The web console in a real headless Chromium, on the demonstration district, as its users work
 * with it: each role signs in and sees only what it may; a community worker finds a resident
 * and fixes an ID number at its field; the language switches; a forged write and a session past
 * its idle time are refused; the menu folds into a drawer at phone width. The screens are saved
 * as pictures on the way (target/console), the ones docs/console shows.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsoleBrowserIT extends LinliTestSupport {
    private static final int IDLE_MINUTES = 30;
    /** The sessions' clock, which the test moves on to see a session end; the rest of Linli keeps the real one. */
    private static final MovableClock CLOCK = new MovableClock();
    private static ServiceRegistration<Clock> clockRegistration;

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configs;
    private final List<Browser> browsers = new ArrayList<>();

    @Override
    @Configuration
    public Option[] config() throws Exception {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.linli.demo.cfg", "seed", "20261123"));
        options.add(editConfigurationFilePut("etc/org.linli.sessions.cfg", "idleMinutes", String.valueOf(IDLE_MINUTES)));
        options.add(editConfigurationFilePut("etc/org.linli.sessions.cfg", "clock.target", "(linli.clock=console-test)"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void platformIsUp() throws InterruptedException {
        synchronized (ConsoleBrowserIT.class) {
            if (clockRegistration == null) {
                Dictionary<String, Object> properties = new Hashtable<>(Map.of("linli.clock", "console-test"));
                clockRegistration = context.registerService(Clock.class, CLOCK, properties);
            }
        }
        awaitUp();
        awaitDemonstrationDistrict();
        // The sessions come up once their clock is there.
        long deadline = System.currentTimeMillis() + 30_000;
        while (call("POST", "/api/v1/session", null, "staff", "staff").status() != 201) {
            assertTrue("the console's sessions did not start", System.currentTimeMillis() < deadline);
            Thread.sleep(250);
        }
    }

    @After
    public void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    public void eachRoleSeesOnlyWhatItMay() throws Exception {
        Browser browser = browser(1280, 900);
        Set<String> menus = new TreeSet<>();
        Map<String, Long> residentsSeen = new java.util.TreeMap<>();
        for (String user : List.of("demo", "street", "staff", "grid", "auditor", "integrator")) {
            signIn(browser, user);
            // The menu lists the screens and the kinds the door lets this user read, in Chinese.
            String permissions = call("POST", "/api/v1/session", null, user, user).json().path("permissions").toString();
            Set<String> expected = new TreeSet<>(List.of("首页"));
            SCREENS.forEach((permission, screen) -> {
                if (permissions.contains("\"" + permission + "\"")) {
                    expected.add(screen);
                }
            });
            for (JsonNode kind : getAs(user, "/api/v1/kinds").json()) {
                expected.add(kind.path("labels").path("zh").asText());
            }
            Set<String> menu = browser.await("the menu of " + user, () -> {
                Set<String> items = texts(browser, ".side .el-menu-item");
                return items.equals(expected) ? items : null;
            });
            menus.add(String.join(",", menu));
            // The figures are the user's jurisdiction's, each only if the user may read it.
            boolean readsResidents = permissions.contains("\"RESIDENT_READ\"");
            if (readsResidents) {
                long total = getAs(user, "/api/v1/residents?size=1").json().path("total").asLong();
                residentsSeen.put(user, awaitFigure(browser, user, "居民", total));
            }
            if (permissions.contains("\"REQUEST_READ\"")) {
                awaitFigure(browser, user, "超期诉求", getAs(user, "/api/v1/requests?overdue=true&size=1").json().path("total").asLong());
            }
            if (!readsResidents) {
                browser.find(".title", "首页");
                assertTrue(user + " sees no residents figure", texts(browser, ".figure .el-statistic__head").stream().noneMatch(t -> t.equals("居民")));
            }
            signOut(browser);
        }
        // The roles differ, and so do the menus and the figures: a grid worker sees fewer residents than the street.
        assertTrue(menus.toString(), menus.size() >= 2);
        assertTrue(residentsSeen.toString(), residentsSeen.get("grid") < residentsSeen.get("staff"));
        assertTrue(residentsSeen.toString(), residentsSeen.get("staff") < residentsSeen.get("street"));
        assertTrue(residentsSeen.toString(), residentsSeen.get("street") <= residentsSeen.get("demo"));
    }

    @Test
    public void aCommunityWorkerFindsAResidentAndFixesTheIdNumberAtItsField() throws Exception {
        Browser browser = browser(1280, 900);
        browser.open(base() + "/console/kinds/residents");
        // A link into the console asks for sign-in first, then opens where it pointed.
        signInHere(browser, "staff");
        browser.find(".el-table__row");
        JsonNode some = getAs("staff", "/api/v1/residents?size=1").json().path("items").get(0);
        String prefix = some.path("name").asText().substring(0, 1);
        long matching = getAs("staff", "/api/v1/residents?size=1&name=" + java.net.URLEncoder.encode(prefix, StandardCharsets.UTF_8))
                .json().path("total").asLong();
        // Search as you type: no button to press.
        browser.find("#filter-name").type(prefix);
        browser.await("the list of residents whose name starts with " + prefix, () ->
                browser.find(".el-pagination__total").text().replaceAll("[^0-9]", "").equals(String.valueOf(matching)));
        for (String name : column(browser, "姓名")) {
            assertTrue(name, name.startsWith(prefix));
        }
        browser.screenshot(picture("residents"));

        // A new resident with the check character of the ID number wrong: the error is at the ID field, in Chinese.
        String idNumber = freshIdNumber();
        long before = getAs("demo", "/api/v1/residents?size=1").json().path("total").asLong();
        browser.find(".heading button", "新建").click();
        browser.find("#field-idNumber").type(withWrongCheck(idNumber));
        browser.find("#field-name").type("测试居民");
        // The dwelling is picked by its name, as a worker knows it, not by its id.
        JsonNode dwelling = getAs("staff", "/api/v1/territory/nodes?level=DWELLING&size=1").json().path("items").get(0);
        browser.find("#field-dwellingId").type(dwelling.path("name").asText());
        browser.find(".el-select-dropdown__item", "（" + dwelling.path("code").asText() + "）").click();
        browser.find(".record button[type=submit]").click();
        String error = browser.await("the ID number's error", () -> fieldError(browser, "field-idNumber"));
        assertEquals("校验码不正确，请核对号码", error);
        // Readable (WCAG 2.1 AA, 4.5:1): the error on the page, and the white words on the primary button.
        assertTrue("field error contrast", contrast(browser, ".el-form-item__error", false) >= 4.5);
        assertTrue("primary button contrast", contrast(browser, ".record .el-button--primary", true) >= 4.5);
        browser.screenshot(picture("resident-error"));
        assertEquals("nothing was stored", before, getAs("demo", "/api/v1/residents?size=1").json().path("total").asLong());

        // Fixed there, the resident is stored and found.
        browser.find("#field-idNumber").retype(idNumber);
        browser.find(".record button[type=submit]").click();
        browser.find(".el-message", "已保存");
        JsonNode stored = getAs("staff", "/api/v1/residents?idNumber=" + idNumber).json().path("items");
        assertEquals(stored.toString(), 1, stored.size());
        assertEquals("测试居民", stored.get(0).path("name").asText());
    }

    @Test
    public void personalDataIsRevealedOnlyWithAReasonThatIsAudited() throws Exception {
        Browser browser = browser(1280, 900);
        // A grid worker sees ID numbers masked and is offered no way round it.
        signIn(browser, "grid");
        browser.open(base() + "/console/kinds/residents");
        browser.find(".el-table__row");
        assertTrue(browser.absent(".reveal"));
        signOut(browser);

        signIn(browser, "street");
        browser.open(base() + "/console/kinds/residents");
        JsonNode first = getAs("street", "/api/v1/residents?size=20").json().path("items").get(0);
        assertTrue(first.toString(), first.path("idNumber").asText().contains("*"));
        browser.find(".el-table__row", first.path("idNumber").asText());
        assertFalse("the list shows no ID number whole", browser.script("return document.body.innerText").asText()
                .matches("(?s).*\\d{17}[\\dX].*"));
        browser.find(".el-table__row", first.path("idNumber").asText()).inside(".reveal").click();
        browser.find(".reveal-submit").click();
        assertEquals("必填", browser.await("the reason's error", () -> fieldError(browser, "reveal-reason")));
        String reason = "核实低保申请材料 " + serial();
        browser.find("#reveal-reason").type(reason);
        browser.find(".reveal-submit").click();
        String shown = browser.find(".revealed .id-number").text();
        assertFalse(shown, shown.contains("*"));
        assertEquals(18, shown.length());
        // The reveal is in the audit log, with the reason given in the console.
        JsonNode audit = getAs("demo", "/api/v1/audit?action=reveal&entity=resident&entityId=" + first.path("id").asLong()).json();
        assertTrue(audit.toString(), audit.toString().contains(reason) && audit.toString().contains("street"));
        browser.screenshot(picture("reveal"));
    }

    @Test
    public void aRecordOpensOnTheRecordsThatPointAtIt() throws Exception {
        JsonNode worker = getAs("staff", "/api/v1/workers?account=staff").json().path("items").get(0);
        long visits = getAs("staff", "/api/v1/visits?workerId=" + worker.path("id").asLong() + "&size=1").json().path("total").asLong();
        long community = getAs("staff", "/api/v1/territory/nodes?code=110101001001").json().path("items").get(0).path("id").asLong();
        JsonNode committee = getAs("staff", "/api/v1/organisations?kind=RESIDENTS_COMMITTEE&communityId=" + community).json()
                .path("items").get(0);
        long subCommittees = getAs("staff", "/api/v1/organisations?parentId=" + committee.path("id").asLong() + "&size=1").json()
                .path("total").asLong();
        assertTrue("the demonstration committee has sub-committees", subCommittees > 0);
        Browser browser = browser(1280, 900);
        signIn(browser, "staff");

        // A worker's visits, under the worker: found because visits have a workerId filter, with no console code for it.
        browser.open(base() + "/console/kinds/workers");
        browser.find("#filter-name").type(worker.path("name").asText());
        browser.find(".el-table__row", worker.path("name").asText()).click();
        // Visits per ISO week over the last twelve weeks, as the service counts them for the rules.
        java.time.LocalDate today = java.time.LocalDate.now();
        int weekVisits = 0;
        JsonNode weeks = getAs("staff", "/api/v1/workers/" + worker.path("id").asLong() + "/visit-weeks?from=" + today.minusDays(77)
                + "&to=" + today).json();
        for (JsonNode week : weeks) {
            weekVisits += week.path("visits").asInt();
        }
        int expectedVisits = weekVisits;
        browser.await("the visits per week", () -> {
            List<Browser.Element> rows = browser.all(".visit-weeks .el-table__row");
            int sum = 0;
            for (Browser.Element row : rows) {
                sum += Integer.parseInt(row.inside("td:nth-child(3)").text().trim());
            }
            return rows.size() == weeks.size() && sum == expectedVisits;
        });
        browser.find("[id='tab-visits:workerId']").click();
        browser.await("the worker's visits", () -> browser.all(".related-visits .el-table__row").size() == Math.min(visits, 50));
        browser.script("document.querySelector('.related').scrollIntoView({ block: 'start' })");
        browser.screenshot(picture("worker"));
        browser.find(".el-drawer__close-btn").click();

        // A residents' committee's sub-committees, the organisations under it.
        browser.open(base() + "/console/kinds/organisations");
        browser.find("#filter-name").type(committee.path("name").asText());
        browser.find(".el-table__row", committee.path("name").asText()).click();
        // The committee's community is picked from the territory and shown by its name, not its id.
        String communityName = getAs("staff", "/api/v1/territory/nodes/" + community).json().path("name").asText();
        browser.await("the committee's community by name", () -> selected(browser, "field-communityId").contains(communityName));
        browser.find("[id='tab-organisations:parentId']").click();
        browser.await("the sub-committees", () -> browser.all(".related-organisations .el-table__row").size() == subCommittees);
    }

    @Test
    public void theAuditLogShowsAuditorsWhoSawWhatAndWhy() throws Exception {
        long resident = getAs("street", "/api/v1/residents?size=1").json().path("items").get(0).path("id").asLong();
        String reason = "社区矫正人员核查 " + serial();
        assertEquals(200, postAs("street", "/api/v1/residents/" + resident + "/reveal", Map.of("reason", reason)).status());
        Browser browser = browser(1280, 900);
        // Community staff have no audit log: its address leads home.
        signIn(browser, "staff");
        browser.open(base() + "/console/audit");
        browser.find(".title", "首页");
        assertTrue(browser.absent("#audit-action"));
        signOut(browser);

        signIn(browser, "auditor");
        browser.find(".side .el-menu-item", "审计日志").click();
        browser.find("#audit-action").type("reveal");
        browser.find("#audit-entity-id").type(String.valueOf(resident));
        Browser.Element entry = browser.find(".entries .el-table__row", reason);
        assertTrue(entry.text(), entry.text().contains("street") && entry.text().contains("resident " + resident));
        browser.screenshot(picture("audit"));
    }

    @Test
    public void aRequestIsAcceptedCompletedAndNotifiedFromTheQueue() throws Exception {
        long grid = getAs("staff", "/api/v1/territory/nodes?code=110101001001-G1").json().path("items").get(0).path("id").asLong();
        String description = "楼道灯不亮了 " + serial();
        long id = RestIT.id(postAs("staff", "/api/v1/requests", Map.of("description", description, "nodeId", grid, "channel", "COUNTER")));
        Map<String, String> status = new java.util.HashMap<>();
        for (JsonNode field : getAs("staff", "/api/v1/kinds/requests").json().path("fields")) {
            if (field.path("name").asText().equals("status")) {
                field.path("values").forEach(value -> status.put(value.path("value").asText(), value.path("labels").path("zh").asText()));
            }
        }
        Browser browser = browser(1280, 900);
        signIn(browser, "staff");
        browser.find(".side .el-menu-item", "诉求办理").click();
        browser.find(".queue .el-table__row", description).click();
        browser.find(".el-drawer .status", status.get("RECEIVED"));
        // Only what the workflow allows this user now is offered: a received request is accepted or sent back.
        browser.await("accept and reject offered", () -> texts(browser, ".steps .el-button").equals(Set.of("受理", "退回")));
        browser.find(".step-accept").click();
        browser.find(".el-drawer .status", status.get("ACCEPTED"));
        browser.find(".step-complete").click();
        browser.find(".el-drawer .status", status.get("COMPLETED"));
        // Telling the resident needs a word on how: asked for at its field.
        browser.find(".step-notify").click();
        assertEquals("必填", browser.await("the note's error", () -> fieldError(browser, "step-note")));
        assertEquals("COMPLETED", getAs("staff", "/api/v1/requests/" + id).json().path("status").asText());
        browser.find("#step-note").type("电话告知居民");
        browser.find(".step-notify").click();
        browser.find(".el-drawer .status", status.get("NOTIFIED"));
        browser.await("four steps in the history", () -> browser.all(".history .el-timeline-item").size() == 4);
        browser.screenshot(picture("request"));
        List<String> steps = new ArrayList<>();
        for (JsonNode step : getAs("staff", "/api/v1/requests/" + id + "/steps").json()) {
            steps.add(step.path("action").asText() + " " + step.path("actor").asText());
        }
        assertEquals(List.of("RECEIVE staff", "ACCEPT staff", "COMPLETE staff", "NOTIFY staff"), steps);
        assertEquals("电话告知居民", getAs("staff", "/api/v1/requests/" + id).json().path("statusNotes").asText());
    }

    @Test
    public void aCommunitysVerdictsCiteTheirClausesAndCompareUnderAnotherPlugin() throws Exception {
        governedByBeijing();
        long community = getAs("staff", "/api/v1/territory/nodes?code=110101001001").json().path("items").get(0).path("id").asLong();
        Browser browser = browser(1280, 900);
        signIn(browser, "staff");
        browser.find(".side .el-menu-item", "合规评估").click();
        // A community worker's picker starts at the community; evaluating it shows every verdict the service stored.
        browser.await("the community chosen", () -> selected(browser, "compliance-node").contains("110101001001"));
        browser.find(".evaluate").click();
        browser.find(".summary", "staff");
        JsonNode run = null;
        for (JsonNode item : getAs("staff", "/api/v1/policy/evaluations?nodeId=" + community + "&size=5").json().path("items")) {
            if (item.path("nodeId").asLong() == community && item.path("purpose").asText().equals("EVALUATION")) {
                run = getAs("staff", "/api/v1/policy/evaluations/" + item.path("id").asLong()).json();
                break;
            }
        }
        assertTrue("a stored run over the community", run != null);
        List<String> stored = new ArrayList<>();
        JsonNode failure = null;
        for (JsonNode finding : run.path("findings")) {
            stored.add(finding.path("ruleId").asText() + " " + VERDICTS.get(finding.path("verdict").asText()));
            if (failure == null && finding.path("verdict").asText().equals("FAIL")) {
                failure = finding;
            }
        }
        java.util.Collections.sort(stored);
        assertFalse("the demonstration community fails some rule: " + stored, failure == null);
        List<String> shown = new ArrayList<>();
        try {
            browser.await("the verdicts, rule by rule", () -> {
                shown.clear();
                browser.script("return [...document.querySelectorAll('.findings .el-table__body tr.el-table__row')]"
                        + ".map(tr => tr.children[1].textContent.trim() + ' ' + tr.children[3].textContent.trim())").forEach(row -> shown.add(row.asText()));
                java.util.Collections.sort(shown);
                return shown.equals(stored);
            });
        } catch (AssertionError e) {
            throw new AssertionError("stored " + stored + ", shown " + shown, e);
        }
        // A failing verdict opens on the clause it comes from, quoted.
        browser.find(".el-checkbox", "只看未通过").click();
        browser.await("failing only", () -> texts(browser, ".findings .verdict").equals(Set.of("未通过")));
        browser.find(".findings .el-table__expand-icon").click();
        assertEquals("「" + failure.path("clauseText").asText() + "」", browser.find(".clause blockquote").text());
        assertTrue("the chart is described to screen readers",
                !browser.find(".verdict-chart").attribute("aria-label").isBlank());
        browser.screenshot(picture("compliance"));

        // The same community under Songjiang's checklist, beside Beijing's; no binding changes.
        choose(browser, "compare-right", "songjiang");
        browser.find(".compare").click();
        JsonNode compared = postAs("staff", "/api/v1/policy/comparisons", Map.of("nodeId", community, "right", "songjiang")).json()
                .path("communities").get(0);
        List<String> newFailures = new ArrayList<>();
        compared.path("newFailures").forEach(rule -> newFailures.add(rule.asText()));
        browser.await("the comparison", () -> browser.find(".comparison .el-table__row", "songjiang") != null
                && browser.find(".comparison .new-failures").text().equals(String.join("、", newFailures)));
        assertEquals("beijing", compared.path("leftPlugin").asText());
        browser.script("document.querySelector('.comparison').scrollIntoView({ block: 'end' })");
        browser.screenshot(picture("comparison"));
        assertEquals("beijing", governing("110101"));
    }

    @Test
    public void aCommunitysGridsAreDrawnAndTheGridPlanIsAppliedFromTheScreen() throws Exception {
        // A community no other test works in: the plan changes its grids for good.
        String code = "110101004003";
        JsonNode node = getAs("demo", "/api/v1/territory/nodes?code=" + code).json().path("items").get(0);
        long community = node.path("id").asLong();
        JsonNode report = getAs("demo", "/api/v1/grids/reports?nodeId=" + community).json().get(0);
        int buildings = 0;
        List<String> bounds = new ArrayList<>();
        for (JsonNode grid : report.path("grids")) {
            buildings += grid.path("buildings").asInt();
            bounds.add(grid.path("bound").asText().toLowerCase());
        }
        java.util.Collections.sort(bounds);
        Browser browser = browser(1280, 900);
        signIn(browser, "demo");
        browser.find(".side .el-menu-item", "网格图").click();
        browser.find("#territory-community").type(node.path("name").asText());
        browser.find(".el-select-dropdown__item", "（" + code + "）").click();
        // Every building a point, every grid an area marked by its households against the bounds, as the report says.
        int drawn = buildings;
        browser.await("the buildings drawn", () -> browser.all(".now .building").size() == drawn);
        assertEquals(bounds, gridClasses(browser, ".now"));
        browser.screenshot(picture("territory"));

        browser.find(".propose").click();
        browser.await("the plan drawn", () -> !browser.all(".after .grid-area").isEmpty());
        JsonNode plan = getAs("demo", "/api/v1/grids/plans?communityId=" + community).json().get(0);
        assertEquals("PROPOSED", plan.path("status").asText());
        List<String> planned = new ArrayList<>();
        for (JsonNode grid : plan.path("grids")) {
            if (!grid.path("action").asText().equals("CLOSE")) {
                planned.add(grid.path("bound").asText().toLowerCase());
            }
        }
        java.util.Collections.sort(planned);
        assertEquals(planned, gridClasses(browser, ".after"));
        assertEquals("a proposal changes nothing", report.path("grids").size(),
                getAs("demo", "/api/v1/grids/reports?nodeId=" + community).json().get(0).path("grids").size());
        browser.screenshot(picture("territory-plan"));

        browser.find(".apply").click();
        browser.find(".el-message", "方案已应用");
        assertEquals("APPLIED", getAs("demo", "/api/v1/grids/plans/" + plan.path("id").asLong()).json().path("status").asText());
        browser.await("the grids as applied", () -> gridClasses(browser, ".now").equals(planned));
        assertEquals(planned.size(), getAs("demo", "/api/v1/grids/reports?nodeId=" + community).json().get(0).path("grids").size());
    }

    /** The bound each grid area of the picture is marked with (its class), sorted. */
    @Test
    public void theTreeOpensACommunityWhoseGridsLieOnTheTileServerOnlyWhenSet() throws Exception {
        org.osgi.service.cm.Configuration console = configs.getConfiguration("org.linli.console", "?");
        String template = base() + "/console/tiles/{z}/{x}/{y}.png";
        try {
            console.update(new java.util.Hashtable<>(Map.of("tiles", template)));
            // The page learns the address, and its Content-Security-Policy admits images from that origin alone.
            until("the page carries the tile address", () -> page().body().contains("<meta name=\"linli-tiles\" content=\"" + template + "\">"));
            assertTrue(page().headers().firstValue("Content-Security-Policy").orElse("").contains("img-src 'self' data: " + base() + ";"));
            Browser browser = browser(1280, 900);
            signIn(browser, "demo");
            browser.find(".side .el-menu-item", "网格图").click();
            // The community is opened from the territory tree, its ancestors expanded from the top down.
            List<String> above = new ArrayList<>();
            JsonNode node = getAs("demo", "/api/v1/territory/nodes?code=110101001001").json().path("items").get(0);
            while (node.hasNonNull("parentId")) {
                node = getAs("demo", "/api/v1/territory/nodes/" + node.path("parentId").asLong()).json();
                above.add(0, node.path("code").asText());
            }
            for (String code : above) {
                browser.find(".territory-tree .el-tree-node__content", code).inside(".el-tree-node__expand-icon").click();
            }
            browser.find(".territory-tree .el-tree-node__content", "110101001001").click();
            browser.await("the community chosen", () -> selected(browser, "territory-community").contains("110101001001"));
            List<String> tiles = browser.await("the tiles under the picture", () -> {
                List<String> hrefs = new ArrayList<>();
                browser.script("return [...document.querySelectorAll('.now image.tile')].map((tile) => tile.getAttribute('href'))")
                        .forEach(href -> hrefs.add(href.asText()));
                return hrefs.isEmpty() ? null : hrefs;
            });
            // Web Mercator tiles at a community's zoom, each once.
            java.util.regex.Pattern tile = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(base() + "/console/tiles/")
                    + "(\\d+)/(\\d+)/(\\d+)\\.png");
            for (String href : tiles) {
                java.util.regex.Matcher matched = tile.matcher(href);
                assertTrue(href, matched.matches());
                int zoom = Integer.parseInt(matched.group(1));
                assertTrue(href, zoom >= 13 && zoom <= 19);
            }
            assertEquals(tiles.size(), new TreeSet<>(tiles).size());
        } finally {
            console.delete();
        }
        until("the page without tiles", () -> !page().body().contains("linli-tiles"));
        assertFalse(page().headers().firstValue("Content-Security-Policy").orElse("").contains(base()));
    }

    /** The console's page as a browser first fetches it, before any sign-in. */
    private static java.net.http.HttpResponse<String> page() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/console/"))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> gridClasses(Browser browser, String picture) {
        List<String> classes = new ArrayList<>();
        browser.script("return [...document.querySelectorAll(arguments[0] + ' .grid-area')].map(e => e.getAttribute('class')"
                + ".replace('grid-area', '').trim())", picture).forEach(c -> classes.add(c.asText()));
        java.util.Collections.sort(classes);
        return classes;
    }

    @Test
    public void anAdministratorPreviewsABindingThenMakesItAndUndoesIt() throws Exception {
        governedByBeijing();
        String street = "110101001";
        Browser browser = browser(1280, 900);
        signIn(browser, "demo");
        browser.find(".side .el-menu-item", "政策插件").click();
        browser.find(".plugins .el-table__row", "songjiang");
        browser.find(".bindings .el-table__row", "110101");
        // Choose the street and Songjiang's plugin; the preview comes first, and binds nothing.
        browser.find("#binding-node").click();
        browser.find("#binding-node").type(getAs("demo", "/api/v1/territory/nodes?code=" + street).json().path("items").get(0).path("name").asText());
        browser.find(".el-select-dropdown__item", "（" + street + "）").click();
        browser.await("the street chosen", () -> selected(browser, "binding-node").contains(street));
        browser.find(".preview").click();
        assertEquals("必填", browser.await("the plugin's error", () -> fieldError(browser, "binding-plugin")));
        choose(browser, "binding-plugin", "songjiang");
        browser.find(".preview").click();
        browser.find(".preview-table .el-table__row", "songjiang");
        assertEquals("a preview binds nothing", "", governing(street));
        browser.screenshot(picture("policy-preview"));
        browser.find(".bind").click();
        browser.find(".bindings .el-table__row", street);
        assertEquals("songjiang", governing(street));
        browser.screenshot(picture("policy"));

        // Undone from the list, after a confirmation.
        browser.find(".unbind-" + street).click();
        browser.find(".el-popconfirm button", "解除").click();
        browser.await("the street's binding gone", () -> browser.absent(".unbind-" + street));
        assertEquals("", governing(street));
    }

    @Test
    public void anAdministratorChangesAParameterAndFollowsADistrictsEvaluation() throws Exception {
        governedByBeijing();
        String street = "110101001";
        long streetId = getAs("demo", "/api/v1/territory/nodes?code=" + street).json().path("items").get(0).path("id").asLong();
        // A whole-number parameter that the street takes from above it.
        JsonNode parameter = null;
        for (JsonNode value : getAs("demo", "/api/v1/policy/parameters?plugin=beijing&nodeId=" + streetId).json()) {
            if (parameter == null && value.path("value").asText().matches("\\d+") && !value.path("source").asText().equals(street)) {
                parameter = value;
            }
        }
        assertTrue("Beijing's rules have a whole-number parameter", parameter != null);
        String rule = parameter.path("ruleId").asText();
        String name = parameter.path("name").asText();
        String above = parameter.path("source").asText();
        String changed = String.valueOf(parameter.path("value").asInt() + 1);
        Browser browser = browser(1280, 900);
        signIn(browser, "demo");
        browser.find(".side .el-menu-item", "政策插件").click();
        browser.find("#binding-node").click();
        browser.find("#binding-node").type(getAs("demo", "/api/v1/territory/nodes/" + streetId).json().path("name").asText());
        browser.find(".el-select-dropdown__item", "（" + street + "）").click();
        choose(browser, "binding-plugin", "beijing");
        browser.find(".edit-" + rule + "-" + name).click();
        // A word where the rule reads a number is refused at the field, in Chinese, and nothing is set.
        browser.find("#parameter-value").retype("七");
        browser.find(".save-value").click();
        assertEquals("应为整数", browser.await("the value's error", () -> fieldError(browser, "parameter-value")));
        assertEquals(above, parameterSource(streetId, rule, name));
        browser.find("#parameter-value").retype(changed);
        browser.find(".save-value").click();
        browser.find(".parameters .el-table__row", street + " 的覆盖值");
        assertEquals(street, parameterSource(streetId, rule, name));
        browser.screenshot(picture("policy-parameter"));
        // Back to the value above it.
        browser.find(".edit-" + rule + "-" + name).click();
        browser.find(".reset-value").click();
        until("the street's own value removed", () -> parameterSource(streetId, rule, name).equals(above));

        // The district evaluated from the compliance screen, community by community, until its run is shown.
        long district = getAs("demo", "/api/v1/territory/nodes?code=110101").json().path("items").get(0).path("id").asLong();
        long communities = getAs("demo", "/api/v1/territory/nodes?level=COMMUNITY&withinId=" + district + "&size=1").json()
                .path("total").asLong();
        browser.find(".side .el-menu-item", "合规评估").click();
        browser.await("the district chosen", () -> selected(browser, "compliance-node").contains("110101"));
        browser.script("window.progress = []; new MutationObserver(() => { const shown = document.querySelector('.running');"
                + " if (shown) window.progress.push(shown.textContent.trim()) }).observe(document.body, { subtree: true, childList: true,"
                + " characterData: true })");
        browser.find(".evaluate").click();
        browser.find(".summary", "demo");
        List<String> progress = new ArrayList<>();
        browser.script("return window.progress").forEach(text -> progress.add(text.asText()));
        assertFalse("the progress was shown", progress.isEmpty());
        assertTrue(progress.toString(), progress.stream().allMatch(text -> text.matches("正在评估.+：已评 \\d+ / " + communities + " 个社区")));
        JsonNode newest = getAs("demo", "/api/v1/policy/evaluations?nodeId=" + district + "&size=1").json().path("items").get(0);
        assertEquals(district, newest.path("nodeId").asLong());
        assertEquals("demo", newest.path("evaluatedBy").asText());
        Set<Long> judged = new TreeSet<>();
        getAs("demo", "/api/v1/policy/evaluations/" + newest.path("id").asLong()).json().path("findings")
                .forEach(finding -> judged.add(finding.path("communityId").asLong()));
        assertEquals(communities, judged.size());
        assertTrue(browser.find(".summary").text().contains(newest.path("nodeName").asText()));
    }

    private static String parameterSource(long node, String rule, String name) {
        for (JsonNode value : getAs("demo", "/api/v1/policy/parameters?plugin=beijing&nodeId=" + node).json()) {
            if (value.path("ruleId").asText().equals(rule) && value.path("name").asText().equals(name)) {
                return value.path("source").asText();
            }
        }
        throw new AssertionError(rule + "." + name + " is not listed");
    }

    @Test
    public void anAdministratorIssuesAnApiTokenSeesItsSecretOnceAndRevokesIt() throws Exception {
        Browser browser = browser(1280, 900);
        signIn(browser, "demo");
        browser.find(".side .el-menu-item", "接口令牌").click();
        String client = "市民热线" + System.nanoTime() % 100000;
        browser.find("#token-client").type(client);
        // No place and no permission: refused at each, in Chinese.
        browser.find(".issue").click();
        assertEquals("必填", browser.await("the jurisdictions' error", () -> fieldError(browser, "token-node")));
        browser.await("the picker's first node", () -> !selected(browser, "token-node").isBlank());
        browser.find(".add-jurisdiction").click();
        browser.find(".el-checkbox", "查看辖区").click();
        browser.find(".issue").click();
        String secret = browser.await("the secret, shown once", () -> {
            JsonNode shown = browser.script("return document.querySelector('.secret input')?.value ?? null");
            return shown.isNull() || shown.asText().isBlank() ? null : shown.asText();
        });
        browser.await("the dialog's fade-in over", () -> browser.script("return document.getAnimations().every((a) => a.playState === 'finished')")
                .asBoolean());
        browser.screenshot(picture("tokens"));
        assertEquals(200, bearer(secret, "/api/v1/territory/nodes?size=1"));
        assertEquals("the token may read the territory alone", 403, bearer(secret, "/api/v1/residents?size=1"));
        browser.find(".secret-done").click();
        browser.await("the secret gone from the page", () -> !browser.script("return document.body.innerHTML.includes(arguments[0])"
                + " || [...document.querySelectorAll('input')].some((input) => input.value === arguments[0])", secret).asBoolean());
        assertFalse("a listed token carries no secret", getAs("demo", "/api/v1/tokens").body().contains(secret));

        long id = -1;
        for (JsonNode token : getAs("demo", "/api/v1/tokens").json()) {
            if (token.path("client").asText().equals(client)) {
                id = token.path("id").asLong();
            }
        }
        browser.find(".revoke-" + id).click();
        browser.find(".el-popconfirm button", "吊销").click();
        browser.find(".tokens .el-table__row", "已吊销");
        assertEquals(401, bearer(secret, "/api/v1/territory/nodes?size=1"));
    }

    @Test
    public void aFileOfResidentsIsImportedFromTheScreenOnceItsWrongLinesAreCorrected() throws Exception {
        RestIT.Tree tree = new RestIT.Tree();
        String dwelling = tree.communityCode + "-B1-101";
        int n = serial();
        String right = idNumber("440306" + java.time.LocalDate.of(1960, 1, 1).plusDays(n).toString().replace("-", "") + "101");
        String other = idNumber("440306" + java.time.LocalDate.of(1960, 1, 1).plusDays(n).toString().replace("-", "") + "103");
        Path wrongFile = Files.createTempFile("residents", ".csv");
        Files.writeString(wrongFile, "idNumber,name,dwellingCode\n" + right + ",导入甲," + dwelling + "\n"
                + withWrongCheck(other) + ",导入乙," + dwelling + "\n", StandardCharsets.UTF_8);
        Browser browser = browser(1280, 900);
        signIn(browser, "demo");
        browser.find(".side .el-menu-item", "批量导入导出").click();
        browser.find(".el-radio-button", "居民").click();
        browser.find("input[type=file]").type(wrongFile.toString());
        browser.find(".el-button--primary", "导入").click();
        browser.find(".el-alert", "未导入任何记录");
        browser.find(".wrong .el-table__row", "校验码不正确");
        assertEquals("nothing of a wrong file is stored", 0, getAs("demo", "/api/v1/residents?idNumber=" + right).json().path("total").asLong());
        browser.screenshot(picture("imports"));

        Path corrected = Files.createTempFile("residents", ".csv");
        Files.writeString(corrected, "idNumber,name,dwellingCode\n" + right + ",导入甲," + dwelling + "\n"
                + other + ",导入乙," + dwelling + "\n", StandardCharsets.UTF_8);
        browser.find("input[type=file]").type(corrected.toString());
        browser.find(".el-button--primary", "导入").click();
        browser.find(".el-alert", "已导入 2 条记录");
        assertEquals(1, getAs("demo", "/api/v1/residents?idNumber=" + other).json().path("total").asLong());
    }

    private static int bearer(String secret, String path) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                .header("Authorization", "Bearer " + secret).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * WCAG 2.1 AA 4.1.2 and 2.1.1: every control the main screens show has a name assistive
     * technology reads (Chromium computes it), and sign-in works from the keyboard alone.
     */
    @Test
    public void everyControlHasANameAndSignInTakesTheKeyboardAlone() throws Exception {
        Browser browser = browser(1280, 900);
        browser.open(base() + "/console/sign-in");
        browser.find("#user").type("demo\uE004");
        assertEquals("Tab moves from the user name to the password", "password",
                browser.script("return document.activeElement.id").asText());
        browser.find("#password").type("demo\uE007");
        browser.find(".title", "首页");

        List<String> unnamed = new ArrayList<>();
        for (String screen : List.of("/", "/requests", "/territory", "/compliance", "/policy", "/tokens", "/audit", "/kinds/residents",
                "/kinds/organisations")) {
            browser.open(base() + "/console" + screen);
            browser.find(".title");
            Thread.sleep(1000); // the screen's lists and pickers fill in
            unnamed.addAll(unnamedControls(browser, screen));
        }
        signOut(browser);
        browser.resize(390, 844);
        signIn(browser, "grid");
        browser.open(base() + "/console/field");
        browser.find(".title");
        Thread.sleep(1000);
        unnamed.addAll(unnamedControls(browser, "/field"));
        assertEquals("controls without a name", List.of(), unnamed);
    }

    /** The visible controls of the page that Chromium gives no accessible name, each with where it is. */
    private static List<String> unnamedControls(Browser browser, String screen) {
        browser.script("document.querySelectorAll('[data-control]').forEach((e) => e.removeAttribute('data-control'));"
                + "[...document.querySelectorAll('input:not([type=hidden]), textarea, select, button, [role=button], [role=combobox],"
                + " [role=checkbox], [role=switch], a[href]')].filter((e) => e.getClientRects().length > 0)"
                + ".forEach((e, i) => e.setAttribute('data-control', i))");
        List<String> unnamed = new ArrayList<>();
        for (Browser.Element control : browser.all("[data-control]")) {
            if (control.accessibleName().isBlank()) {
                String html = control.property("outerHTML");
                unnamed.add(screen + " " + html.substring(0, Math.min(160, html.length())));
            }
        }
        return unnamed;
    }

    @Test
    public void theLanguageSwitchesToEnglishAndStays() throws Exception {
        Browser browser = browser(1280, 900);
        signIn(browser, "staff");
        browser.find(".top button", "English").click();
        browser.find(".brand", "Linli · Community governance");
        Set<String> expected = new TreeSet<>(List.of("Home", "Request queue", "Grid picture", "Field work", "Compliance", "Import and export"));
        for (JsonNode kind : getAs("staff", "/api/v1/kinds").json()) {
            expected.add(kind.path("labels").path("en").asText());
        }
        browser.await("the menu in English", () -> texts(browser, ".side .el-menu-item").equals(expected));
        assertEquals("en", browser.script("return document.documentElement.lang").asText());
        // Field errors follow the language, so do Element Plus's own words.
        browser.open(base() + "/console/kinds/residents");
        browser.find(".el-pagination__total", "Total");
        browser.find(".heading button", "New").click();
        browser.find("#field-idNumber").type(withWrongCheck(freshIdNumber()));
        browser.find(".record button[type=submit]").click();
        assertEquals("The check character is wrong; check the number",
                browser.await("the ID number's error", () -> fieldError(browser, "field-idNumber")));
        // The choice is remembered by this browser.
        browser.open(base() + "/console/");
        browser.find(".title", "Home");
        browser.find(".top button", "中文").click();
        browser.find(".title", "首页");
    }

    @Test
    public void aForgedWriteAndASessionPastItsIdleTimeAreRefused() throws Exception {
        Browser browser = browser(1280, 900);
        signIn(browser, "staff");
        long nodes = get("/api/v1/territory/nodes?size=1").json().path("total").asLong();
        String code = "forged-" + serial();
        // The page's own script, without the session's token: refused before any service sees it.
        JsonNode forged = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/territory/nodes', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({parentId: 1, level: 'GRID', code: arguments[0], name: '伪造'})}).then(r => done(r.status), e => done(String(e)))",
                code);
        assertEquals(403, forged.asInt());
        // Another site's form, posting in the user's browser: the cookie is not sent along.
        browser.open("data:text/html;charset=utf-8,<form method=post action='" + base() + "/api/v1/territory/nodes'"
                + " enctype=text/plain><input name='{\"parentId\":1,\"level\":\"GRID\",\"name\":\"x\",\"code\":\"" + code + "\",\"a\":\"' value='\"}'>"
                + "</form><script>document.forms[0].submit()</script>");
        browser.await("the forged form's answer", () -> browser.url().startsWith(base()));
        assertEquals(nodes, get("/api/v1/territory/nodes?size=1").json().path("total").asLong());
        assertEquals(0, get("/api/v1/territory/nodes?code=" + code).json().path("total").asLong());

        // Left alone past the idle time, the session is over: the next step asks for sign-in again.
        browser.open(base() + "/console/");
        browser.find(".title", "首页");
        CLOCK.moveOn(Duration.ofMinutes(IDLE_MINUTES + 1));
        try {
            String register = getAs("staff", "/api/v1/kinds/residents").json().path("registerLabels").path("zh").asText();
            browser.find(".side .el-sub-menu__title", register).click();
            browser.find(".side .el-menu-item", "居民").click();
            browser.find("[role=alert]", "会话已结束，请重新登录。");
            assertTrue(browser.url(), browser.url().contains("/console/sign-in"));
        } finally {
            CLOCK.moveOn(Duration.ZERO.minusMinutes(IDLE_MINUTES + 1));
        }
    }

    @Test
    public void atPhoneWidthTheMenuIsADrawer() throws Exception {
        Browser browser = browser(390, 844);
        browser.open(base() + "/console/");
        browser.find("#user");
        browser.screenshot(picture("phone-sign-in"));
        signInHere(browser, "grid");
        browser.find(".title", "首页");
        assertTrue("no side menu at phone width", browser.script("return getComputedStyle(document.querySelector('.side')).display").asText().equals("none"));
        browser.find(".menu-button").click();
        browser.find(".el-drawer .el-menu-item", "首页");
        browser.screenshot(picture("phone-menu"));
        assertEquals("菜单", browser.find(".menu-button").accessibleName());
    }

    @Test
    public void aGridWorkerRecordsAPatrolAVisitAndARequestOnAPhone() throws Exception {
        long grid = getAs("grid", "/api/v1/territory/nodes?code=110101001001-G1").json().path("items").get(0).path("id").asLong();
        long worker = getAs("staff", "/api/v1/workers?account=grid").json().path("items").get(0).path("id").asLong();
        String today = java.time.LocalDate.now().toString();
        long patrolsBefore = getAs("grid", "/api/v1/patrols?gridId=" + grid + "&from=" + today + "&size=1").json().path("total").asLong();
        Browser browser = browser(390, 844);
        signIn(browser, "grid");
        browser.find(".menu-button").click();
        browser.find(".el-drawer .el-menu-item", "外勤").click();
        browser.find(".today", "今日");
        browser.screenshot(picture("phone-field"));

        // Today's patrol: a tap to open, what was seen, a tap to record; the worker is the signed-in grid worker.
        String seen = "3号楼消防通道堆放杂物 " + serial();
        browser.find(".task-patrol").click();
        browser.find("#patrol-findings").type(seen);
        browser.screenshot(picture("phone-patrol"));
        browser.find(".record").click();
        browser.find(".el-message", "已记录");
        browser.find(".today", "今日已巡查");
        JsonNode patrols = getAs("grid", "/api/v1/patrols?gridId=" + grid + "&from=" + today + "&size=100").json();
        assertEquals(patrolsBefore + 1, patrols.path("total").asLong());
        JsonNode patrol = null;
        for (JsonNode item : patrols.path("items")) {
            patrol = item.path("findings").asText().equals(seen) ? item : patrol;
        }
        assertTrue(patrols.toString(), patrol != null);
        assertEquals(worker, patrol.path("workerId").asLong());

        // A visit: a tap to open, a name typed and the resident tapped, a tap to record.
        JsonNode resident = getAs("grid", "/api/v1/residents?nodeId=" + grid + "&size=1").json().path("items").get(0);
        String name = resident.path("name").asText();
        browser.find(".task-visit").click();
        browser.find("#visit-resident").type(name);
        browser.find(".el-select-dropdown__item", name).click();
        String note = "独居老人，身体良好 " + serial();
        browser.find("#visit-notes").type(note);
        browser.find(".record").click();
        browser.find(".el-message", "已记录");
        JsonNode visit = null;
        for (JsonNode item : getAs("grid", "/api/v1/visits?householdId=" + resident.path("householdId").asLong() + "&from=" + today).json().path("items")) {
            visit = item.path("notes").asText().equals(note) ? item : visit;
        }
        assertTrue("the visit stored", visit != null);
        assertEquals(worker, visit.path("workerId").asLong());
        assertEquals(resident.path("dwellingId").asLong(), visit.path("dwellingId").asLong());

        // A request from the field: without a description it is refused at the field, with one it is received.
        browser.find(".task-request").click();
        browser.find(".record").click();
        assertEquals("必填", browser.await("the description's error", () -> fieldError(browser, "request-description")));
        String described = "路灯损坏，夜间无照明 " + serial();
        browser.find("#request-description").type(described);
        browser.find(".record").click();
        browser.find(".el-message", "已记录");
        JsonNode requests = getAs("grid", "/api/v1/requests?nodeId=" + grid + "&open=true&size=200").json().path("items");
        JsonNode received = null;
        for (JsonNode item : requests) {
            received = item.path("description").asText().equals(described) ? item : received;
        }
        assertTrue(requests.toString(), received != null);
        assertEquals("GRID_PATROL", received.path("channel").asText());
        assertEquals("RECEIVED", received.path("status").asText());
    }

    @Test
    public void theFirstScreenIsMeasured() throws Exception {
        Browser browser = browser(1280, 900);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            browser.open(base() + "/console/sign-in?round=" + round);
            browser.find("#user");
            // From the start of navigation until the form takes input; the first round loads the files afresh.
            long ready = browser.script("return Math.round(performance.now())").asLong();
            lines.add("sign-in interactive, round " + round + ": " + ready + " ms");
        }
        browser.screenshot(picture("sign-in"));
        long started = browser.script("return Math.round(performance.now())").asLong();
        browser.find("#user").type("demo");
        browser.find("#password").type("demo");
        browser.find("button[type=submit]").click();
        // Every figure the administrator may read, each answered: none still busy.
        browser.await("the home figures", () -> browser.all(".figure").size() == 6 && browser.all(".figure [aria-busy=true]").isEmpty());
        long home = browser.script("return Math.round(performance.now())").asLong() - started;
        lines.add("home with its figures after sign-in (demo district, all of it): " + home + " ms");
        browser.screenshot(picture("home"));
        Path report = Path.of(System.getProperty("linli.it.benchmarks"), "console-" + System.getProperty("linli.it.db") + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        assertFalse(lines.isEmpty());
    }

    // ---- helpers ----

    /** The screens of the menu, each shown to a user with the permission. */
    private static final Map<String, String> SCREENS = Map.of("REQUEST_READ", "诉求办理", "TERRITORY_READ", "网格图", "VISIT_WRITE", "外勤",
            "POLICY_READ", "合规评估", "POLICY_MANAGE", "政策插件", "AUDIT_READ", "审计日志", "TOKENS_MANAGE", "接口令牌", "RESIDENT_READ", "批量导入导出");

    /** Waits until the home figure under {@code label} shows {@code value}, the REST door's count; that value. */
    private static long awaitFigure(Browser browser, String user, String label, long value) {
        browser.await(user + "'s figure " + label, () -> {
            Browser.Element shown = browser.find(".figure", label).inside(".el-statistic__number");
            return shown != null && shown.text().replaceAll("[^0-9]", "").equals(String.valueOf(value));
        });
        return value;
    }

    private static final Map<String, String> VERDICTS = Map.of("PASS", "通过", "FAIL", "未通过", "NOT_APPLICABLE", "不适用", "MISSING_DATA", "缺少数据",
            "REPORTED", "仅统计");

    /** Beijing's and Songjiang's plugins running, and the demonstration district bound to Beijing's. */
    private void governedByBeijing() throws Exception {
        for (String plugin : List.of("beijing", "songjiang")) {
            if (!features.isInstalled(features.getFeature("linli-policy-" + plugin))) {
                features.installFeature("linli-policy-" + plugin);
            }
        }
        until("the plugins running", () -> getAs("demo", "/api/v1/policy/plugins").json().findValuesAsText("id")
                .containsAll(List.of("beijing", "songjiang")));
        assertEquals(200, putAs("demo", "/api/v1/policy/bindings/110101", Map.of("plugin", "beijing")).status());
        until("the district bound", () -> "beijing".equals(governing("110101")));
    }

    private static void until(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            assertTrue("waited 30 s for " + what, System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
    }


    private Browser browser(int width, int height) throws IOException, InterruptedException {
        Browser browser = Browser.start(width, height);
        browsers.add(browser);
        return browser;
    }

    private static void signIn(Browser browser, String user) {
        browser.open(base() + "/console/sign-in");
        signInHere(browser, user);
        browser.find(".title", "首页");
    }

    /** Fills the sign-in form the browser shows. */
    private static void signInHere(Browser browser, String user) {
        browser.find("#user").type(user);
        browser.find("#password").type(user);
        browser.find("button[type=submit]").click();
        browser.await("signed in as " + user, () -> browser.absent("#password"));
    }

    private static void signOut(Browser browser) {
        browser.find(".top button", "退出").click();
        browser.find("#user");
    }

    /** The text of every element {@code css} finds, visible or folded away. */
    private static Set<String> texts(Browser browser, String css) {
        Set<String> texts = new TreeSet<>();
        browser.script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", css)
                .forEach(text -> texts.add(text.asText()));
        return texts;
    }

    /** A table column's cells, by the column's heading. */
    private static List<String> column(Browser browser, String heading) {
        List<String> cells = new ArrayList<>();
        browser.script("const headings = [...document.querySelectorAll('.el-table__header th')].map(th => th.textContent.trim());"
                + "const at = headings.indexOf(arguments[0]);"
                + "return [...document.querySelectorAll('.el-table__body tr')].map(tr => tr.children[at].textContent.trim())", heading)
                .forEach(cell -> cells.add(cell.asText()));
        assertNotEquals("the column " + heading, 0, cells.size());
        return cells;
    }

    /** Opens the Element Plus select around the input {@code id} as a user would, and picks the option showing {@code option}. */
    private static void choose(Browser browser, String id, String option) {
        browser.find(".el-select:has(#" + id + ") .el-select__wrapper").click();
        browser.find(".el-select-dropdown__item", option).click();
    }

    /**
     * The contrast ratio (WCAG 2.1) of the first {@code css} element's text against its own
     * background, or against the white page when {@code ownBackground} is false.
     */
    private static double contrast(Browser browser, String css, boolean ownBackground) {
        return browser.script("const luminance = (colour) => { const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number)"
                + ".map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));"
                + " return 0.2126 * r + 0.7152 * g + 0.0722 * b };"
                + "const style = getComputedStyle(document.querySelector(arguments[0]));"
                + "const text = luminance(style.color); const ground = arguments[1] ? luminance(style.backgroundColor) : 1;"
                + "return (Math.max(text, ground) + 0.05) / (Math.min(text, ground) + 0.05)", css, ownBackground).asDouble();
    }

    /** What an Element Plus select around the input {@code id} shows as chosen. */
    private static String selected(Browser browser, String id) {
        return browser.script("return document.getElementById(arguments[0])?.closest('.el-select')?.textContent ?? ''", id).asText();
    }

    /** The error Element Plus shows under the form item of the input {@code id}, or null. */
    private static String fieldError(Browser browser, String id) {
        JsonNode error = browser.script("const item = document.getElementById(arguments[0])?.closest('.el-form-item');"
                + "return item?.querySelector('.el-form-item__error')?.textContent.trim() ?? null", id);
        return error.isNull() ? null : error.asText();
    }

    private static Path picture(String name) {
        return Path.of(System.getProperty("linli.it.benchmarks")).resolveSibling("console").resolve(name + ".png");
    }

    /** The system clock, moved on by the test. */
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration by) {
            ahead = ahead.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
