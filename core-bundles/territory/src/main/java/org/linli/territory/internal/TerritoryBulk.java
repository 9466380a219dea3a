package org.linli.territory.internal;

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
import org.linli.security.Permission;
import org.linli.territory.Scope;
import org.linli.territory.TerritoryLevel;
import org.linli.territory.TerritoryNode;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Territory nodes in bulk, a subtree at a time: a row names its parent by code, a node stored in
 * the caller's jurisdiction or a row earlier in the file. Each row is checked as a single create
 * is; the paths are then given level by level, so that a district's tree of streets, communities,
 * grids, buildings and dwellings is one file.
 */
@Component(service = BulkKind.class)
public class TerritoryBulk implements BulkKind {
    static final List<String> COLUMNS = List.of("code", "parentCode", "level", "name", "longitude", "latitude");
    private static final String NODE_BY_CODE = "SELECT id FROM territory_node WHERE code = ?";

    private final TerritoryService territory;
    private final RecordGuards guards;
    private final Clock clock;
    private final ScopeCache scopes;

    @Activate
    public TerritoryBulk(@Reference TerritoryService territory, @Reference RecordGuards guards, @Reference Clock clock,
                         @Reference ScopeCache scopes) {
        this.territory = territory;
        this.guards = guards;
        this.clock = clock;
        this.scopes = scopes;
    }

