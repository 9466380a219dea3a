package org.linli.records.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.linli.common.ConflictException;
import org.linli.common.FieldChecks;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.database.Database;
import org.linli.records.Code;
import org.linli.records.CodeService;
import org.linli.records.Filter;
import org.linli.records.jpa.JpaRecords;
import org.linli.records.RecordGuards;
import org.linli.records.jpa.RecordCheck;
import org.linli.records.RecordStore;
import org.linli.records.jpa.RecordType;
import org.linli.records.Register;
import org.linli.security.CallerContext;
import org.linli.security.Permission;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {CodeService.class, Register.class})
public class JpaCodeService implements CodeService {
    private final JpaRecords<Code> records;

    @Activate
    public JpaCodeService(@Reference(target = "(osgi.unit.name=linli-records)") JpaTemplate jpa,
                          @Reference TerritoryService territory, @Reference RecordGuards guards, @Reference Database migrated, @Reference Clock clock) {
        this.records = new JpaRecords<>(jpa, migrated, territory, guards, new CodeType(), clock);
    }

    @Override
    public List<Code> list(String list) {
        CallerContext.current();
        new FieldChecks().searchText("list", list).throwIfAny();
        return records.inTransaction(em -> em.createQuery("SELECT c FROM Code c WHERE c.list = :list ORDER BY c.position, c.code",
                Code.class).setParameter("list", list).getResultList());
    }

    @Override
    public Code create(Code code) {
        return records.create(code);
    }

    @Override
    public Code get(long id) {
        return records.get(id);
    }

    @Override
    public Code update(long id, Code code) {
        return records.update(id, code);
    }

    @Override
    public void delete(long id) {
        records.delete(id);
    }

    @Override
    public Page<Code> search(Map<String, String> filters, PageRequest page) {
        return records.search(filters, page);
    }

    @Override
    public Map<String, String> filters() {
        return records.filters();
    }

    @Override
    public List<RecordStore<?>> stores() {
        return List.of(records);
    }

    private static final class CodeType extends RecordType<Code> {
        CodeType() {
            super(Code.class, "code", "code_entry", null, Permission.CODES_MANAGE);
            filter("list", Filter.text("t.list", "entries of this list"));
            field("list").required().text(Code.MAX_LENGTH).pattern(Code.PATTERN.pattern(), "lower-case words joined by hyphens");
            field("code").required().text(Code.MAX_LENGTH).pattern(Code.PATTERN.pattern(), "lower-case words joined by hyphens");
            field("nameZh").name(100);
            field("nameEn").name(100);
            field("position").range(0, 9999);
        }

        @Override
        protected String nodeSql() {
            return null;
        }

        @Override
        protected Long node(EntityManager em, Code record) {
            return null;
        }

        @Override
        protected void check(RecordCheck check, Code code, Code stored) {
            if (stored != null && !(Objects.equals(stored.getList(), code.getList()) && Objects.equals(stored.getCode(), code.getCode()))) {
                throw new ConflictException("code", "immutable", "a code's list and code never change; records refer to them");
            }
        }

        @Override
        protected String uniqueField() {
            return "code";
        }
    }
}
