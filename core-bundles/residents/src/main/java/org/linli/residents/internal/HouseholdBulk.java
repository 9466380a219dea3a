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
import org.linli.residents.Household;
import org.linli.residents.HouseholdKind;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Households in bulk, without their members: those come after, as residents naming their
 * household's number. A row names its dwelling by the territory node's code.
 */
@Component(service = BulkKind.class)
public class HouseholdBulk extends RegisterBulk {
    static final List<String> COLUMNS = List.of("number", "dwellingCode", "kind");

    @Activate
    public HouseholdBulk(@Reference TerritoryService territory, @Reference RecordGuards guards, @Reference Clock clock) {
        super(ResidentKinds.HOUSEHOLDS.path(), COLUMNS, territory, guards, clock);
    }

    @Override
    public long load(BulkLoad load) throws SQLException {
        Scope scope = territory.scope();
        LocalDate today = LocalDate.now(clock);
        BulkLoad.Staging staging = load.stage("import_household", List.of("number VARCHAR(32)", "dwelling_code VARCHAR(32)",
                "kind VARCHAR(16)"));
        for (BulkLoad.Row row : load.rows()) {
            long line = row.line();
            Household household = new Household();
            household.setNumber(BulkRows.blankToNull(row.value(0)));
            String dwelling = BulkRows.blankToNull(row.value(1));
            household.setDwellingId(dwelling == null ? null : ResidentBulk.NAMED);
            FieldChecks checks = new FieldChecks();
            household.setKind(BulkRows.constant(checks, "kind", row.value(2), HouseholdKind.class));
            household.setMembers(List.of());
            RecordWrite<Household> write = RecordWrite.of("household", household, null,
                    () -> load.lookUp(ResidentBulk.NODE_BY_CODE, dwelling), BulkRows.NO_FINDER, checks);
            guards.complete(write);
            ResidentKinds.HOUSEHOLD_RULES.check(FieldContext.detached(checks, today), household);
            if (!checks.hasErrors()) {
                guards.review(write);
            }
            if (checks.hasErrors()) {
                BulkRows.report(load, line, checks, "dwellingId", "dwellingCode");
                continue;
            }
            staging.add(line, household.getNumber(), dwelling, household.getKind() == null ? null : household.getKind().name());
        }
        staging.finish();
        load.phase("checking");
        BulkRows.check(load, "SELECT line, first_line FROM (SELECT line, MIN(line) OVER (PARTITION BY number) AS first_line"
                + " FROM import_household) x WHERE line <> first_line", "number", "repeated", "the same number is on line");
        BulkRows.check(load, "SELECT s.line FROM import_household s JOIN household h ON h.number = s.number",
                "number", "duplicate", "a household with this number is already registered");
        ResidentBulk.dwellings(load, scope, "import_household");
        if (load.hasErrors()) {
            return 0;
        }
        load.phase("storing");
        return BulkRows.update(load, "INSERT INTO household (id, number, dwelling_id, kind, version) SELECT "
                + BulkRows.nextValue(load, "household_seq") + ", s.number, d.id, s.kind, 1 FROM import_household s"
                + " JOIN territory_node d ON d.code = s.dwelling_code");
    }

    @Override
    public void export(BulkExport export) throws SQLException, IOException {
        Scope scope = territory.scope();
        try (PreparedStatement select = export.connection().prepareStatement("SELECT h.number, d.code, h.kind FROM household h"
                + " JOIN territory_node d ON d.id = h.dwelling_id WHERE " + BulkRows.under("d.path", scope.everywhere(), scope.paths())
                + " ORDER BY h.id")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    export.row(rows.getString(1), rows.getString(2), rows.getString(3));
                }
            }
        }
    }
}