    @Override
    public String kind() {
        return TerritoryKinds.NODES.path();
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Permission writePermission() {
        return Permission.TERRITORY_WRITE;
    }

    @Override
    public Permission readPermission() {
        return Permission.TERRITORY_READ;
    }

    @Override
    public long load(BulkLoad load) throws SQLException {
        Scope scope = territory.scope();
        // Jurisdictions kept by their codes may name nodes this import adds: none are kept until it ends.
        load.afterCompletion(scopes.changedOutside());
        LocalDate today = LocalDate.now(clock);
        BulkLoad.Staging staging = load.stage("import_node", List.of("code VARCHAR(32)", "parent_code VARCHAR(32)",
                "level VARCHAR(16)", "name VARCHAR(100)", "longitude DOUBLE PRECISION", "latitude DOUBLE PRECISION",
                "id BIGINT", "path VARCHAR(400)", "PRIMARY KEY (code, line)"));
        for (BulkLoad.Row row : load.rows()) {
            long line = row.line();
            FieldChecks checks = new FieldChecks();
            TerritoryNode node = new TerritoryNode();
            node.setCode(BulkRows.blankToNull(row.value(0)));
            String parent = BulkRows.blankToNull(row.value(1));
            node.setParentId(parent == null ? null : 0L);
            node.setLevel(BulkRows.constant(checks, "level", row.value(2), TerritoryLevel.class));
            node.setName(row.value(3));
            node.setLongitude(number(checks, "longitude", row.value(4)));
            node.setLatitude(number(checks, "latitude", row.value(5)));
            RecordWrite<TerritoryNode> write = RecordWrite.of(JpaTerritoryService.ENTITY, node, null,
                    () -> load.lookUp(NODE_BY_CODE, parent), BulkRows.NO_FINDER, checks);
            guards.complete(write);
            TerritoryKinds.RULES.check(FieldContext.detached(checks, today), node);
            TerritoryRules.check(checks, node);
            if (parent == null && !scope.everywhere()) {
                checks.add("parentId", "forbidden", "only a caller who sees the whole territory creates a city");
            }
            if (!checks.hasErrors()) {
                guards.review(write);
            }
            if (checks.hasErrors()) {
                BulkRows.report(load, line, checks, "parentId", "parentCode");
                continue;
            }
            staging.add(line, node.getCode(), parent, node.getLevel().name(), node.getName().strip(), node.getLongitude(),
                    node.getLatitude(), null, null);
        }
        staging.finish();
        load.phase("checking");
        String inScope = BulkRows.under("t.path", scope.everywhere(), scope.paths());
        BulkRows.check(load, "SELECT line, first_line FROM (SELECT line, MIN(line) OVER (PARTITION BY code) AS first_line"
                + " FROM import_node) x WHERE line <> first_line", "code", "repeated", "the same code is on line");
        BulkRows.check(load, "SELECT s.line FROM import_node s JOIN territory_node t ON t.code = s.code",
                "code", "duplicate", "a territory node with this code exists");
        BulkRows.check(load, "SELECT s.line FROM import_node s WHERE s.parent_code IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM territory_node t WHERE t.code = s.parent_code AND " + inScope + ")"
                + " AND NOT EXISTS (SELECT 1 FROM import_node p WHERE p.code = s.parent_code AND p.line < s.line)",
                "parentCode", "not_found", "no territory node with this code in your jurisdiction, nor on an earlier line");
        BulkRows.check(load, "SELECT s.line FROM import_node s JOIN territory_node t ON t.code = s.parent_code"
                + " WHERE t.closed_on IS NOT NULL AND " + inScope, "parentCode", "closed", "the parent is closed");
        try (PreparedStatement levels = load.connection().prepareStatement("SELECT s.line, s.level, COALESCE(t.level, p.level)"
                + " FROM import_node s LEFT JOIN territory_node t ON t.code = s.parent_code AND " + inScope
                + " LEFT JOIN import_node p ON p.code = s.parent_code AND p.line < s.line WHERE s.parent_code IS NOT NULL");
             ResultSet rows = levels.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(3) != null) {
                    FieldChecks checks = new FieldChecks();
                    TerritoryRules.checkParentLevel(checks, TerritoryLevel.valueOf(rows.getString(2)), TerritoryLevel.valueOf(rows.getString(3)));
                    BulkRows.report(load, rows.getLong(1), checks, "parentId", "parentCode");
                }
            }
        }
        if (load.hasErrors()) {
            return 0;
        }
        load.phase("storing");
        BulkRows.update(load, "UPDATE import_node SET id = " + BulkRows.nextValue(load, "territory_node_seq"));
        long stored = 0;
        // Level by level, so that each node's parent, stored or imported, has its path and its row first.
        for (TerritoryLevel level : TerritoryLevel.values()) {
            String atLevel = " WHERE s.level = '" + level.name() + "'";
            BulkRows.update(load, "UPDATE import_node s SET path = COALESCE((SELECT t.path FROM territory_node t WHERE t.code = s.parent_code),"
                    + " (SELECT p.path FROM import_node p WHERE p.code = s.parent_code), '/') || CAST(s.id AS VARCHAR(20)) || '/'" + atLevel);
            stored += BulkRows.update(load, "INSERT INTO territory_node (id, parent_id, level, code, name, path, longitude, latitude, version)"
                    + " SELECT s.id, COALESCE(t.id, p.id), s.level, s.code, s.name, s.path, s.longitude, s.latitude, 1 FROM import_node s"
                    + " LEFT JOIN territory_node t ON t.code = s.parent_code LEFT JOIN import_node p ON p.code = s.parent_code" + atLevel);
        }
        return stored;
    }

    @Override
    public void export(BulkExport export) throws SQLException, IOException {
        Scope scope = territory.scope();
        StringBuilder order = new StringBuilder("CASE n.level");
        for (TerritoryLevel level : TerritoryLevel.values()) {
            order.append(" WHEN '").append(level.name()).append("' THEN ").append(level.ordinal());
        }
        try (PreparedStatement select = export.connection().prepareStatement("SELECT n.code, p.code, n.level, n.name, n.longitude,"
                + " n.latitude FROM territory_node n LEFT JOIN territory_node p ON p.id = n.parent_id WHERE "
                + BulkRows.under("n.path", scope.everywhere(), scope.paths()) + " ORDER BY " + order + " END, n.id")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    export.row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            (Double) rows.getObject(5), (Double) rows.getObject(6));
                }
            }
        }
    }

    private static Double number(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "type", field + " must be a number");
            return null;
        }
    }
}
