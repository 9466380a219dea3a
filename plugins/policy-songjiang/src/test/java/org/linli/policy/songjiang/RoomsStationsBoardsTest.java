package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.linli.organisations.Organisation;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class RoomsStationsBoardsTest {
    private static final List<String> ALL = List.of("office", "mediation-room", "deliberation-room", "culture-sports-room",
            "service-station", "volunteer-station", "affairs-board", "publicity-board");
    private final RoomsStationsBoards rule = new RoomsStationsBoards();

    private static TestFacts with(List<String> kinds) {
        TestFacts facts = Fixtures.facts();
        Organisation rc = Fixtures.committee(facts, "中山居委会");
        kinds.forEach(k -> Fixtures.facility(facts, rc, k, "20"));
        return facts;
    }

    @Test
    public void fourRoomsTwoStationsTwoBoardsPass() {
        Outcome outcome = Fixtures.only(rule.evaluate(with(ALL), new TestParameters(rule)));
        assertEquals(Verdict.PASS, outcome.verdict());
        assertEquals("8", outcome.facts().get("present"));
    }

    @Test
    public void withoutTheVolunteerStationFails() {
        Outcome outcome = Fixtures.only(rule.evaluate(with(ALL.subList(0, 5)), new TestParameters(rule)));
        assertEquals(Verdict.FAIL, outcome.verdict());
        assertEquals("volunteer-station,affairs-board,publicity-board", outcome.facts().get("missing"));
    }

    @Test
    public void anActivityRoomIsNotTheCultureAndSportsRoom() {
        List<String> kinds = new java.util.ArrayList<>(ALL);
        kinds.set(kinds.indexOf("culture-sports-room"), "activity-room");
        assertEquals(Verdict.FAIL, Fixtures.only(rule.evaluate(with(kinds), new TestParameters(rule))).verdict());
    }

    @Test
    public void aShorterListMakesFewerRoomsPass() {
        TestParameters p = new TestParameters(rule).with("rooms", "office,mediation-room,deliberation-room,culture-sports-room,service-station");
        assertEquals(Verdict.PASS, Fixtures.only(rule.evaluate(with(ALL.subList(0, 5)), p)).verdict());
    }

    @Test
    public void noFacilitiesRecordedIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(with(List.of()), new TestParameters(rule))).verdict());
    }

    @Test
    public void noCommitteeIsMissingData() {
        assertEquals(Verdict.MISSING_DATA, Fixtures.only(rule.evaluate(Fixtures.facts(), new TestParameters(rule))).verdict());
    }
}
