package org.linli.residents;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.linli.common.ValidationException;
import org.junit.Test;

public class ResidentIdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** The worked example of GB 11643-1999, appendix: 11010519491231002X. */
    @Test
    public void acceptsTheStandardsExampleAndDerivesBirthAndSex() {
        ResidentIdNumber id = ResidentIdNumber.parse("idNumber", "11010519491231002X", TODAY);
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
        assertEquals("110105", id.regionCode());
    }

    @Test
    public void acceptsALowerCaseXAndSpacesAround() {
        assertEquals("11010519491231002X", ResidentIdNumber.parse("idNumber", " 11010519491231002x ", TODAY).value());
    }

    @Test
    public void computesTheCheckCharacterOverAllElevenRemainders() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        // The sum 195 leaves 8, whose check character is 4.
        assertEquals('4', ResidentIdNumber.checkCharacter("44052418800101001"));
        // The odd sequence code 001 makes a man.
        assertEquals(Sex.MALE, ResidentIdNumber.parse("idNumber", "440524198001010013", TODAY).sex());
    }

    @Test
    public void refusesAWrongCheckCharacter() {
        assertRefused("11010519491231002Y", "format");
        assertRefused("110105194912310021", "check_digit");
        assertRefused("110105194912310020", "check_digit");
    }

    @Test
    public void refusesWrongLengthAndCharacters() {
        assertRefused("", "required");
        assertRefused(null, "required");
        assertRefused("11010519491231002", "length");
        assertRefused("11010519491231002XX", "length");
        assertRefused("1101051949123100A2", "format");
    }

    @Test
    public void refusesImpossibleBirthDates() {
        assertRefused(withCheck("11010519490230002"), "birth_date");
        assertRefused(withCheck("11010519491301002"), "birth_date");
        assertRefused(withCheck("11010520261124002"), "birth_date");
        assertRefused(withCheck("11010518891231002"), "birth_date");
        // Born today is possible.
        assertEquals(TODAY, ResidentIdNumber.parse("idNumber", withCheck("11010520261123002"), TODAY).birthDate());
    }

    @Test
    public void refusesUnknownProvinces() {
        assertRefused(withCheck("99010519491231002"), "region");
        assertRefused(withCheck("00010519491231002"), "region");
    }

    @Test
    public void namesTheFieldItWasGiven() {
        try {
            ResidentIdNumber.parse("members[3].idNumber", "110105194912310021", TODAY);
            fail();
        } catch (ValidationException e) {
            assertEquals("members[3].idNumber", e.getErrors().get(0).field());
        }
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static void assertRefused(String text, String code) {
        try {
            ResidentIdNumber.parse("idNumber", text, TODAY);
            fail(text + " must be refused");
        } catch (ValidationException e) {
            assertEquals(1, e.getErrors().size());
            assertEquals("idNumber", e.getErrors().get(0).field());
            assertEquals(text, code, e.getErrors().get(0).code());
        }
    }
}
