package org.linli.policy.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's verdict on one subject, the facts it rests on, and a message in Chinese and English.
 * The engine adds the rule, its clause and the plugin's version when it records the finding.
 */
public final class Outcome {
    private final Verdict verdict;
    private final Subject subject;
    private final Text message;
    private final Map<String, String> facts = new LinkedHashMap<>();

    private Outcome(Verdict verdict, Subject subject, Text message) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.message = Objects.requireNonNull(message, "message");
    }

    public static Outcome of(Verdict verdict, Subject subject, String zh, String en) {
        return new Outcome(verdict, subject, Text.of(zh, en));
    }

    public static Outcome pass(Subject subject, String zh, String en) {
        return of(Verdict.PASS, subject, zh, en);
    }

    public static Outcome fail(Subject subject, String zh, String en) {
        return of(Verdict.FAIL, subject, zh, en);
    }

    /** Passes when {@code passed}, fails otherwise, with the message that fits. */
    public static Outcome when(boolean passed, Subject subject, Text ifPassed, Text ifFailed) {
        return passed ? new Outcome(Verdict.PASS, subject, ifPassed) : new Outcome(Verdict.FAIL, subject, ifFailed);
    }

    public static Outcome notApplicable(Subject subject, String zh, String en) {
        return of(Verdict.NOT_APPLICABLE, subject, zh, en);
    }

    public static Outcome missingData(Subject subject, String zh, String en) {
        return of(Verdict.MISSING_DATA, subject, zh, en);
    }

    public static Outcome reported(Subject subject, String zh, String en) {
        return of(Verdict.REPORTED, subject, zh, en);
    }

    /** Records a fact the verdict rests on; facts keep the order they were given in. */
    public Outcome fact(String name, Object value) {
        facts.put(name, String.valueOf(value));
        return this;
    }

    public Verdict verdict() {
        return verdict;
    }

    public Subject subject() {
        return subject;
    }

    public Text message() {
        return message;
    }

    public Map<String, String> facts() {
        return Collections.unmodifiableMap(facts);
    }

    @Override
    public String toString() {
        return verdict + " " + subject + " " + facts + " " + message.en();
    }
}
