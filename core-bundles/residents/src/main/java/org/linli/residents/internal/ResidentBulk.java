package org.linli.residents.internal;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.linli.common.FieldChecks;
import org.linli.imports.BulkExport;
import org.linli.imports.BulkKind;
import org.linli.imports.BulkLoad;
import org.linli.imports.BulkRows;
import org.linli.records.FieldContext;
import org.linli.records.RecordGuards;
import org.linli.records.RecordWrite;
import org.linli.residents.RelationToHead;
import org.linli.residents.Resident;
import org.linli.residents.ResidentIdNumber;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Residents in bulk. A row names its household by number and its dwelling by the territory
 * node's code; it is checked as {@link ResidentRegister} checks a single create, then the staged
 * rows together: ID numbers free and once in the file, households and dwellings in the caller's
 * jurisdiction, one head per household. Exported masked, as a read is.
 */
@Component(service = BulkKind.class)
public class ResidentBulk extends RegisterBulk {
    static final List<String> COLUMNS = List.of("idNumber", "name", "phone", "householdNumber", "relationToHead", "dwellingCode");
    /** Stands for a reference named in the row, so that the record's rules see it given; resolved set-wise. */
    static final Long NAMED = 0L;
    static final String NODE_BY_CODE = "SELECT id FROM territory_node WHERE code = ?";

    @Activate
    public ResidentBulk(@Reference TerritoryService territory, @Reference RecordGuards guards, @Reference Clock clock) {
        super(ResidentKinds.RESIDENTS.path(), COLUMNS, territory, guards, clock);
    }

    @Override
    public long load(BulkLoad load) throws SQLException {
        Scope scope = territory.scope();
        LocalDate today = LocalDate.now(clock);
        BulkLoad.Staging staging = load.stage("import_resident", List.of("id_number VARCHAR(18)", "name VARCHAR(50)",
                "sex VARCHAR(8)", "birth_date DATE", "phone VARCHAR(20)", "household_number VARCHAR(32)",
                "relation_to_head VARCHAR(16)", "dwelling_code VARCHAR(32)"));
        for (BulkLoad.Row row : load.rows()) {
            long line = row.line();
            Resident resident = new Resident(row.value(0), row.value(1));
            resident.setPhone(BulkRows.blankToNull(row.value(2)));
            String household = BulkRows.blankToNull(row.value(3));
            String dwelling = BulkRows.blankToNull(row.value(5));
            resident.setHouseholdId(household == null ? null : NAMED);
            resident.setDwellingId(dwelling == null ? null : NAMED);
            FieldChecks checks = new FieldChecks();
            resident.setRelationToHead(BulkRows.constant(checks, "relationToHead", row.value(4), RelationToHead.class));
            RecordWrite<Resident> write = RecordWrite.of("resident", resident, null,
                    () -> dwelling != null ? load.lookUp(NODE_BY_CODE, dwelling)
                            : load.lookUp("SELECT dwelling_id FROM household WHERE number = ?", household),
                    BulkRows.NO_FINDER, checks);
            guards.complete(write);
            ResidentKinds.RESIDENT_RULES.check(FieldContext.detached(checks, today), resident);
            ResidentIdNumber idNumber = ResidentRules.check(checks, "", resident, household != null, today);
            if (!checks.hasErrors()) {
                guards.review(write);
            }
            if (checks.hasErrors()) {
                BulkRows.report(load, line, checks, "householdId", "householdNumber", "dwellingId", "dwellingCode");
                continue;
            }
            RelationToHead relation = resident.getRelationToHead();
            staging.add(line, idNumber.value(), resident.getName().strip(), idNumber.sex().name(), idNumber.birthDate(),
                    resident.getPhone() == null ? null : resident.getPhone().strip(), household,
                    relation == null ? null : relation.name(), dwelling);
        }
        staging.finish();
        // The rows that passed their own checks are checked together even after an error, so that one upload reports all.
        load.phase("checking");
        BulkRows.check(load, "SELECT line, first_line FROM (SELECT line, MIN(line) OVER (PARTITION BY id_number) AS first_line"
                + " FROM import_resident) x WHERE line <> first_line", "idNumber", "repeated", "the same ID number is on line");
        BulkRows.check(load, "SELECT s.line FROM import_resident s JOIN resident r ON r.id_number = s.id_number",
                "idNumber", "duplicate", "a resident with this ID number is already registered");
        String householdInScope = BulkRows.under("d.path", scope.everywhere(), scope.paths());
        BulkRows.check(load, "SELECT s.line FROM import_resident s WHERE s.household_number IS NOT NULL AND NOT EXISTS ("
                + "SELECT 1 FROM household h JOIN territory_node d ON d.id = h.dwelling_id WHERE h.number = s.household_number"
                + " AND " + householdInScope + ")", "householdNumber", "not_found", "no household with this number in your jurisdiction");
        dwellings(load, scope, "import_resident");
        if (!load.hasErrors()) {
            // Households that get a head are locked, as a single write locks them, so that no other write adds one meanwhile.
            try (PreparedStatement lock = load.connection().prepareStatement("SELECT h.id FROM household h WHERE h.number IN"
                    + " (SELECT household_number FROM import_resident WHERE relation_to_head = 'HEAD') FOR UPDATE");
                 ResultSet ignored = lock.executeQuery()) {
                // locked until the import's transaction ends
            }
        }
        BulkRows.check(load, "SELECT line, first_line FROM (SELECT line, MIN(line) OVER (PARTITION BY household_number) AS first_line"
                + " FROM import_resident WHERE relation_to_head = 'HEAD') x WHERE line <> first_line",
                "relationToHead", "head_exists", "the household's head is on line");
        BulkRows.check(load, "SELECT s.line FROM import_resident s JOIN household h ON h.number = s.household_number"
                + " WHERE s.relation_to_head = 'HEAD' AND EXISTS (SELECT 1 FROM resident r WHERE r.household_id = h.id"
                + " AND r.relation_to_head = 'HEAD')", "relationToHead", "head_exists", "the household already has a head");
        if (load.hasErrors()) {
            return 0;
        }
        load.phase("storing");
        return BulkRows.update(load, "INSERT INTO resident (id, id_number, name, sex, birth_date, phone, household_id,"
                + " relation_to_head, dwelling_id, dwelling_path, household_path, version) SELECT "
                + BulkRows.nextValue(load, "resident_seq") + ", s.id_number, s.name, s.sex, s.birth_date, s.phone, h.id,"
                + " s.relation_to_head, d.id, d.path, hd.path, 1 FROM import_resident s"
                + " LEFT JOIN household h ON h.number = s.household_number LEFT JOIN territory_node hd ON hd.id = h.dwelling_id"
                + " LEFT JOIN territory_node d ON d.code = s.dwelling_code");
    }

