package org.linli.residents.internal;

import java.time.LocalDate;
import org.linli.common.FieldChecks;
import org.linli.common.FieldError;
import org.linli.common.ValidationException;
import org.linli.residents.Resident;
import org.linli.residents.ResidentIdNumber;

/**
 * The rules of a resident's fields that need no database beyond the declared ones
 * ({@link ResidentKinds}): the ID number to GB 11643, and where a resident belongs.
 */
final class ResidentRules {
    static final int MAX_NAME = 50;

    private ResidentRules() {
    }

    /**
     * Checks a resident's own fields, adding errors under {@code prefix} (for example
     * {@code members[2].}), and answers the parsed ID number, or {@code null} if it is invalid.
     *
     * @param inHousehold whether the resident is registered in a household
     */
    static ResidentIdNumber check(FieldChecks checks, String prefix, Resident resident, boolean inHousehold, LocalDate today) {
        ResidentIdNumber idNumber = null;
        try {
            idNumber = ResidentIdNumber.parse(prefix + "idNumber", resident.getIdNumber(), today);
        } catch (ValidationException e) {
            for (FieldError error : e.getErrors()) {
                checks.add(error.field(), error.code(), error.message());
            }
        }
        if (inHousehold && resident.getRelationToHead() == null) {
            checks.add(prefix + "relationToHead", "required", "a household member needs a relation to the head");
        }
        if (!inHousehold && resident.getRelationToHead() != null) {
            checks.add(prefix + "relationToHead", "no_household", "only a household member has a relation to a head");
        }
        if (!inHousehold && resident.getDwellingId() == null) {
            checks.add(prefix + "dwellingId", "required", "a resident needs a household or a dwelling to live in");
        }
        return idNumber;
    }

    /** {@code 110105********123X}: the address code and the last four characters stay. */
    static String maskIdNumber(String idNumber) {
        return idNumber == null ? null : idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }

    /** {@code 138****8000}: the first three and the last four characters stay. */
    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        int n = phone.length();
        return n <= 7 ? "*".repeat(n - 2) + phone.substring(n - 2) : phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
    }
}
