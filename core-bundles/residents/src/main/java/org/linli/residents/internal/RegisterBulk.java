package org.linli.residents.internal;

import java.time.Clock;
import java.util.List;
import org.linli.imports.BulkKind;
import org.linli.records.RecordGuards;
import org.linli.security.Permission;
import org.linli.territory.TerritoryService;

/** What the register's bulk kinds share: its permissions, and the services each row is checked with. */
abstract class RegisterBulk implements BulkKind {
    final TerritoryService territory;
    final RecordGuards guards;
    final Clock clock;
    private final String kind;
    private final List<String> columns;

    RegisterBulk(String kind, List<String> columns, TerritoryService territory, RecordGuards guards, Clock clock) {
        this.kind = kind;
        this.columns = columns;
        this.territory = territory;
        this.guards = guards;
        this.clock = clock;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final List<String> columns() {
        return columns;
    }

    @Override
    public final Permission writePermission() {
        return Permission.RESIDENT_WRITE;
    }

    @Override
    public final Permission readPermission() {
        return Permission.RESIDENT_READ;
    }
}