    /** The staged rows' dwellings: each a dwelling in the caller's jurisdiction. */
    static void dwellings(BulkLoad load, Scope scope, String staging) throws SQLException {
        String inScope = BulkRows.under("d.path", scope.everywhere(), scope.paths());
        BulkRows.check(load, "SELECT s.line FROM " + staging + " s WHERE s.dwelling_code IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM territory_node d WHERE d.code = s.dwelling_code AND " + inScope + ")",
                "dwellingCode", "not_found", "no territory node with this code in your jurisdiction");
        BulkRows.check(load, "SELECT s.line, d.level FROM " + staging + " s JOIN territory_node d ON d.code = s.dwelling_code"
                + " WHERE d.level <> 'DWELLING' AND " + inScope, "dwellingCode", "level", "the node is not a dwelling but a");
    }

    @Override
    public void export(BulkExport export) throws SQLException, IOException {
        Scope scope = territory.scope();
        String sql = "SELECT r.id_number, r.name, r.phone, h.number, r.relation_to_head, d.code FROM resident r"
                + " LEFT JOIN household h ON h.id = r.household_id LEFT JOIN territory_node d ON d.id = r.dwelling_id"
                + (scope.everywhere() ? "" : " WHERE " + BulkRows.under("r.dwelling_path", false, scope.paths()) + " OR "
                + BulkRows.under("r.household_path", false, scope.paths()))
                + " ORDER BY r.id";
        try (PreparedStatement select = export.connection().prepareStatement(sql)) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    export.row(ResidentRules.maskIdNumber(rows.getString(1)), rows.getString(2), ResidentRules.maskPhone(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6));
                }
            }
        }
    }
}
