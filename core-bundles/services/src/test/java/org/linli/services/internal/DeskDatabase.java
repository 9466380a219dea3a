package org.linli.services.internal;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;
import org.linli.common.NotFoundException;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.database.DatabaseHealth;
import org.linli.database.internal.TestMigrations;
import org.linli.records.KindDescription;
import org.linli.records.RecordGuard;
import org.linli.records.RecordGuards;
import org.linli.records.RecordWrite;
import org.linli.residents.ResidentService;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The service desk outside OSGi on a real, migrated database: H2 in memory, or the throwaway
 * PostgreSQL of {@code ./linli test} (named by {@code LINLI_TEST_PG_URL}, emptied first). The desk's
 * own persistence mapping runs through EclipseLink, resource-local; one district, street and
 * community stand in the territory table, and the guards are the ones a test registers.
 */
final class DeskDatabase {
    static final long DISTRICT = 1;
    static final long STREET = 2;
    static final long COMMUNITY = 3;

    final DataSource dataSource;
    final EntityManagerFactory emf;
    /** The record guards running now: what the registry of linli-records holds in the runtime. */
    final List<RecordGuard> guards = new CopyOnWriteArrayList<>();
    final JpaServiceDesk desk;

    private DeskDatabase(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        TestMigrations.migrate(dataSource);
        execute("INSERT INTO territory_node (id, parent_id, level, code, name, path, version) VALUES"
                + " (1, NULL, 'DISTRICT', '370502', '东营区', '/1/', 1),"
                + " (2, 1, 'STREET', '370502001', '文汇街道', '/1/2/', 1),"
                + " (3, 2, 'COMMUNITY', '370502001001', '金湖社区', '/1/2/3/', 1)");
        emf = Persistence.createEntityManagerFactory("linli-services-test", Map.of(
                "eclipselink.persistencexml", "META-INF/linli-services-test.xml",
                "javax.persistence.nonJtaDataSource", dataSource));
        desk = new JpaServiceDesk(new LocalJpa(emf), new Territory(), new Guards(), unused(ResidentService.class),
                database(dataSource instanceof PGSimpleDataSource), java.time.Clock.systemDefaultZone(), defaults());
    }

    static DeskDatabase h2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:desk-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return new DeskDatabase(h2);
    }

    static DeskDatabase postgresql(String url) throws SQLException {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getenv().getOrDefault("LINLI_TEST_PG_USER", "linli"));
        pg.setPassword(System.getenv().getOrDefault("LINLI_TEST_PG_PASSWORD", ""));
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return new DeskDatabase(pg);
    }

    void close() {
        emf.close();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** What Aries JPA does for the desk in the runtime: one entity manager and transaction per outermost call. */
    private static final class LocalJpa implements JpaTemplate {
        private final EntityManagerFactory emf;
        private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

        LocalJpa(EntityManagerFactory emf) {
            this.emf = emf;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            EntityManager joined = current.get();
            if (joined != null) {
                return code.apply(joined);
            }
            EntityManager em = emf.createEntityManager();
            current.set(em);
            try {
                em.getTransaction().begin();
                R result = code.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                current.remove();
                em.close();
            }
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }

    /** Asks the guards registered now, as the registry of linli-records does. */
    private final class Guards implements RecordGuards {
        @Override
        public void complete(RecordWrite<?> write) {
            guards.forEach(guard -> guard.complete(write));
        }

        @Override
        public void review(RecordWrite<?> write) {
            guards.forEach(guard -> guard.review(write));
        }

        @Override
        public boolean lifts(RecordWrite<?> write, String restriction) {
            return guards.stream().anyMatch(guard -> guard.lifts(write, restriction));
        }
    }

    /** The three nodes of the territory table, every caller's jurisdiction: these tests are about the desk, not about scope. */
    private static final class Territory implements TerritoryService {
        private final Map<Long, TerritoryNode> nodes = new ConcurrentHashMap<>();

        Territory() {
            add(DISTRICT, null, TerritoryLevel.DISTRICT, "370502", "/1/");
            add(STREET, DISTRICT, TerritoryLevel.STREET, "370502001", "/1/2/");
            add(COMMUNITY, STREET, TerritoryLevel.COMMUNITY, "370502001001", "/1/2/3/");
        }

        private void add(long id, Long parent, TerritoryLevel level, String code, String path) {
            TerritoryNode node = new TerritoryNode(parent, level, code, code);
            node.setId(id);
            node.setPath(path);
            nodes.put(id, node);
        }

        @Override
        public TerritoryNode get(long id) {
            TerritoryNode node = nodes.get(id);
            if (node == null) {
                throw new NotFoundException("id", "territory node", id);
            }
            return node;
        }

        @Override
        public Scope scope() {
            return Scope.EVERYWHERE;
        }

        @Override
        public TerritoryNode create(TerritoryNode node) {
            throw new UnsupportedOperationException("the desk does not create territory");
        }

        @Override
        public TerritoryNode update(long id, TerritoryNode node) {
            throw new UnsupportedOperationException("the desk does not change territory");
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException("the desk does not delete territory");
        }

        @Override
        public Page<TerritoryNode> search(TerritoryQuery query, PageRequest page) {
            throw new UnsupportedOperationException("the desk does not search territory");
        }

        @Override
        public Page<TerritoryNode> search(Map<String, String> filters, PageRequest page) {
            throw new UnsupportedOperationException("the desk does not search territory");
        }

        @Override
        public Map<String, String> filters() {
            throw new UnsupportedOperationException("the desk does not search territory");
        }

        @Override
        public KindDescription description() {
            throw new UnsupportedOperationException("the desk does not describe territory");
        }
    }

    /** The database as the stores ask it: which one it is. */
    private static Database database(boolean postgres) {
        return new Database() {
            @Override
            public DatabaseHealth check() {
                throw new UnsupportedOperationException("the desk does not check the database");
            }

            @Override
            public boolean postgres() {
                return postgres;
            }
        };
    }

    private static <T> T unused(Class<T> service) {
        return service.cast(Proxy.newProxyInstance(DeskDatabase.class.getClassLoader(), new Class<?>[] {service}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "unused " + service.getSimpleName();
            }
            throw new UnsupportedOperationException(service.getSimpleName() + "." + method.getName() + " is not used by these tests");
        }));
    }

    /** The desk's settings at their defaults, as ConfigAdmin gives them without a file. */
    private static JpaServiceDesk.Config defaults() {
        return (JpaServiceDesk.Config) Proxy.newProxyInstance(DeskDatabase.class.getClassLoader(), new Class<?>[] {JpaServiceDesk.Config.class},
                (proxy, method, args) -> method.getName().equals("annotationType") ? JpaServiceDesk.Config.class : method.getDefaultValue());
    }
}
