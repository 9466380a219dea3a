package org.linli.itests;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The organisations, staff and a year of their work in a city {@link CityGenerator} made and Linli
 * imported, loaded straight into the database with JDBC, the same from the same seed. Per
 * community: its residents' committee (居委会) with a term and seven members, its party
 * organisation, the six sub-committees (下属委员会) of seven to nine members each, a director, a
 * deputy, five full-time workers and a grid worker (网格员) for each grid; then, for the year
 * before {@code until}, the workers' household visits (走访: most weeks two days of four visits, some
 * weeks one short day, as a policy must tell apart), a patrol of nearly every grid on nearly
 * every day, and residents' requests (诉求 / 办件), about one for every four households, each with
 * the steps of its way through the desk: most done in time, some late, some refused, the last few
 * weeks' still open, and one problem in ten escalated to a department (吹哨), which reports back
 * mostly by its deadline. A catalogue of services is added where the database has none of them.
 *
 * <p>Ids are taken from each table's sequence as Linli's stores take them, a block of 50 for each
 * value, so that the stores go on writing after the load.
 *
 * <pre>
 * java ... org.linli.itests.CityActivity jdbc-url user password district-code [seed]
 * </pre>
 */
public final class CityActivity {
    private static final String[] SIX = {"people-mediation", "public-security", "public-health", "social-welfare",
        "culture-sports", "co-governance"};
    private static final String[] SIX_NAMES = {"人民调解委员会", "治安保卫委员会", "公共卫生委员会", "社会福利委员会", "文化体育委员会",
        "共建共治委员会"};
    private static final String[] PURPOSES = {"routine", "routine", "elderly-alone", "public-opinion", "dispute", "service"};
    /** Services of the catalogue: code, names, category, time limit and its unit. */
    private static final String[][] CATALOGUE = {
        {"minimum-living", "最低生活保障申请", "Minimum living allowance", "civil-affairs", "20", "WORKING_DAYS"},
        {"residence-permit", "居住证申领", "Residence permit", "household-registration", "15", "WORKING_DAYS"},
        {"employment-registration", "就业失业登记", "Employment registration", "employment", "5", "WORKING_DAYS"},
        {"medical-insurance", "城乡居民医保参保", "Residents' medical insurance", "social-security", "5", "WORKING_DAYS"},
        {"family-doctor", "家庭医生签约", "Family doctor contract", "health", "3", "WORKING_DAYS"},
        {"street-light", "路灯报修", "Street light repair", "environment", "48", "HOURS"},
    };
    private static final String[] PROBLEMS = {"楼道堆放杂物", "小区噪音扰民", "下水道堵塞", "电动车违规充电", "垃圾清运不及时", "邻里漏水纠纷"};
    private static final String[] CHANNELS = {"COUNTER", "COUNTER", "PHONE", "ONLINE", "GRID_PATROL"};
    private static final String[] DEPARTMENTS = {"区城管委", "区住建委", "区民政局", "派出所", "区卫健委"};
    /** A request's steps in order: the action, and the status it leaves. */
    private static final String[][] STEPS = {{"RECEIVE", "RECEIVED"}, {"ACCEPT", "ACCEPTED"}, {"START", "IN_PROGRESS"},
        {"COMPLETE", "COMPLETED"}, {"NOTIFY", "NOTIFIED"}, {"CLOSE", "CLOSED"}};
    private static final int BATCH = 1_000;

    /** What was loaded, and in how long. */
    public record Loaded(int communities, long organisations, long memberships, long workers, long visits, long patrols,
                         long requests, long steps, long dispatches, double seconds) {
        public long rows() {
            return organisations + memberships + workers + visits + patrols + requests + steps + dispatches;
        }
    }

    private final Connection connection;
    private final boolean postgres;
    private final SplittableRandom random;
    private final LocalDate until;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<Long, String> workerNames = new HashMap<>();

