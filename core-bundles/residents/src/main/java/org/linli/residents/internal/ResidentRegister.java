package org.linli.residents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.linli.audit.AuditLog;
import org.linli.common.ConflictException;
import org.linli.common.Failures;
import org.linli.common.FieldChecks;
import org.linli.common.NotFoundException;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.common.SqlText;
import org.linli.common.ValidationException;
import org.linli.database.Database;
import org.linli.records.RecordGuards;
import org.linli.records.RecordStore;
import org.linli.records.RecordWrite;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Household;
import org.linli.residents.HouseholdQuery;
import org.linli.residents.HouseholdService;
import org.linli.residents.RelationToHead;
import org.linli.residents.Residence;
import org.linli.residents.Resident;
import org.linli.residents.ResidentIdNumber;
import org.linli.residents.ResidentQuery;
import org.linli.residents.ResidentService;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;

/**
 * The register of residents and households (人口登记): the rules and queries behind
 * {@link ResidentService} and {@link HouseholdService}, which share a transaction when a household
 * is registered with its members.
 */
final class ResidentRegister {
    static final int MAX_REASON = 200;
    private static final List<String> PERSONAL_FIELDS = List.of("idNumber", "phone");

    private final JpaTemplate jpa;
    private final TerritoryService territory;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordGuards guards;
    /** The database, whose vendor decides how a search is planned. */
    private final Database database;

    ResidentRegister(JpaTemplate jpa, TerritoryService territory, AuditLog audit, Clock clock, RecordGuards guards, Database database) {
        this.jpa = jpa;
        this.territory = territory;
        this.audit = audit;
        this.clock = clock;
        this.guards = guards;
        this.database = database;
    }

    // ---- residents ----

