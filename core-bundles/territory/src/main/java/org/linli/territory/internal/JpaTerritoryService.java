package org.linli.territory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.audit.AuditLog;
import org.linli.common.ConflictException;
import org.linli.common.Failures;
import org.linli.common.ForbiddenException;
import org.linli.common.FieldChecks;
import org.linli.common.NotFoundException;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.common.SqlText;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.records.KindDescription;
import org.linli.records.FieldContext;
import org.linli.records.RecordGuards;
import org.linli.records.RecordWrite;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.Scope;
import org.linli.territory.SubtreeMoves;
import org.linli.territory.TerritoryQuery;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = TerritoryService.class)
public class JpaTerritoryService implements TerritoryService {
    static final String ENTITY = "territory node";

    private final JpaTemplate jpa;
    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordGuards guards;
    private final ScopeCache scopes;
    /** The registers that keep paths of their own, rewritten with every move. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<SubtreeMoves> moves = new CopyOnWriteArrayList<>();

    @Activate
    public JpaTerritoryService(
            @Reference(target = "(osgi.unit.name=linli-territory)") JpaTemplate jpa,
            @Reference AuditLog audit,
            @Reference Database database,
            @Reference Clock clock,
            @Reference RecordGuards guards,
            @Reference ScopeCache scopes) {
        this.jpa = jpa;
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.guards = guards;
        this.scopes = scopes;
    }

    @Override
    public KindDescription description() {
        return TerritoryKinds.NODES;
    }

    @Override
    public TerritoryNode create(TerritoryNode node) {
        CallerContext.require(Permission.TERRITORY_WRITE);
        return inTransaction(em -> {
            scopes.changed();
            FieldChecks checks = checkWrite(em, node, null, node.getParentId());
            Scope scope = scope(em);
            if (node.getParentId() == null && !scope.everywhere()) {
                throw new ForbiddenException("create a city outside your jurisdiction");
            }
            TerritoryNode parent = node.getParentId() == null ? null
                    : findVisible(em, scope, node.getParentId(), "parentId");
            if (parent != null) {
                TerritoryRules.checkParentLevel(checks, node.getLevel(), parent.getLevel());
                checks.throwIfAny();
                requireOpen(parent);
            }
            if (node.getClosedOn() != null) {
                throw new ValidationException("closedOn", "not_allowed", "a new node is open; close it by updating it");
            }
            requireFreeCode(em, scope, node.getCode(), null);
            TerritoryNode entity = new TerritoryNode();
            entity.setLevel(node.getLevel());
            entity.setParentId(node.getParentId());
            copyWritable(node, entity);
            em.persist(entity);
            entity.setPath(TerritoryRules.childPath(parent == null ? null : parent.getPath(), entity.getId()));
            return copy(entity);
        });
    }

    @Override
    public TerritoryNode get(long id) {
        CallerContext.require(Permission.TERRITORY_READ);
        return inTransaction(TransactionType.Supports, em -> copy(findVisible(em, scope(), id, "id")));
    }

    @Override
    public TerritoryNode update(long id, TerritoryNode node) {
        CallerContext.require(Permission.TERRITORY_WRITE);
        return inTransaction(em -> {
            scopes.changed();
            Scope scope = scope(em);
            TerritoryNode entity = em.find(TerritoryNode.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null || !scope.contains(entity.getPath())) {
                throw new NotFoundException("id", ENTITY, id);
            }
            FieldChecks checks = checkWrite(em, node, copy(entity), id);
            if (entity.getLevel() != node.getLevel()) {
                checks.add("level", "immutable", "a node keeps its level; create a new node instead");
                checks.throwIfAny();
            }
            if (!Objects.equals(entity.getCode(), node.getCode())) {
                requireFreeCode(em, scope, node.getCode(), id);
            }
            copyWritable(node, entity);
            if (!Objects.equals(entity.getParentId(), node.getParentId())) {
                TerritoryNode parent = findVisible(em, scope, node.getParentId(), "parentId");
                TerritoryRules.checkParentLevel(checks, entity.getLevel(), parent.getLevel());
                checks.throwIfAny();
                requireOpen(parent);
                move(em, entity, parent);
            }
            if (!Objects.equals(entity.getClosedOn(), node.getClosedOn())) {
                close(em, entity, node.getClosedOn());
            }
            return copy(entity);
        });
    }

    /**
     * Checks a write of {@code input} as every register's writes are checked ({@code stored} on
     * update): the record guards complete it, the declared rules and the node's own judge it,
     * and the guards review it once it has passed them; throws with every field error found. The
     * write is governed by {@code governing}, the node itself, or a new node's parent. Answers
     * the checks, for those that need the tree.
     */
    private FieldChecks checkWrite(EntityManager em, TerritoryNode input, TerritoryNode stored, Long governing) {
        // A node's fields take no code list: the code lists live in the record store, which stands on the territory.
        FieldContext check = FieldContext.detached(new FieldChecks(), LocalDate.now(clock));
        Supplier<Long> node = () -> governing != null && visible(em, governing) ? governing : null;
        guards.complete(RecordWrite.of(ENTITY, input, stored, node, em::find, check.fields()));
        TerritoryKinds.RULES.check(check, input);
        TerritoryRules.check(check.fields(), input);
        if (!check.fields().hasErrors()) {
            guards.review(RecordWrite.of(ENTITY, input, stored, node, em::find, check.fields()));
        }
        check.fields().throwIfAny();
        return check.fields();
    }

