package org.linli.services.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.linli.common.FieldChecks;
import org.linli.services.LimitUnit;
import org.linli.services.Service;

/** A service as one line of the catalogue file. */
final class CatalogueRow {
    static final List<String> HEADER = List.of("code", "nameZh", "nameEn", "category", "timeLimit", "timeUnit",
            "administrativeTask", "active", "documents", "acceptingRoles");
    static final int MAX_ROWS = 2000;

    private CatalogueRow() {
    }

    static List<String> of(Service service) {
        return List.of(service.getCode(), service.getNameZh(), service.getNameEn(), service.getCategory(),
                String.valueOf(service.getTimeLimit()), service.getTimeUnit().name(), String.valueOf(service.isAdministrativeTask()),
                String.valueOf(service.isActive()), String.join(";", service.getDocuments()), String.join(";", service.getAcceptingRoles()));
    }

    /** The services of a catalogue file; every malformed cell is reported, named by its row. */
    static List<Service> parse(String csv) {
        FieldChecks checks = new FieldChecks();
        List<List<String>> lines = Csv.parse(csv == null ? "" : csv);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            checks.add("body", "header", "the first line must be " + String.join(",", HEADER));
            checks.throwIfAny();
        }
        if (lines.size() - 1 > MAX_ROWS) {
            checks.add("body", "too_many", "a catalogue file holds at most " + MAX_ROWS + " services");
            checks.throwIfAny();
        }
        List<Service> services = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            String row = "rows[" + (i - 1) + "]";
            if (cells.size() != HEADER.size()) {
                checks.add(row, "columns", "row " + i + " has " + cells.size() + " fields, not " + HEADER.size());
                continue;
            }
            Service service = new Service();
            service.setCode(cells.get(0).strip());
            service.setNameZh(cells.get(1).strip());
            service.setNameEn(cells.get(2).strip());
            service.setCategory(cells.get(3).strip());
            try {
                service.setTimeLimit(Integer.valueOf(cells.get(4).strip()));
            } catch (NumberFormatException e) {
                checks.add(row + ".timeLimit", "type", "row " + i + ": timeLimit must be a whole number");
            }
            try {
                service.setTimeUnit(LimitUnit.valueOf(cells.get(5).strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                checks.add(row + ".timeUnit", "type", "row " + i + ": timeUnit must be one of " + Arrays.toString(LimitUnit.values()));
            }
            service.setAdministrativeTask(bool(checks, i, "administrativeTask", cells.get(6)));
            service.setActive(bool(checks, i, "active", cells.get(7)));
            service.setDocuments(list(cells.get(8)));
            service.setAcceptingRoles(list(cells.get(9)));
            services.add(service);
        }
        checks.throwIfAny();
        return services;
    }

    private static boolean bool(FieldChecks checks, int line, String column, String cell) {
        return switch (cell.strip()) {
            case "true" -> true;
            case "false", "" -> false;
            default -> {
                checks.add("rows[" + (line - 1) + "]." + column, "type", "row " + line + ": " + column + " must be true or false");
                yield false;
            }
        };
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? new ArrayList<>() : new ArrayList<>(Arrays.stream(cell.split(";")).map(String::strip).toList());
    }
}