    Resident createResident(Resident resident) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        return inTransaction(em -> {
            ResidentIdNumber idNumber = checkResident(em, resident, null);
            Resident entity = new Resident();
            store(em, entity, resident, idNumber, "", resident.getHouseholdId(), false);
            em.persist(entity);
            ResidentPlaces.ofResident(em, entity.getId());
            return toApi(em, entity);
        });
    }

    Resident getResident(long id) {
        CallerContext.require(Permission.RESIDENT_READ);
        // A single read needs no transaction: it is the register's most frequent request.
        return inTransaction(TransactionType.Supports, em -> toApi(em, findResident(em, id)));
    }

    Resident updateResident(long id, Resident resident) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        return inTransaction(em -> {
            Resident entity = findResident(em, id);
            // What a caller read masked and sends back unchanged keeps the stored value.
            if (Objects.equals(resident.getIdNumber(), ResidentRules.maskIdNumber(entity.getIdNumber()))) {
                resident.setIdNumber(entity.getIdNumber());
            }
            if (resident.getPhone() != null && resident.getPhone().equals(ResidentRules.maskPhone(entity.getPhone()))) {
                resident.setPhone(entity.getPhone());
            }
            ResidentIdNumber idNumber = checkResident(em, resident, toApi(entity, householdDwelling(em, entity), true));
            store(em, entity, resident, idNumber, "", resident.getHouseholdId(), false);
            ResidentPlaces.ofResident(em, entity.getId());
            return toApi(em, entity);
        });
    }

    Resident revealResident(long id, String reason) {
        CallerContext.require(Permission.RESIDENT_REVEAL);
        new FieldChecks().text("reason", reason, MAX_REASON).throwIfAny();
        return inTransaction(em -> {
            Resident entity = findResident(em, id);
            Long householdDwelling = householdDwelling(em, entity);
            audit.record(place(entity.getDwellingId(), householdDwelling), "reveal", "resident", id, PERSONAL_FIELDS,
                    reason.strip(), null);
            return toApi(entity, householdDwelling, true);
        });
    }

    void deleteResident(long id) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        inTransaction(em -> {
            em.remove(findResident(em, id));
            return null;
        });
    }

    /** The kind's search: its filters as text, checked and parsed as every store's are. */
    Page<Resident> searchResidents(Map<String, String> filters, PageRequest page) {
        CallerContext.require(Permission.RESIDENT_READ);
        filters.keySet().forEach(ResidentKinds.RESIDENTS::requireFilter);
        return searchResidents(new ResidentQuery(filters.get("name"), filters.get("idNumber"), FieldChecks.wholeNumber("householdId", filters.get("householdId")),
                FieldChecks.wholeNumber(RecordStore.NODE_FILTER, filters.get(RecordStore.NODE_FILTER))), page);
    }

    Page<Resident> searchResidents(ResidentQuery query, PageRequest page) {
        CallerContext.require(Permission.RESIDENT_READ);
        new FieldChecks().searchText("name", query.namePrefix()).searchText("idNumber", query.idNumber()).throwIfAny();
        return inTransaction(em -> {
            SqlFilter filter = new SqlFilter();
            Scope scope = territory.scope();
            // Null: anywhere. Otherwise a resident lives or is registered under one of these.
            List<String> places = scope.everywhere() ? null : scope.paths();
            if (query.nodeId() != null) {
                places = within(places, nodePath("nodeId", query.nodeId()));
            }
            if (query.namePrefix() != null && !query.namePrefix().isBlank()) {
                filter.and("r.name LIKE ? ESCAPE '\\'", SqlText.likePrefix(query.namePrefix().strip()));
            }
            String idNumber = query.idNumber() == null || query.idNumber().isBlank() ? null
                    : query.idNumber().strip().toUpperCase(Locale.ROOT);
            if (idNumber != null) {
                filter.and("r.id_number = ?", idNumber);
            }
            if (query.householdId() != null) {
                findHousehold(em, query.householdId(), "householdId");
                filter.and("r.household_id = ?", query.householdId());
            }
            if (places != null) {
                residentsUnder(filter, places);
            }
            database.planForValues(sql -> em.createNativeQuery(sql).executeUpdate());
            long total = filter.count(em, "resident r");
            @SuppressWarnings("unchecked")
            List<Resident> rows = filter.select(em, "SELECT r.* FROM resident r", "r.id", page, Resident.class)
                    .getResultList();
            Map<Long, Long> householdDwellings = householdDwellings(em,
                    rows.stream().map(Resident::getHouseholdId).filter(Objects::nonNull).distinct().toList());
            List<Resident> items = rows.stream()
                    .map(row -> toApi(row, householdDwellings.get(row.getHouseholdId()))).toList();
            if (idNumber != null) {
                // A search by the whole number is a look-up of personal data (it confirms a guess).
                Resident found = items.size() == 1 ? items.get(0) : null;
                audit.record(found == null ? null : place(found.getDwellingId(), householdDwellings.get(found.getHouseholdId())),
                        "search", "resident", found == null ? "-" : found.getId(), List.of("idNumber"), null,
                        "by ID number " + (idNumber.length() == 18 ? ResidentRules.maskIdNumber(idNumber) : "of " + idNumber.length() + " characters")
                                + ": " + total + " found");
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /**
     * Checks a write of {@code input} as every register's writes are checked ({@code stored}: the
     * resident as stored, unmasked, on update): the record guards complete it, the declared rules
     * and the register's own judge it, and the guards review it once it has passed them. Answers
     * the parsed ID number; throws with every field error found.
     */
    private ResidentIdNumber checkResident(EntityManager em, Resident input, Resident stored) {
        RecordCheck check = new RecordCheck(em, territory, today());
        Supplier<Long> node = check.governing(() -> input.getDwellingId() != null ? input.getDwellingId()
                : input.getHouseholdId() == null ? null : em.find(Household.class, input.getHouseholdId()).getDwellingId());
        guards.complete(RecordWrite.of("resident", input, stored, node, em::find, check.fields()));
        ResidentKinds.RESIDENT_RULES.check(check, input);
        ResidentIdNumber idNumber = ResidentRules.check(check.fields(), "", input, input.getHouseholdId() != null, today());
        review(em, check, "resident", input, stored, node);
        return idNumber;
    }

    /** Hands a write that passed its own checks to the guards to review; then throws with every error found. */
    private <T> void review(EntityManager em, RecordCheck check, String kind, T input, T stored, Supplier<Long> node) {
        if (!check.fields().hasErrors()) {
            guards.review(RecordWrite.of(kind, input, stored, node, em::find, check.fields()));
        }
        check.fields().throwIfAny();
    }

    /**
     * Writes a resident's fields into {@code entity} after the checks that need the database.
     * {@code prefix} names the fields in errors; {@code householdId} is where the resident is registered,
     * {@code newHousehold} whether that household is being created in this transaction.
     */
    private void store(EntityManager em, Resident entity, Resident input, ResidentIdNumber idNumber,
                       String prefix, Long householdId, boolean newHousehold) {
        if (input.getDwellingId() != null) {
            requireDwelling(prefix + "dwellingId", input.getDwellingId());
        }
        // Locking the household serialises concurrent head assignments; a household created in this
        // same transaction is ours already.
        if (householdId != null && !newHousehold) {
            findHousehold(em, householdId, prefix + "householdId");
            em.lock(em.find(Household.class, householdId), LockModeType.PESSIMISTIC_WRITE);
        }
        if (householdId != null && input.getRelationToHead() == RelationToHead.HEAD) {
            Long head = headOf(em, householdId);
            if (head != null && !head.equals(entity.getId())) {
                throw new ConflictException(prefix + "relationToHead", "head_exists",
                        "household " + householdId + " already has a head (resident " + head + ")");
            }
        }
        if (!idNumber.value().equals(entity.getIdNumber())) {
            List<Long> holders = em.createQuery("SELECT r.id FROM Resident r WHERE r.idNumber = :n", Long.class)
                    .setParameter("n", idNumber.value()).getResultList();
            if (!holders.isEmpty()) {
                // Who holds the number is said only to a caller who may see that resident.
                throw new ConflictException(prefix + "idNumber", "duplicate", "a resident with this ID number is already registered"
                        + (visibleResident(em, holders.get(0)) ? " (resident " + holders.get(0) + ")" : ""));
            }
        }
        entity.setIdNumber(idNumber.value());
        entity.setSex(idNumber.sex());
        entity.setBirthDate(idNumber.birthDate());
        entity.setName(input.getName().strip());
        entity.setPhone(input.getPhone() == null || input.getPhone().isBlank() ? null : input.getPhone().strip());
        entity.setHouseholdId(householdId);
        entity.setRelationToHead(householdId == null ? null : input.getRelationToHead());
        entity.setDwellingId(input.getDwellingId());
    }

    // ---- households ----

    Household createHousehold(Household household) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        return inTransaction(em -> {
            RecordCheck check = new RecordCheck(em, territory, today());
            Supplier<Long> node = check.governing(household::getDwellingId);
            guards.complete(RecordWrite.of("household", household, null, node, em::find, check.fields()));
            ResidentKinds.HOUSEHOLD_RULES.check(check, household);
            List<ResidentIdNumber> idNumbers = checkMembers(check.fields(), household);
            review(em, check, "household", household, null, node);
            requireDwelling("dwellingId", household.getDwellingId());
            requireFreeNumber(em, household.getNumber(), null);
            Household entity = new Household();
            copyWritable(household, entity);
            em.persist(entity);
            for (int i = 0; i < household.getMembers().size(); i++) {
                Resident member = new Resident();
                store(em, member, household.getMembers().get(i), idNumbers.get(i), "members[" + i + "].", entity.getId(), true);
                em.persist(member);
            }
            ResidentPlaces.ofMembers(em, entity.getId());
            return toApi(em, entity, true);
        });
    }

    /**
     * Checks the members a household is created with beyond their declared rules: each one's ID
     * number and place, and one head among them. Answers their parsed ID numbers, in order.
     */
    private List<ResidentIdNumber> checkMembers(FieldChecks checks, Household household) {
        if (household.getMembers() == null) {
            household.setMembers(new ArrayList<>());
        }
        List<Resident> members = household.getMembers();
        List<ResidentIdNumber> idNumbers = new ArrayList<>();
        int heads = 0;
        for (int i = 0; i < members.size(); i++) {
            Resident member = members.get(i);
            String prefix = "members[" + i + "].";
            if (member == null) {
                checks.add("members[" + i + "]", "required", "a member cannot be null");
                idNumbers.add(null);
                continue;
            }
            idNumbers.add(ResidentRules.check(checks, prefix, member, true, today()));
            if (member.getRelationToHead() == RelationToHead.HEAD && ++heads > 1) {
                checks.add(prefix + "relationToHead", "head_exists", "a household has one head");
            }
        }
        if (!members.isEmpty() && heads == 0) {
            checks.add("members", "head_required", "one member must be the head (relationToHead HEAD)");
        }
        return idNumbers;
    }

    Household getHousehold(long id) {
        CallerContext.require(Permission.RESIDENT_READ);
        return inTransaction(em -> toApi(em, findHousehold(em, id), true));
    }

    Household updateHousehold(long id, Household household) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        return inTransaction(em -> {
            Household entity = findHousehold(em, id);
            Household stored = toApi(em, List.of(entity)).get(0);
            RecordCheck check = new RecordCheck(em, territory, today());
            Supplier<Long> node = check.governing(household::getDwellingId);
            guards.complete(RecordWrite.of("household", household, stored, node, em::find, check.fields()));
            ResidentKinds.HOUSEHOLD_RULES.check(check, household);
            review(em, check, "household", household, stored, node);
            requireDwelling("dwellingId", household.getDwellingId());
            if (!household.getNumber().equals(entity.getNumber())) {
                requireFreeNumber(em, household.getNumber(), id);
            }
            copyWritable(household, entity);
            ResidentPlaces.ofMembers(em, id);
            return toApi(em, entity, false);
        });
    }

    void deleteHousehold(long id) {
        CallerContext.require(Permission.RESIDENT_WRITE);
        inTransaction(em -> {
            Household entity = findHousehold(em, id);
            long members = memberCount(em, id);
            if (members > 0) {
                throw new ConflictException("id", "has_members", "household " + id + " still has " + members
                        + " members; move or delete them first");
            }
            em.remove(entity);
            return null;
        });
    }

    /** The kind's search: its filters as text, checked and parsed as every store's are. */
    Page<Household> searchHouseholds(Map<String, String> filters, PageRequest page) {
        CallerContext.require(Permission.RESIDENT_READ);
        filters.keySet().forEach(ResidentKinds.HOUSEHOLDS::requireFilter);
        return searchHouseholds(new HouseholdQuery(filters.get("number"), FieldChecks.wholeNumber(RecordStore.NODE_FILTER, filters.get(RecordStore.NODE_FILTER))), page);
    }

    Page<Household> searchHouseholds(HouseholdQuery query, PageRequest page) {
        CallerContext.require(Permission.RESIDENT_READ);
        new FieldChecks().searchText("number", query.number()).throwIfAny();
        return inTransaction(em -> {
            SqlFilter filter = new SqlFilter();
            Scope scope = territory.scope();
            if (!scope.everywhere()) {
                householdsUnder(filter, scope.paths());
            }
            if (query.number() != null && !query.number().isBlank()) {
                filter.and("h.number = ?", query.number().strip());
            }
            if (query.nodeId() != null) {
                householdsUnder(filter, List.of(nodePath("nodeId", query.nodeId())));
            }
            database.planForValues(sql -> em.createNativeQuery(sql).executeUpdate());
            long total = filter.count(em, "household h");
            @SuppressWarnings("unchecked")
            List<Household> rows = filter.select(em, "SELECT h.* FROM household h", "h.id", page, Household.class)
                    .getResultList();
            List<Household> items = toApi(em, rows);
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    // ---- helpers ----

    private static Long householdDwelling(EntityManager em, Resident resident) {
        return resident.getHouseholdId() == null ? null : em.find(Household.class, resident.getHouseholdId()).getDwellingId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(TransactionType.Required, work);
    }

    private <T> T inTransaction(TransactionType type, Function<EntityManager, T> work) {
        try {
            return jpa.txExpr(type, work::apply);
        } catch (RuntimeException e) {
            RuntimeException failure = translate(e);
            // A household's number or a resident's ID number tried and found taken.
            audit.recordIfTaken(failure instanceof ConflictException c && c.getErrors().get(0).field().endsWith("number")
                    ? "household" : "resident", failure);
            throw failure;
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (Failures.sqlState(e).filter(Failures.UNIQUE_VIOLATION::equals).isPresent()) {
            // A concurrent request stored the same key between our check and our insert.
            boolean number = String.valueOf(e.getMessage()).toLowerCase().contains("household_number");
            return new ConflictException(number ? "number" : "idNumber", "duplicate", "the value is already registered");
        }
        if (Failures.linliCause(e).isEmpty() && Failures.sqlState(e).filter(Failures.FOREIGN_KEY_VIOLATION::equals).isPresent()) {
            // A membership, a worker or a visit still refers to the resident or household.
            return new ConflictException("id", "in_use", "other records still refer to it");
        }
        return Failures.unwrap(e);
    }

    private void requireDwelling(String field, long id) {
        TerritoryNode node;
        try {
            node = territory.get(id);
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "dwelling", id);
        }
        if (node.getLevel() != TerritoryLevel.DWELLING) {
            throw new ValidationException(field, "level",
                    "territory node " + id + " is a " + node.getLevel().name().toLowerCase() + ", not a dwelling");
        }
    }

    private String nodePath(String field, long nodeId) {
        try {
            return territory.get(nodeId).getPath();
        } catch (NotFoundException e) {
            throw new NotFoundException(field, "territory node", nodeId);
        }
    }

    private static void requireFreeNumber(EntityManager em, String number, Long exceptId) {
        List<Long> holders = em.createQuery("SELECT h.id FROM Household h WHERE h.number = :n", Long.class)
                .setParameter("n", number).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw new ConflictException("number", "duplicate", "household number " + number + " is already used");
        }
    }

    private static void copyWritable(Household from, Household to) {
        to.setNumber(from.getNumber().strip());
        to.setDwellingId(from.getDwellingId());
        to.setKind(from.getKind());
    }

    /**
     * The resident, if it exists and lives or is registered in the caller's jurisdiction: judged,
     * as the searches judge it, by the paths of their places kept on their row.
     */
    private Resident findResident(EntityManager em, long id) {
        Resident entity = em.find(Resident.class, id);
        if (entity == null || !inScope(em, id)) {
            throw new NotFoundException("id", "resident", id);
        }
        return entity;
    }

    private boolean inScope(EntityManager em, long id) {
        Scope scope = territory.scope();
        if (scope.everywhere()) {
            return true;
        }
        List<?> rows = em.createNativeQuery("SELECT dwelling_path, household_path FROM resident WHERE id = ?")
                .setParameter(1, id).getResultList();
        return !rows.isEmpty() && (scope.contains((String) ((Object[]) rows.get(0))[0])
                || scope.contains((String) ((Object[]) rows.get(0))[1]));
    }

    /** Where a resident's record belongs, for the audit log: where they live, else where they are registered. */
    private static Long place(Long dwelling, Long householdDwelling) {
        return dwelling != null ? dwelling : householdDwelling;
    }

    private boolean visibleResident(EntityManager em, long id) {
        try {
            findResident(em, id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The household, if it exists and is registered in the caller's jurisdiction. */
    private Household findHousehold(EntityManager em, long id) {
        return findHousehold(em, id, "id");
    }

    private Household findHousehold(EntityManager em, long id, String field) {
        Household entity = em.find(Household.class, id);
        if (entity == null || !visible(entity.getDwellingId())) {
            throw new NotFoundException(field, "household", id);
        }
        return entity;
    }

    /** Whether the dwelling lies in the caller's jurisdiction; the territory service answers for it. */
    private boolean visible(Long dwellingId) {
        if (dwellingId == null) {
            return false;
        }
        try {
            territory.get(dwellingId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static Long headOf(EntityManager em, long householdId) {
        List<Long> heads = em.createQuery("SELECT r.id FROM Resident r WHERE r.householdId = :h AND r.relationToHead = :head",
                        Long.class)
                .setParameter("h", householdId).setParameter("head", RelationToHead.HEAD).getResultList();
        return heads.isEmpty() ? null : heads.get(0);
    }

    private static long memberCount(EntityManager em, long householdId) {
        return em.createQuery("SELECT COUNT(r) FROM Resident r WHERE r.householdId = :h", Long.class)
                .setParameter("h", householdId).getSingleResult();
    }

    private static Map<Long, Long> householdDwellings(EntityManager em, List<Long> householdIds) {
        Map<Long, Long> dwellings = new HashMap<>();
        if (!householdIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT h.id, h.dwellingId FROM Household h WHERE h.id IN :ids", Object[].class)
                    .setParameter("ids", householdIds).getResultList()) {
                dwellings.put((Long) row[0], (Long) row[1]);
            }
        }
        return dwellings;
    }

    private Resident toApi(EntityManager em, Resident entity) {
        return toApi(entity, householdDwelling(em, entity));
    }

    /** A resident as every read shows it: ID number and phone masked, the age without the birth date. */
    Resident toApi(Resident entity, Long householdDwellingId) {
        return toApi(entity, householdDwellingId, false);
    }

    Resident toApi(Resident entity, Long householdDwellingId, boolean revealed) {
        Resident resident = new Resident(revealed ? entity.getIdNumber() : ResidentRules.maskIdNumber(entity.getIdNumber()),
                entity.getName());
        resident.setId(entity.getId());
        resident.setSex(entity.getSex());
        resident.setBirthDate(revealed ? entity.getBirthDate() : null);
        resident.setAge(Period.between(entity.getBirthDate(), today()).getYears());
        resident.setPhone(revealed ? entity.getPhone() : ResidentRules.maskPhone(entity.getPhone()));
        resident.setHouseholdId(entity.getHouseholdId());
        resident.setRelationToHead(entity.getRelationToHead());
        resident.setDwellingId(entity.getDwellingId());
        resident.setResidence(residence(entity.getHouseholdId() != null, householdDwellingId, entity.getDwellingId()));
        return resident;
    }

    static Residence residence(boolean registered, Long registeredDwelling, Long actualDwelling) {
        if (!registered) {
            return Residence.LIVING_REGISTERED_ELSEWHERE;
        }
        return Objects.equals(registeredDwelling, actualDwelling) ? Residence.REGISTERED_AND_LIVING
                : Residence.REGISTERED_LIVING_ELSEWHERE;
    }

    /** One household with its members; heads and counts derive from the members. */
    private Household toApi(EntityManager em, Household entity, boolean withMembers) {
        if (!withMembers) {
            return toApi(em, List.of(entity)).get(0);
        }
        List<Resident> members = em.createQuery("SELECT r FROM Resident r WHERE r.householdId = :h ORDER BY r.id",
                        Resident.class)
                .setParameter("h", entity.getId()).getResultList().stream()
                .map(r -> toApi(r, entity.getDwellingId())).toList();
        Household household = toApi(entity, members.stream().filter(r -> r.getRelationToHead() == RelationToHead.HEAD)
                .map(Resident::getId).findFirst().orElse(null), members.size());
        household.setMembers(members);
        return household;
    }

    /** Households without member lists, with heads and counts read in two queries for the lot. */
    private List<Household> toApi(EntityManager em, List<Household> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entities.stream().map(Household::getId).toList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.householdId, COUNT(r) FROM Resident r"
                + " WHERE r.householdId IN :ids GROUP BY r.householdId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, Long> heads = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.householdId, r.id FROM Resident r"
                + " WHERE r.householdId IN :ids AND r.relationToHead = :head", Object[].class)
                .setParameter("ids", ids).setParameter("head", RelationToHead.HEAD).getResultList()) {
            heads.put((Long) row[0], (Long) row[1]);
        }
        return entities.stream()
                .map(e -> toApi(e, heads.get(e.getId()), counts.getOrDefault(e.getId(), 0L).intValue())).toList();
    }

    private Household toApi(Household entity, Long headResidentId, int memberCount) {
        Household household = new Household();
        household.setId(entity.getId());
        household.setNumber(entity.getNumber());
        household.setDwellingId(entity.getDwellingId());
        household.setKind(entity.getKind());
        household.setHeadResidentId(headResidentId);
        household.setMemberCount(memberCount);
        household.setMembers(null);
        return household;
    }

    /**
     * The paths under both {@code scope} (null: everywhere) and {@code node}: the node itself when
     * it lies in the scope, else the scope's nodes that lie under it.
     */
    static List<String> within(List<String> scope, String node) {
        if (scope == null || scope.stream().anyMatch(node::startsWith)) {
            return List.of(node);
        }
        return scope.stream().filter(path -> path.startsWith(node)).toList();
    }

    /**
     * Residents living or registered under {@code paths}: a prefix of the paths of their places,
     * which {@link ResidentPlaces} keeps on their row, so that the condition costs a comparison in
     * each row the other filters keep. Looked up through the dwelling and household (three look-ups
     * by key a row) it cost a scoped name search twenty times the unscoped one; two IN tests joined
     * by OR ran as a sub-plan per row on PostgreSQL, minutes for one count at a million residents.
     */
    private static void residentsUnder(SqlFilter filter, List<String> paths) {
        List<Object> params = new ArrayList<>();
        paths.forEach(path -> params.add(path + "%"));
        paths.forEach(path -> params.add(path + "%"));
        filter.and(paths.isEmpty() ? "1 = 0" : "(" + under("r.dwelling_path", paths.size()) + " OR "
                + under("r.household_path", paths.size()) + ")", params.toArray());
    }

    /** Households registered at a dwelling under any of the paths (none: no household). */
    private static void householdsUnder(SqlFilter filter, List<String> paths) {
        filter.and("h.dwelling_id IN (" + nodesUnder(paths) + ")", paths.stream().map(path -> path + "%").toArray());
    }

    /** A sub-select of the ids of the nodes under any of the paths, one LIKE parameter per path. */
    private static String nodesUnder(List<String> paths) {
        return "SELECT t.id FROM territory_node t WHERE " + (paths.isEmpty() ? "1 = 0" : under("t.path", paths.size()));
    }

    /** The path {@code column} begins with any of {@code paths} paths, one LIKE parameter each. */
    private static String under(String column, int paths) {
        return String.join(" OR ", Collections.nCopies(paths, column + " LIKE ?"));
    }

    /** A WHERE clause of native SQL built from optional criteria, with positional parameters. */
    private static final class SqlFilter {
        private final StringBuilder where = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
        }

        long count(EntityManager em, String from) {
            return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM " + from + where)).getSingleResult()).longValue();
        }

        /** The page's rows in the order of {@code id}, the key of a page given by the id it follows. */
        Query select(EntityManager em, String select, String id, PageRequest page, Class<?> entity) {
            if (page.after() != null) {
                // Added after the count, which stays the whole search's.
                and(id + " > ?", page.after());
            }
            return bind(em.createNativeQuery(select + where + " ORDER BY " + id + " LIMIT " + page.size()
                    + " OFFSET " + page.offset(), entity));
        }

        private Query bind(Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }
}
