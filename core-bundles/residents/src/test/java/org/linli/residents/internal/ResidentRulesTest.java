package org.linli.residents.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;
import org.linli.common.ValidationException;
import org.linli.records.jpa.RecordCheck;
import org.linli.residents.Household;
import org.linli.residents.HouseholdKind;
import org.linli.residents.RelationToHead;
import org.linli.residents.Residence;
import org.linli.residents.Resident;

public class ResidentRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A new household's members are checked by the declared rules and by the resident's own, each under its index. */
    @Test
    public void collectsEveryErrorOfAMemberUnderItsIndex() {
        Resident member = new Resident("110105194912310021", "王".repeat(51));
        member.setPhone("call me");
        Household household = new Household();
        household.setNumber("H-1");
        household.setDwellingId(7L);
        household.setKind(HouseholdKind.FAMILY);
        household.setMembers(List.of(new Resident("11010519491231002X", "王芳"), member));
        RecordCheck check = new RecordCheck(null, null, TODAY);
        ResidentKinds.HOUSEHOLD_RULES.check(check, household);
        ResidentRules.check(check.fields(), "members[1].", member, true, TODAY);
        List<String> fields = errors(check.fields()).stream().map(FieldError::field).toList();
        assertEquals(List.of("members[1].name", "members[1].phone", "members[1].idNumber", "members[1].relationToHead"), fields);
    }

    @Test
    public void aResidentOutsideAHouseholdNeedsADwellingAndNoRelation() {
        Resident resident = new Resident("11010519491231002X", "王芳");
        resident.setRelationToHead(RelationToHead.CHILD);
        FieldChecks checks = new FieldChecks();
        ResidentRules.check(checks, "", resident, false, TODAY);
        List<String> codes = errors(checks).stream().map(e -> e.field() + ":" + e.code()).toList();
        assertEquals(List.of("relationToHead:no_household", "dwellingId:required"), codes);
    }

    @Test
    public void aValidResidentPasses() {
        Resident resident = new Resident("11010519491231002X", "王芳");
        resident.setDwellingId(7L);
        resident.setPhone("+86 138-0013-8000");
        FieldChecks checks = new FieldChecks();
        assertEquals("11010519491231002X", ResidentRules.check(checks, "", resident, false, TODAY).value());
        assertFalse(checks.hasErrors());
    }

    @Test
    public void masksAllButTheAddressCodeAndTheLastCharacters() {
        assertEquals("110105********002X", ResidentRules.maskIdNumber("11010519491231002X"));
        assertEquals(18, ResidentRules.maskIdNumber("11010519491231002X").length());
        assertEquals("138****8000", ResidentRules.maskPhone("13800138000"));
        assertEquals("+86**********8000", ResidentRules.maskPhone("+86 138-0013-8000"));
        assertEquals("****89", ResidentRules.maskPhone("654389"));
        assertNull(ResidentRules.maskPhone(null));
    }

    @Test
    public void residenceComparesRegisteredAndActualDwelling() {
        assertEquals(Residence.REGISTERED_AND_LIVING, ResidentRegister.residence(true, 5L, 5L));
        assertEquals(Residence.REGISTERED_LIVING_ELSEWHERE, ResidentRegister.residence(true, 5L, 6L));
        assertEquals(Residence.REGISTERED_LIVING_ELSEWHERE, ResidentRegister.residence(true, 5L, null));
        assertEquals(Residence.LIVING_REGISTERED_ELSEWHERE, ResidentRegister.residence(false, null, 6L));
    }

    private static List<FieldError> errors(FieldChecks checks) {
        assertTrue(checks.hasErrors());
        try {
            checks.throwIfAny();
            throw new AssertionError("expected errors");
        } catch (ValidationException e) {
            return e.getErrors();
        }
    }
}
