package org.linli.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.linli.common.ValidationException;

/**
 * A citizen identity number (公民身份号码) as GB 11643-1999 defines it: a six-digit address code,
 * an eight-digit birth date, a three-digit sequence code (odd for men, even for women) and an
 * ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}).
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260, the first two digits of the address code. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private ResidentIdNumber(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Parses and checks an ID number, accepting a lower-case {@code x}.
     *
     * @param field the input field to name in errors, for example {@code idNumber}
     * @param today the date after which no one can be born
     * @throws ValidationException naming {@code field} with the code {@code required},
     *         {@code length}, {@code format}, {@code region}, {@code birth_date} or {@code check_digit}
     */
    public static ResidentIdNumber parse(String field, String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "required", field + " is required");
        }
        String id = text.strip().toUpperCase(Locale.ROOT);
        if (id.length() != 18) {
            throw new ValidationException(field, "length", field + " must have 18 characters, not " + id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                throw new ValidationException(field, "format", field + " must be 17 digits followed by a digit or X");
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new ValidationException(field, "format", field + " must be 17 digits followed by a digit or X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw new ValidationException(field, "region", field + " starts with an unknown province code " + id.substring(0, 2));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new ValidationException(field, "birth_date", field + " holds no real birth date: " + id.substring(6, 14));
        }
        if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            throw new ValidationException(field, "birth_date", field + " holds an impossible birth date: " + birth);
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (last != expected) {
            throw new ValidationException(field, "check_digit",
                    field + " has the check character " + last + " where " + expected + " was expected");
        }
        Sex sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentIdNumber(id, birth, sex);
    }

    /** The MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** The six-digit address code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
