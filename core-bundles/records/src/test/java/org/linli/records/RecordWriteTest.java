package org.linli.records;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldChecks;

/** A guard sees copies: only {@link RecordWrite#fill} reaches the record to be stored, and only where it is empty. */
public class RecordWriteTest {

    public static class Child {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Bean {
        private String title;
        private LocalDate due;
        private List<Child> children = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public List<Child> getChildren() {
            return children;
        }

        public void setChildren(List<Child> children) {
            this.children = children;
        }
    }

    private final Bean stored = new Bean();
    private final Bean record = new Bean();
    private final RecordWrite<Bean> write = RecordWrite.of("bean", record, stored, () -> 1L, (kind, id) -> stored, new FieldChecks());

    public RecordWriteTest() {
        record.setTitle("given");
        Child child = new Child();
        child.setName("child");
        record.getChildren().add(child);
        stored.setTitle("stored");
    }

    @Test
    public void aSetterOnWhatAGuardSeesChangesNothingStored() {
        write.record().setTitle("changed");
        write.record().getChildren().get(0).setName("changed");
        write.record().getChildren().clear();
        write.stored().orElseThrow().setTitle("changed");
        write.find(Bean.class, 7L).orElseThrow().setTitle("changed");
        assertEquals("given", record.getTitle());
        assertEquals("child", record.getChildren().get(0).getName());
        assertEquals("stored", stored.getTitle());
    }

    @Test
    public void fillCompletesOnlyAnEmptyField() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        assertTrue(write.fill("due", due));
        assertEquals(due, record.getDue());
        assertEquals(due, write.record().getDue());
        assertFalse(write.fill("title", "other"));
        assertEquals("given", record.getTitle());
        assertFalse(write.fill("due", due.plusDays(1)));
        assertEquals(due, record.getDue());
    }

    @Test(expected = IllegalArgumentException.class)
    public void fillNamesOnlyFieldsTheRecordHas() {
        write.fill("noSuchField", "x");
    }

    @Test
    public void aRecordWithNothingStoredHasNoStoredCopy() {
        RecordWrite<Bean> create = RecordWrite.of("bean", record, null, () -> null, (kind, id) -> null, new FieldChecks());
        assertTrue(create.stored().isEmpty());
        assertNull(create.record().getDue());
    }
}
