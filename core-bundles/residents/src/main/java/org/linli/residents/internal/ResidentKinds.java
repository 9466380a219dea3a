package org.linli.residents.internal;

import java.util.List;
import java.util.function.Function;
import org.linli.records.FieldRule;
import org.linli.records.FieldRules;
import org.linli.records.FieldType;
import org.linli.records.FilterDescription;
import org.linli.records.KindDescription;
import org.linli.records.RecordStore;
import org.linli.residents.Household;
import org.linli.residents.Resident;
import org.linli.security.Permission;

/**
 * The register's two kinds as every door describes them: the rules of their fields that need
 * no database, declared once, checked on every write ({@link ResidentRegister}) and published with
 * the words of {@code kinds.properties}. What depends on other fields (a relation to the head
 * only in a household, a dwelling without one) or on the database (a free number, one head) the
 * register checks itself.
 */
final class ResidentKinds {
    static final String PHONE = "\\+?[0-9][0-9 -]{4,19}";
    static final String HOUSEHOLD_NUMBER = "[0-9A-Za-z][0-9A-Za-z-]{0,31}";

    static final FieldRules RESIDENT_RULES = new FieldRules();
    static final FieldRules HOUSEHOLD_RULES = new FieldRules();
    static final KindDescription RESIDENTS;
    static final KindDescription HOUSEHOLDS;

    static {
        RESIDENT_RULES.field("id").readOnly();
        resident(RESIDENT_RULES::field);
        HOUSEHOLD_RULES.field("id").readOnly();
        HOUSEHOLD_RULES.field("number").required().text(32).pattern(HOUSEHOLD_NUMBER, "letters, digits or '-' (at most 32)");
        HOUSEHOLD_RULES.field("dwellingId").required();
        HOUSEHOLD_RULES.field("kind").required();
        HOUSEHOLD_RULES.field("headResidentId").readOnly();
        HOUSEHOLD_RULES.field("memberCount").readOnly();
        FieldRule member = HOUSEHOLD_RULES.field("members").each();
        member.field("id").readOnly();
        resident(member::field);
        RESIDENTS = KindDescription.of("residents", "resident", Resident.class, Permission.RESIDENT_READ, Permission.RESIDENT_WRITE,
                RESIDENT_RULES, List.of(
                        new FilterDescription(RecordStore.NODE_FILTER, FieldType.LONG, List.of(), "registered or living under this territory node"),
                        new FilterDescription("name", FieldType.TEXT, List.of(), "name starts with"),
                        new FilterDescription("idNumber", FieldType.TEXT, List.of(), "exactly this ID number (the look-up is audited)"),
                        new FilterDescription("householdId", FieldType.LONG, List.of(), "members of this household")),
                ResidentKinds.class);
        HOUSEHOLDS = KindDescription.of("households", "household", Household.class, Permission.RESIDENT_READ, Permission.RESIDENT_WRITE,
                HOUSEHOLD_RULES, List.of(
                        new FilterDescription(RecordStore.NODE_FILTER, FieldType.LONG, List.of(), "registered at a dwelling under this territory node"),
                        new FilterDescription("number", FieldType.TEXT, List.of(), "exactly this household number")),
                ResidentKinds.class);
    }

    private ResidentKinds() {
    }

    /** A resident's own rules, for a resident alone and for each member of a new household. */
    private static void resident(Function<String, FieldRule> field) {
        field.apply("idNumber").required().text(18);
        field.apply("name").name(ResidentRules.MAX_NAME);
        field.apply("sex").readOnly();
        field.apply("birthDate").readOnly();
        field.apply("age").readOnly();
        field.apply("phone").text(20).pattern(PHONE, "a phone number of 5 to 20 digits");
        field.apply("residence").readOnly();
    }
}