    private static boolean visible(EntityManager em, long id) {
        TerritoryNode node = em.find(TerritoryNode.class, id);
        return node != null && scope(em).contains(node.getPath());
    }

    /**
     * Moves a node under a new parent and rewrites the paths of its descendants in one statement,
     * bumping their versions so that a concurrent edit of one of them fails rather than writing an
     * old path back, and has the registers that keep paths rewrite theirs in the same transaction.
     * The parent is one level up, so it never lies inside the moved subtree.
     */
    private void move(EntityManager em, TerritoryNode entity, TerritoryNode parent) {
        String oldPath = entity.getPath();
        String newPath = TerritoryRules.childPath(parent.getPath(), entity.getId());
        em.createQuery("UPDATE TerritoryNode n SET n.path = CONCAT(:newPath, SUBSTRING(n.path, :cut)),"
                        + " n.version = n.version + 1 WHERE n.path LIKE :descendants")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("descendants", oldPath + "_%")
                .executeUpdate();
        entity.setParentId(parent.getId());
        entity.setPath(newPath);
        moves.forEach(listener -> listener.moved(oldPath, newPath));
    }

    private static void requireOpen(TerritoryNode parent) {
        if (parent.getClosedOn() != null) {
            throw new ConflictException("parentId", "closed", "territory node " + parent.getId() + " was closed on "
                    + parent.getClosedOn() + " and takes no children");
        }
    }

    /** Closes (or re-opens, with {@code null}) a node; a node is closed only once it has no children. */
    private static void close(EntityManager em, TerritoryNode entity, LocalDate closedOn) {
        if (closedOn != null) {
            long children = em.createQuery("SELECT COUNT(n) FROM TerritoryNode n WHERE n.parentId = :id", Long.class)
                    .setParameter("id", entity.getId()).getSingleResult();
            if (children > 0) {
                throw new ConflictException("closedOn", "has_children", "territory node " + entity.getId() + " still has "
                        + children + " children; move them before closing it");
            }
        }
        entity.setClosedOn(closedOn);
    }