    private CityActivity(Connection connection, long seed, LocalDate until) throws SQLException {
        this.connection = connection;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        this.random = new SplittableRandom(seed);
        this.until = until;
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            Loaded loaded = load(connection, args[3], args.length > 4 ? Long.parseLong(args[4]) : 1, LocalDate.now());
            System.out.printf(Locale.ROOT, "%s%n", loaded);
        }
    }

    /** Loads the activity of every community under the node coded {@code district}, in one transaction. */
    public static Loaded load(Connection connection, String district, long seed, LocalDate until) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            CityActivity activity = new CityActivity(connection, seed, until);
            activity.catalogue();
            List<Community> communities = communities(connection, district);
            for (Community community : communities) {
                activity.community(community);
            }
            activity.finish();
            connection.commit();
            return new Loaded(communities.size(), activity.count("organisation"), activity.count("membership"),
                    activity.count("worker"), activity.count("visit"), activity.count("patrol"), activity.count("service_request"),
                    activity.count("request_step"), activity.count("dispatch"), (System.nanoTime() - started) / 1e9);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether activity was loaded under the district already. */
    public static boolean loaded(Connection connection, String district) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM worker w JOIN territory_node c"
                + " ON c.id = w.community_id JOIN territory_node d ON c.path LIKE CONCAT(d.path, '%') WHERE d.code = ?")) {
            statement.setString(1, district);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** A community of the district: its id, path and name. */
    public record Community(long id, String path, String name) {
    }

    /** The communities under the node coded {@code district}, by code. */
    public static List<Community> communities(Connection connection, String district) throws SQLException {
        List<Community> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.id, c.path, c.name FROM territory_node c"
                + " JOIN territory_node d ON c.path LIKE CONCAT(d.path, '%') WHERE d.code = ? AND c.level = 'COMMUNITY' ORDER BY c.code")) {
            statement.setString(1, district);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Community(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no community under " + district);
        }
        return found;
    }

    private void community(Community of) throws SQLException {
        long community = of.id();
        String path = of.path();
        String name = of.name();
        List<Long> grids = ids("SELECT id FROM territory_node WHERE path LIKE ? AND level = 'GRID' ORDER BY id", path + "%");
        List<long[]> households = pairs("SELECT h.id, h.dwelling_id FROM household h JOIN territory_node d ON d.id = h.dwelling_id"
                + " WHERE d.path LIKE ? ORDER BY h.id", path + "%");
        // Members come from the community's own residents, in the order of their ids; requests from any of them.
        List<Object[]> residents = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, name, sex, dwelling_id FROM resident"
                + " WHERE dwelling_path LIKE ? ORDER BY id")) {
            statement.setString(1, path + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    residents.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)});
                }
            }
        }
        LocalDate termStart = LocalDate.of(until.getYear() - 1 - random.nextInt(3), 3, 1);
        LocalDate termEnd = termStart.plusYears(5).minusDays(1);
        long committee = organisation(community, "RESIDENTS_COMMITTEE", name + "居民委员会", null, null, termStart);
        organisation(community, "PARTY_ORGANISATION", name + "党委", null, "party-committee", termStart);
        int member = 0;
        member = members(committee, term(committee, termStart, termEnd, 7), residents, member, 7, termStart);
        for (int i = 0; i < SIX.length; i++) {
            long sub = organisation(community, "SUB_COMMITTEE", SIX_NAMES[i], committee, SIX[i], termStart);
            member = members(sub, term(sub, termStart, termEnd, 9), residents, member, 7 + random.nextInt(3), termStart);
        }

        LocalDate hired = until.minusYears(2);
        List<Long> cadres = new ArrayList<>();
        cadres.add(worker(community, "committee-director", "principal", hired));
        cadres.add(worker(community, "deputy-director", "deputy", hired));
        for (int i = 0; i < 5; i++) {
            cadres.add(worker(community, "full-time-worker", "staff", hired.plusDays(random.nextInt(300))));
        }
        // The staff who accept requests at the desk, by the names their worker records carry.
        List<String> desk = new ArrayList<>();
        for (long cadre : cadres) {
            desk.add(workerNames.get(cadre));
        }
        List<long[]> gridWorkers = new ArrayList<>();
        for (long grid : grids) {
            long worker = worker(community, "grid-worker", "staff", hired);
            row("grid_assignment", "worker_id, node_id, role, starts_on", worker, grid, "GRID_WORKER", Date.valueOf(hired));
            gridWorkers.add(new long[] {worker, grid});
        }

        LocalDate from = until.minusYears(1);
        for (long cadre : households.isEmpty() ? List.<Long>of() : cadres) {
            for (LocalDate monday = from.with(DayOfWeek.MONDAY); monday.isBefore(until); monday = monday.plusWeeks(1)) {
                // Most weeks two days of four visits; one week in eight a single short day.
                boolean full = random.nextInt(8) != 0;
                int first = random.nextInt(5);
                for (int day = 0; day < (full ? 2 : 1); day++) {
                    LocalDate on = monday.plusDays((first + day * 2) % 5);
                    if (on.isBefore(from) || !on.isBefore(until)) {
                        continue;
                    }
                    LocalTime at = LocalTime.of(9, 0);
                    for (int v = 0; v < (full ? 4 : 2); v++) {
                        long[] household = households.get(random.nextInt(households.size()));
                        int minutes = full ? 60 + random.nextInt(60) : 30 + random.nextInt(30);
                        row("visit", "worker_id, visited_on, starts_at, minutes, dwelling_id, household_id, purpose", cadre, Date.valueOf(on),
                                Time.valueOf(at), minutes, household[1], household[0], PURPOSES[random.nextInt(PURPOSES.length)]);
                        at = at.plusMinutes(minutes + 10);
                    }
                }
            }
        }
        for (long[] gridWorker : gridWorkers) {
            for (LocalDate on = from; on.isBefore(until); on = on.plusDays(1)) {
                if (random.nextInt(40) != 0) {
                    row("patrol", "grid_id, worker_id, patrolled_on, starts_at, minutes, issues_found", gridWorker[1], gridWorker[0],
                            Date.valueOf(on), Time.valueOf(LocalTime.of(8 + random.nextInt(3), 30)), 60 + random.nextInt(60),
                            random.nextInt(10) == 0 ? 1 : 0);
                }
            }
        }
        for (int i = 0; i < households.size() / 4 && !residents.isEmpty(); i++) {
            request(residents.get(random.nextInt(residents.size())), desk, from);
        }
    }

    /** The services of {@link #CATALOGUE} the database lacks, added as active services. */
    private void catalogue() throws SQLException {
        for (String[] service : CATALOGUE) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM service WHERE code = ?")) {
                exists.setString(1, service[0]);
                try (ResultSet count = exists.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        row("service", "code, name_zh, name_en, category, time_limit, time_unit, administrative_task, active", service[0],
                                service[1], service[2], service[3], Integer.parseInt(service[4]), service[5], false, true);
                    }
                }
            }
        }
    }

    /**
     * A request of {@code resident} about their dwelling, received on a working day of the year
     * from {@code from}, with the steps it took before {@code until}: its status is its last step's.
     */
    private void request(Object[] resident, List<String> desk, LocalDate from) throws SQLException {
        LocalDate day = from.plusDays(random.nextInt(365));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        LocalDateTime received = day.atTime(8, 30).plusMinutes(random.nextInt(9 * 60));
        if (!received.isBefore(until.atStartOfDay())) {
            return;
        }
        String[] service = random.nextInt(10) < 7 ? CATALOGUE[random.nextInt(CATALOGUE.length)] : null;
        int limit = service == null ? 5 : Integer.parseInt(service[4]);
        boolean hours = service != null && "HOURS".equals(service[5]);
        LocalDateTime expected = hours ? received.plusHours(limit) : workingDays(received, limit);
        String owner = desk.get(random.nextInt(desk.size()));
        // When each step is taken; the refused stop at reception, and one in twelve is done late.
        boolean refused = random.nextInt(33) == 0;
        LocalDateTime accepted = received.plusMinutes(10 + random.nextInt(110));
        LocalDateTime started = accepted.plusMinutes(random.nextInt(60));
        LocalDateTime completed = random.nextInt(12) == 0 ? expected.plusHours(1 + random.nextInt(5 * 24))
                : started.plusMinutes((long) (random.nextDouble() * Duration.between(started, expected).toMinutes()));
        LocalDateTime[] at = {received, accepted, started, completed, completed.plusHours(1 + random.nextInt(24)),
            completed.plusDays(1 + random.nextInt(3))};
        LocalDateTime now = until.atStartOfDay();
        int taken = 1;
        while (!refused && taken < STEPS.length && at[taken].isBefore(now)) {
            taken++;
        }
        String status = refused ? "REJECTED" : STEPS[taken - 1][1];
        boolean ownerTaken = !refused && taken > 1;
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        long request = row("service_request", "service_code, description, node_id, channel, requester_resident_id, requester_name,"
                        + " status, owner, received_at, expected_at, completed_at, notified_at", service == null ? null : service[0],
                service == null ? problem : service[1] + "申请", resident[3], CHANNELS[random.nextInt(CHANNELS.length)], resident[0],
                resident[1], status, ownerTaken ? owner : null, timestamp(received), timestamp(expected),
                taken > 3 ? timestamp(at[3]) : null, taken > 4 ? timestamp(at[4]) : null);
        for (int step = 0; step < taken; step++) {
            row("request_step", "request_id, action, status, happened_at, actor, note", request, STEPS[step][0], STEPS[step][1],
                    timestamp(at[step]), step == 0 ? "前台" : owner, null);
        }
        if (refused) {
            row("request_step", "request_id, action, status, happened_at, actor, note", request, "REJECT", "REJECTED",
                    timestamp(received.plusMinutes(5)), "前台", "不属于社区受理范围");
        }
        LocalDateTime escalated = accepted.plusHours(random.nextInt(24));
        if (service == null && ownerTaken && random.nextInt(10) == 0 && escalated.isBefore(now)) {
            dispatch(request, escalated);
        }
    }

    /** A problem escalated to a department, which acknowledges it and reports back, mostly by the deadline. */
    private void dispatch(long request, LocalDateTime sent) throws SQLException {
        LocalDateTime deadline = sent.plusHours(72);
        LocalDateTime acknowledged = sent.plusHours(1 + random.nextInt(8));
        LocalDateTime reported = random.nextInt(7) == 0 ? deadline.plusHours(1 + random.nextInt(48))
                : acknowledged.plusHours(random.nextInt(60));
        LocalDateTime now = until.atStartOfDay();
        boolean done = reported.isBefore(now);
        row("dispatch", "request_id, department, sent_at, deadline, acknowledged_at, reported_at, report", request,
                DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], timestamp(sent), timestamp(deadline),
                acknowledged.isBefore(now) ? timestamp(acknowledged) : null, done ? timestamp(reported) : null, done ? "已处理完毕" : null);
    }

    /** {@code days} working days after {@code from}, Saturdays and Sundays skipped. */
    private static LocalDateTime workingDays(LocalDateTime from, int days) {
        LocalDateTime due = from;
        for (int left = days; left > 0; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return due;
    }

    private static Timestamp timestamp(LocalDateTime at) {
        return Timestamp.valueOf(at);
    }

    private long organisation(long community, String kind, String name, Long parent, String type, LocalDate established)
            throws SQLException {
        return row("organisation", "kind, name, community_id, parent_id, type_code, established_on", kind, name, community, parent,
                type, Date.valueOf(established));
    }

    private long term(long organisation, LocalDate starts, LocalDate ends, int seats) throws SQLException {
        return row("org_term", "organisation_id, starts_on, ends_on, seats", organisation, Date.valueOf(starts), Date.valueOf(ends), seats);
    }

    /** {@code count} members from {@code residents}, starting at {@code next}; answers the next resident. */
    private int members(long organisation, long term, List<Object[]> residents, int next, int count, LocalDate starts)
            throws SQLException {
        for (int i = 0; i < count && !residents.isEmpty(); i++) {
            Object[] resident = residents.get(next++ % residents.size());
            String role = i == 0 ? "CHAIR" : i == 1 ? "DEPUTY_CHAIR" : "MEMBER";
            row("membership", "term_id, organisation_id, person_name, resident_id, sex, role, full_time, locally_resident, starts_on",
                    term, organisation, resident[1], resident[0], resident[2], role, i < 2, true, Date.valueOf(starts));
        }
        return next;
    }

    private long worker(long community, String post, String category, LocalDate hired) throws SQLException {
        String name = "工作人员" + (count("worker") + 1);
        long id = row("worker", "name, community_id, post, post_category, grade, hired_on, status, registration_form_complete",
                name, community, post, category, 1 + random.nextInt(9), Date.valueOf(hired), "ACTIVE", true);
        workerNames.put(id, name);
        return id;
    }

    /** Adds a row to {@code table}'s batch; answers its id. */
    private long row(String table, String columns, Object... values) throws SQLException {
        return tables.computeIfAbsent(table, t -> new Table(t, columns)).add(values);
    }

    private long count(String table) {
        Table rows = tables.get(table);
        return rows == null ? 0 : rows.count;
    }

    private void finish() throws SQLException {
        for (Table table : tables.values()) {
            table.finish();
        }
    }

    private List<Long> ids(String sql, String parameter) throws SQLException {
        List<Long> found = new ArrayList<>();
        for (long[] pair : pairs(sql, parameter)) {
            found.add(pair[0]);
        }
        return found;
    }

    private List<long[]> pairs(String sql, String parameter) throws SQLException {
        List<long[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    found.add(columns == 1 ? new long[] {rows.getLong(1)} : new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
        }
        return found;
    }

    /** One table's insert, batched, with ids from its sequence in Linli's blocks of 50. */
    private final class Table {
        private final String name;
        private final PreparedStatement insert;
        private long next;
        private long last = -1;
        private long count;
        private int batched;

        Table(String name, String columns) {
            this.name = name;
            try {
                int values = columns.split(",").length;
                insert = connection.prepareStatement("INSERT INTO " + name + " (id, " + columns + ") VALUES (?"
                        + ", ?".repeat(values) + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        long add(Object... values) throws SQLException {
            if (next > last) {
                last = nextValue();
                next = last - 49;
            }
            long id = next++;
            insert.setLong(1, id);
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 2, values[i]);
            }
            insert.addBatch();
            count++;
            if (++batched == BATCH) {
                // Every table's rows so far, in the order the tables were first written, which is
                // the order of their references: a visit's worker is stored before the visit.
                for (Table table : tables.values()) {
                    table.flush();
                }
            }
            return id;
        }

        void flush() throws SQLException {
            if (batched > 0) {
                insert.executeBatch();
                batched = 0;
            }
        }

        private long nextValue() throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet value = statement.executeQuery(postgres ? "SELECT nextval('" + name + "_seq')"
                         : "SELECT NEXT VALUE FOR " + name + "_seq")) {
                value.next();
                return value.getLong(1);
            }
        }

        void finish() throws SQLException {
            flush();
            insert.close();
        }
    }
}
