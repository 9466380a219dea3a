package org.linli.common;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.Test;

public class RecordsTest {

    private static final class Row implements Identified {
        private Long id;

        Row(long id) {
            this.id = id;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public void setId(Long id) {
            this.id = id;
        }
    }

    /** Rows with ids 3, 6, 9, … as a store pages them: after the id given, in the order of ids. */
    private static List<Row> rows(long count, PageRequest page, List<Long> asked) {
        asked.add(page.after());
        return LongStream.rangeClosed(1, count).map(i -> i * 3).filter(id -> id > page.after()).limit(page.size())
                .mapToObj(Row::new).toList();
    }

    @Test
    public void everyPageFollowsTheLastIdUntilAShortPage() {
        List<Long> asked = new ArrayList<>();
        List<Row> all = Records.everyPage(page -> rows(1_234, page, asked));
        assertEquals(1_234, all.size());
        assertEquals(List.of(0L, 1_500L, 3_000L), asked);
        assertEquals(Long.valueOf(3_702), all.get(all.size() - 1).getId());
    }

    @Test
    public void aListOfWholePagesEndsWithAnEmptyOne() {
        List<Long> asked = new ArrayList<>();
        assertEquals(1_000, Records.everyPage(page -> rows(1_000, page, asked)).size());
        assertEquals(List.of(0L, 1_500L, 3_000L), asked);
        assertEquals(0, Records.everyPage(page -> rows(0, page, new ArrayList<>())).size());
    }
}
