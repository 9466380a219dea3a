package org.linli.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.OrganisationService;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Role;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * A benchmark, not a timed test: a page of a register search through the record store (permission,
 * jurisdiction, filters parsed, EclipseLink mapping) against the same page read by hand with JDBC,
 * in the same container on the same rows. It checks that both read the same rows and writes the
 * ratio to {@code itests/target/benchmarks/}; no figure can fail it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RecordSearchBenchmark extends LinliTestSupport {
    private static final int MEMBERS = 1000;
    private static final int WARM_UP = 100;
    private static final int ROUNDS = 500;
    private static final int PAGE = 50;

    @Inject
    @Filter("(osgi.jndi.service.name=linli)")
    private DataSource dataSource;

    @Inject
    private OrganisationService organisations;

    @Test
    public void aRegisterSearchAgainstTheSameQueryByHand() throws Exception {
        awaitUp();
        RestIT.Tree tree = new RestIT.Tree();
        long committee = OrganisationsIT.organisation("RESIDENTS_COMMITTEE", "基准居委会", tree.community, null, null);
        long term = OrganisationsIT.term(committee, LocalDate.now().minusYears(1), LocalDate.now().plusYears(4), 9);
        Caller admin = Caller.system("benchmark");
        CallerContext.callAs(admin, () -> {
            for (int i = 0; i < MEMBERS; i++) {
                Membership member = new Membership();
                member.setTermId(term);
                member.setPersonName("成员" + i);
                member.setRole(MemberRole.MEMBER);
                member.setResidentRepresentative(i % 3 == 0);
                organisations.memberships().create(member);
            }
            return null;
        });
        Caller staff = new Caller("benchmark-staff", Set.of(Role.COMMUNITY_STAFF), Set.of(tree.communityCode), "local");
        String on = LocalDate.now().toString();
        Map<String, String> filters = Map.of("termId", String.valueOf(term), "on", on);
        IntFunction<List<Long>> store = page -> CallerContext.callAs(admin, () -> ids(organisations.memberships()
                .search(filters, PageRequest.of(page, PAGE))));
        IntFunction<List<Long>> scoped = page -> CallerContext.callAs(staff, () -> ids(organisations.memberships()
                .search(filters, PageRequest.of(page, PAGE))));
        IntFunction<List<Long>> byHand = page -> byHand(term, LocalDate.now(), page);

        for (int page = 0; page < MEMBERS / PAGE; page++) {
            assertEquals(byHand.apply(page), store.apply(page));
            assertEquals(byHand.apply(page), scoped.apply(page));
        }
        double handNanos = measure(byHand);
        double storeNanos = measure(store);
        double scopedNanos = measure(scoped);
        String db = onPostgres() ? "PostgreSQL" : "H2";
        String report = String.format("records search, %s, %d rows, pages of %d, %d rounds after %d warm-up:%n"
                        + "  JDBC by hand (count + page, every column read): %.0f µs/page%n"
                        + "  record store, administrator:                    %.0f µs/page, %.2f × by hand%n"
                        + "  record store, community staff (scoped):         %.0f µs/page, %.2f × by hand%n",
                db, MEMBERS, PAGE, ROUNDS, WARM_UP, handNanos / 1000, storeNanos / 1000, storeNanos / handNanos,
                scopedNanos / 1000, scopedNanos / handNanos);
        Path out = Path.of(System.getProperty("linli.it.benchmarks"), "records-search-" + db.toLowerCase() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static double measure(IntFunction<List<Long>> search) {
        for (int i = 0; i < WARM_UP; i++) {
            search.apply(i % (MEMBERS / PAGE));
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            search.apply(i % (MEMBERS / PAGE));
        }
        return (System.nanoTime() - start) / (double) ROUNDS;
    }

    private static List<Long> ids(Page<Membership> page) {
        return page.items().stream().map(Membership::getId).toList();
    }

    /** The count and the page the store's search makes, written by hand, every column read as the store reads it. */
    private List<Long> byHand(long term, LocalDate on, int page) {
        String where = " FROM membership t WHERE t.term_id = ? AND t.starts_on <= ? AND (t.ends_on IS NULL OR t.ends_on >= ?)";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(count, term, on);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    rows.getLong(1);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT t.*" + where + " ORDER BY t.id LIMIT " + PAGE
                    + " OFFSET " + (long) page * PAGE)) {
                bind(select, term, on);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                        ids.add(rows.getLong("id"));
                    }
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void bind(PreparedStatement statement, long term, LocalDate on) throws SQLException {
        statement.setLong(1, term);
        statement.setDate(2, java.sql.Date.valueOf(on));
        statement.setDate(3, java.sql.Date.valueOf(on));
    }
}
