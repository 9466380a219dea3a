package org.linli.policy.dongying;

import static org.junit.Assert.assertEquals;
import static org.linli.policy.dongying.Fixtures.AS_OF;
import static org.linli.policy.dongying.Fixtures.assertCommunity;
import static org.linli.policy.dongying.Fixtures.assertVerdict;
import static org.linli.policy.dongying.Fixtures.only;

import org.junit.Test;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Verdict;
import org.linli.policy.testkit.TestFacts;
import org.linli.policy.testkit.TestParameters;

public class CertificatesAndDutiesTest {
    private final CertificatesAndDuties rule = new CertificatesAndDuties();
    private final TestFacts facts = new TestFacts(AS_OF);

    private Outcome judge() {
        return only(rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void bothListsInForcePass() {
        Fixtures.document(facts, "certificate-list", AS_OF.minusYears(2));
        Fixtures.document(facts, "duty-list", AS_OF.minusYears(1));
        Outcome outcome = judge();
        assertVerdict(Verdict.PASS, outcome);
        assertEquals("-", outcome.facts().get("missing"));
    }

    @Test
    public void withoutTheCertificateListTheCommunityFails() {
        Fixtures.document(facts, "duty-list", AS_OF.minusYears(1));
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("certificate-list", outcome.facts().get("missing"));
    }

    @Test
    public void aRevokedDutyListFails() {
        Fixtures.document(facts, "certificate-list", AS_OF.minusYears(2));
        Fixtures.document(facts, "duty-list", AS_OF.minusYears(1)).setRevokedOn(AS_OF);
        Outcome outcome = judge();
        assertVerdict(Verdict.FAIL, outcome);
        assertEquals("duty-list", outcome.facts().get("missing"));
    }

    @Test
    public void withoutDocumentsDataIsMissing() {
        assertCommunity(Verdict.MISSING_DATA, rule.evaluate(facts, new TestParameters(rule)));
    }

    @Test
    public void aDistrictMayAddAList() {
        Fixtures.document(facts, "certificate-list", AS_OF.minusYears(2));
        Fixtures.document(facts, "duty-list", AS_OF.minusYears(1));
        assertVerdict(Verdict.FAIL, only(rule.evaluate(facts,
                new TestParameters(rule).with(CertificatesAndDuties.KINDS, "certificate-list,duty-list,admission-list"))));
    }
}