    @Override
    public void delete(long id) {
        CallerContext.require(Permission.TERRITORY_WRITE);
        inTransaction(em -> {
            scopes.changed();
            TerritoryNode entity = findVisible(em, scope(em), id, "id");
            long children = em.createQuery("SELECT COUNT(n) FROM TerritoryNode n WHERE n.parentId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (children > 0) {
                throw new ConflictException("id", "has_children", "territory node " + id + " still has " + children + " children");
            }
            em.remove(entity);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (Failures.sqlState(e).filter(Failures.FOREIGN_KEY_VIOLATION::equals).isPresent()) {
                    throw new ConflictException("id", "in_use", "other records (households, residents, organisations, workers, visits…) still refer to territory node " + id);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Page<TerritoryNode> search(TerritoryQuery query, PageRequest page) {
        return select(query, page);
    }

    /**
     * In one statement, by id, without a count and read-only: the policy engine reads a community's
     * nodes level by level so.
     */
    @Override
    public List<TerritoryNode> all(Map<String, String> filters) {
        return select(query(filters), null).items();
    }

    /** A page of the nodes matching {@code query}; with {@code page} null, every one, uncounted (total -1). */
    private Page<TerritoryNode> select(TerritoryQuery query, PageRequest page) {
        CallerContext.require(Permission.TERRITORY_READ);
        new FieldChecks().searchText("code", query.code()).searchText("name", query.namePrefix()).throwIfAny();
        return inTransaction(em -> {
            database.planForValues(sql -> em.createNativeQuery(sql).executeUpdate());
            Scope scope = scope();
            if (!scope.everywhere() && scope.paths().isEmpty()) {
                return page == null ? new Page<>(List.of(), 0, 0, -1) : new Page<>(List.of(), page.page(), page.size(), 0);
            }
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object[]> params = new ArrayList<>();
            if (!scope.everywhere()) {
                List<String> within = new ArrayList<>();
                for (int i = 0; i < scope.paths().size(); i++) {
                    within.add("n.path LIKE :scope" + i);
                    params.add(new Object[] {"scope" + i, scope.paths().get(i) + "%"});
                }
                where.append(" AND (").append(String.join(" OR ", within)).append(")");
            }
            if (query.parentId() != null) {
                findVisible(em, scope, query.parentId(), "parentId");
                where.append(" AND n.parentId = :parentId");
                params.add(new Object[] {"parentId", query.parentId()});
            }
            if (query.withinId() != null) {
                TerritoryNode within = findVisible(em, scope, query.withinId(), "withinId");
                where.append(" AND n.path LIKE :within AND n.id <> :withinId");
                params.add(new Object[] {"within", within.getPath() + "%"});
                params.add(new Object[] {"withinId", within.getId()});
            }
            if (query.level() != null) {
                where.append(" AND n.level = :level");
                params.add(new Object[] {"level", query.level()});
            }
            if (query.code() != null) {
                where.append(" AND n.code = :code");
                params.add(new Object[] {"code", query.code()});
            }
            if (query.namePrefix() != null && !query.namePrefix().isBlank()) {
                where.append(" AND n.name LIKE :name ESCAPE '\\'");
                params.add(new Object[] {"name", SqlText.likePrefix(query.namePrefix().strip())});
            }
            String order = page == null ? " ORDER BY n.id"
                    // Pages by number follow the codes; a page given by the id it follows, the ids.
                    : page.after() == null ? " ORDER BY n.code" : " AND n.id > :after ORDER BY n.id";
            TypedQuery<TerritoryNode> select = em.createQuery("SELECT n FROM TerritoryNode n" + where + order, TerritoryNode.class);
            params.forEach(p -> select.setParameter((String) p[0], p[1]));
            if (page == null) {
                select.setHint("eclipselink.read-only", "true");
                return new Page<>(select.getResultList().stream().map(JpaTerritoryService::copy).toList(), 0, 0, -1);
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM TerritoryNode n" + where, Long.class);
            params.forEach(p -> count.setParameter((String) p[0], p[1]));
            if (page.after() != null) {
                select.setParameter("after", page.after());
            }
            long total = count.getSingleResult();
            List<TerritoryNode> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(JpaTerritoryService::copy).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** The kind's search: its filters as text, checked and parsed as every store's are. */
    @Override
    public Page<TerritoryNode> search(Map<String, String> filters, PageRequest page) {
        CallerContext.require(Permission.TERRITORY_READ);
        return search(query(filters), page);
    }

    /** The kind's filters, checked and parsed. */
    private static TerritoryQuery query(Map<String, String> filters) {
        filters.keySet().forEach(TerritoryKinds.NODES::requireFilter);
        String level = filters.get("level");
        TerritoryLevel parsed = null;
        if (level != null && !level.isBlank()) {
            try {
                parsed = TerritoryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("level", "type", "level must be one of " + Arrays.toString(TerritoryLevel.values()));
            }
        }
        return new TerritoryQuery(FieldChecks.wholeNumber("parentId", filters.get("parentId")),
                FieldChecks.wholeNumber("withinId", filters.get("withinId")), parsed, blankToNull(filters.get("code")),
                filters.get("name"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(TransactionType.Required, work);
    }

    private <T> T inTransaction(TransactionType transaction, Function<EntityManager, T> work) {
        try {
            return jpa.txExpr(transaction, work::apply);
        } catch (RuntimeException e) {
            RuntimeException failure = Failures.sqlState(e).filter(Failures.UNIQUE_VIOLATION::equals).isPresent()
                    // Another request took the same code between our check and our insert.
                    ? new ConflictException("code", "duplicate", "the code is already used by another node")
                    : Failures.unwrap(e);
            audit.recordIfTaken(ENTITY, failure);
            throw failure;
        }
    }

    /** The current caller's scope, from the paths kept for their jurisdiction while the territory stands as it is. */
    @Override
    public Scope scope() {
        return scope(codes -> scopes.paths(codes, () -> inTransaction(em -> paths(em, codes))));
    }

    /** The current caller's scope as this transaction sees the territory: for writes, which may have moved nodes. */
    private static Scope scope(EntityManager em) {
        return scope(codes -> paths(em, codes));
    }

    private static Scope scope(Function<Set<String>, List<String>> paths) {
        Caller caller = CallerContext.current();
        if (caller.everywhere()) {
            return Scope.EVERYWHERE;
        }
        return caller.jurisdictions().isEmpty() ? Scope.NOWHERE : new Scope(false, paths.apply(Set.copyOf(caller.jurisdictions())));
    }

    /** The paths of the nodes with these codes. */
    private static List<String> paths(EntityManager em, Set<String> codes) {
        return em.createQuery("SELECT n.path FROM TerritoryNode n WHERE n.code IN :codes", String.class)
                .setParameter("codes", List.copyOf(codes)).getResultList();
    }

    /** The node, if it exists and lies in the scope; otherwise not found, naming {@code field}. */
    private static TerritoryNode findVisible(EntityManager em, Scope scope, long id, String field) {
        TerritoryNode entity = em.find(TerritoryNode.class, id);
        if (entity == null || !scope.contains(entity.getPath())) {
            throw new NotFoundException(field, ENTITY, id);
        }
        return entity;
    }

    /** Refuses a code another node holds; which node, only to a caller who may see it. */
    private static void requireFreeCode(EntityManager em, Scope scope, String code, Long exceptId) {
        List<TerritoryNode> holders = em.createQuery("SELECT n FROM TerritoryNode n WHERE n.code = :code",
                        TerritoryNode.class)
                .setParameter("code", code).getResultList();
        for (TerritoryNode holder : holders) {
            if (!holder.getId().equals(exceptId)) {
                throw new ConflictException("code", "duplicate", "code " + code + " is already used"
                        + (scope.contains(holder.getPath()) ? " by territory node " + holder.getId() : ""));
            }
        }
    }

    private static void copyWritable(TerritoryNode from, TerritoryNode to) {
        to.setCode(from.getCode());
        to.setName(from.getName().strip());
        to.setPolicyPlugins(from.getPolicyPlugins() == null ? new ArrayList<>() : new ArrayList<>(from.getPolicyPlugins()));
        to.setLongitude(from.getLongitude());
        to.setLatitude(from.getLatitude());
    }

    /** A copy of a stored node for a caller: what a caller changes in it never reaches the database. */
    static TerritoryNode copy(TerritoryNode stored) {
        TerritoryNode node = new TerritoryNode(stored.getParentId(), stored.getLevel(), stored.getCode(), stored.getName());
        node.setId(stored.getId());
        node.setPath(stored.getPath());
        node.setPolicyPlugins(new ArrayList<>(stored.getPolicyPlugins()));
        node.setLongitude(stored.getLongitude());
        node.setLatitude(stored.getLatitude());
        node.setClosedOn(stored.getClosedOn());
        return node;
    }
}
