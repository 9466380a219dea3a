package org.linli.residents.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The places a search by node reads, within the caller's jurisdiction. */
public class ResidentScopeTest {
    @Test
    public void aNodeInsideTheJurisdictionIsReadWhole() {
        assertEquals(List.of("/1/2/5/"), ResidentRegister.within(List.of("/1/2/"), "/1/2/5/"));
        assertEquals(List.of("/1/2/"), ResidentRegister.within(List.of("/1/2/"), "/1/2/"));
        assertEquals(List.of("/1/2/5/"), ResidentRegister.within(null, "/1/2/5/"));
    }

    @Test
    public void aNodeAboveTheJurisdictionIsReadOnlyWhereTheyMeet() {
        assertEquals(List.of("/1/2/5/", "/1/2/6/"), ResidentRegister.within(List.of("/1/2/5/", "/1/2/6/", "/1/3/7/"), "/1/2/"));
    }

    @Test
    public void aNodeBesideTheJurisdictionReadsNothing() {
        assertEquals(List.of(), ResidentRegister.within(List.of("/1/2/"), "/1/3/"));
        // A path is a prefix only up to its separator: node 22 is not under node 2.
        assertEquals(List.of(), ResidentRegister.within(List.of("/1/2/"), "/1/22/"));
    }
}
