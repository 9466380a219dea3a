package org.linli.services.internal;

import java.util.Arrays;
import java.util.List;
import javax.persistence.EntityManager;
import org.linli.common.FieldChecks;
import org.linli.records.Code;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.jpa.RecordType;
import org.linli.security.Permission;
import org.linli.security.Role;
import org.linli.services.LimitUnit;
import org.linli.services.Service;

/** The catalogue: the same for the whole installation, kept by whoever keeps the code lists. */
final class ServiceType extends RecordType<Service> {
    static final int MAX_LIST = 50;

    ServiceType() {
        super(Service.class, "service", "service", null, Permission.CODES_MANAGE);
        filter("category", Filter.text("t.category", "of this category (code list service-category)"));
        filter("active", Filter.bool("t.active", "open to new requests, or not"));
        filter("administrativeTask", Filter.bool("t.administrative_task", "on the admission list of administrative tasks, or not"));
        filter("code", Filter.text("t.code", "with this code"));
        field("code").required().text(40).pattern(Code.PATTERN.pattern(), "lower-case words joined by hyphens");
        field("nameZh").name(100);
        field("nameEn").name(100);
        field("category").required().code("service-category");
        field("timeLimit").required();
        field("timeUnit").required();
        field("documents").each().name(200);
        field("acceptingRoles").each().name(200);
    }

    @Override
    protected String nodeSql() {
        return null;
    }

    @Override
    protected Long node(EntityManager em, Service record) {
        return null;
    }

    @Override
    protected void check(RecordCheck check, Service service, Service stored) {
        FieldChecks fields = check.fields();
        check.range("timeLimit", service.getTimeLimit(), 1, service.getTimeUnit() == LimitUnit.HOURS ? 24 * 366 : 366);
        list(fields, "documents", service.getDocuments());
        list(fields, "acceptingRoles", service.getAcceptingRoles());
        for (int i = 0; i < service.getAcceptingRoles().size(); i++) {
            String role = service.getAcceptingRoles().get(i);
            if (role != null && Role.ofJaasName(role).isEmpty()) {
                fields.add("acceptingRoles[" + i + "]", "unknown_role", "acceptingRoles[" + i + "] must be one of "
                        + Arrays.stream(Role.values()).map(Role::jaasName).toList());
            }
        }
    }

    private static void list(FieldChecks fields, String name, List<String> values) {
        if (values.size() > MAX_LIST) {
            fields.add(name, "too_many", name + " holds at most " + MAX_LIST + " entries");
        }
    }

    @Override
    protected String uniqueField() {
        return "code";
    }
}
