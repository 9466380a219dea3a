package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Every operation of the REST door, as every role, as an API token and without credentials. Three
 * descriptions of who may do what are held to one another: the permission table of
 * docs/architecture.md, the roles in the code, and each operation's {@code x-linli-permission} in
 * the served OpenAPI document; the answers must then be 403 exactly where the role lacks a
 * permission the operation names, 401 without credentials, and never a server error.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RoleMatrixIT extends LinliTestSupport {
    /** A development user of each role (config/dev/etc); all but {@code demo} hold part of the territory. */
    private static final Map<Role, String> USERS = new EnumMap<>(Map.of(
            Role.ADMIN, "demo", Role.STREET_OFFICER, "street", Role.COMMUNITY_STAFF, "staff",
            Role.GRID_WORKER, "grid", Role.INTEGRATOR, "integrator", Role.AUDITOR, "auditor"));
    private static final Set<Permission> TOKEN_SCOPES = EnumSet.of(Permission.RESIDENT_READ, Permission.TERRITORY_READ);
    private static final String NO_SUCH_ID = "999999999";

    @Test
    public void theDocumentedTableIsTheRolesOfTheCode() throws Exception {
        Map<Permission, Set<Role>> table = documentedTable();
        assertEquals("one row for each permission, in the enum's order", List.of(Permission.values()), new ArrayList<>(table.keySet()));
        for (Permission permission : Permission.values()) {
            for (Role role : Role.values()) {
                assertEquals(role.jaasName() + " and " + permission + " in docs/architecture.md",
                        role.allows(permission), table.get(permission).contains(role));
            }
        }
        assertEquals(EnumSet.allOf(Role.class), USERS.keySet());
    }

    @Test
    public void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        awaitUp();
        Map<Permission, Set<Role>> table = documentedTable();
        RestIT.Tree tree = new RestIT.Tree();
        Answer issued = post("/api/v1/tokens", Map.of("client", "权限矩阵", "jurisdictions", List.of(tree.communityCode),
                "scopes", TOKEN_SCOPES.stream().map(Enum::name).toList()));
        assertEquals(issued.toString(), 201, issued.status());
        String bearer = "Bearer " + issued.json().path("secret").asText();

        JsonNode paths = get("/api/v1/openapi.json").json().path("paths");
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : iterable(paths)) {
            for (Map.Entry<String, JsonNode> entry : iterable(path.getValue())) {
                String method = entry.getKey().toUpperCase();
                JsonNode operation = entry.getValue();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                operations++;
                String name = method + " " + path.getKey();
                if (!operation.path("x-linli-permission").isArray()) {
                    wrong.add(name + ": no x-linli-permission");
                    continue;
                }
                Set<Permission> needed = EnumSet.noneOf(Permission.class);
                operation.path("x-linli-permission").forEach(permission -> needed.add(Permission.valueOf(permission.asText())));
                String url = "/api/v1" + path.getKey().replace("{id}", NO_SUCH_ID).replace("{code}", "X999")
                        .replace("{kind}", "user").replace("{name}", "nobody").replaceAll("\\{[A-Za-z]+}", "nothing");
                String type = operation.path("requestBody").path("content").fieldNames().hasNext()
                        ? operation.path("requestBody").path("content").fieldNames().next() : null;
                String body = type == null ? null : type.equals("application/json") ? "{}" : "";

                Map<String, Boolean> callers = new LinkedHashMap<>();
                for (Role role : Role.values()) {
                    callers.put(USERS.get(role), table.entrySet().stream()
                            .filter(row -> needed.contains(row.getKey())).allMatch(row -> row.getValue().contains(role)));
                }
                // A token acts as an integrator narrowed to its scopes.
                callers.put(bearer, needed.stream().allMatch(permission ->
                        table.get(permission).contains(Role.INTEGRATOR) && TOKEN_SCOPES.contains(permission)));
                for (Map.Entry<String, Boolean> caller : callers.entrySet()) {
                    String user = caller.getKey();
                    Answer answer = call(method, url, body, type, user, user.startsWith("Bearer ") ? null : user);
                    String who = user.startsWith("Bearer ") ? "API token" : user;
                    if (answer.status() >= 500 || caller.getValue() == (answer.status() == 403)) {
                        wrong.add(name + " as " + who + " (" + (caller.getValue() ? "allowed" : "not allowed") + "): " + answer);
                    }
                }
                Answer anonymous = call(method, url, body, type, null, null);
                if (anonymous.status() != 401) {
                    wrong.add(name + " without credentials: " + anonymous);
                }
            }
        }
        assertTrue("the OpenAPI document lists " + operations + " operations", operations > 200);
        assertTrue(wrong.size() + " answers differ from the table:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    /**
     * The table of docs/architecture.md, "Roles and jurisdiction": a row per permission (its name in
     * backticks, then what it allows), a column per role named by its JAAS role, ✓ where it holds it.
     */
    private static Map<Permission, Set<Role>> documentedTable() throws Exception {
        List<String> lines = Files.readAllLines(repository("docs/architecture.md"), StandardCharsets.UTF_8);
        int header = 0;
        while (!lines.get(header).startsWith("| permission | what it allows |")) {
            header++;
        }
        List<Role> columns = new ArrayList<>();
        for (String cell : cells(lines.get(header)).subList(2, cells(lines.get(header)).size())) {
            columns.add(Role.ofJaasName(cell.replace("`", "")).orElseThrow(() -> new AssertionError("no role " + cell)));
        }
        assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(columns));
        Map<Permission, Set<Role>> table = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            Permission permission = Permission.valueOf(cells.get(0).replace("`", ""));
            assertEquals(permission + " in words", permission.action(), cells.get(1));
            Set<Role> holders = EnumSet.noneOf(Role.class);
            for (int c = 0; c < columns.size(); c++) {
                String mark = cells.get(c + 2);
                assertTrue(permission + ": a cell is ✓ or empty, not " + mark, mark.isEmpty() || mark.equals("✓"));
                if (mark.equals("✓")) {
                    holders.add(columns.get(c));
                }
            }
            table.put(permission, holders);
        }
        return table;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.lastIndexOf('|')).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
