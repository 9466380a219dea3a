package org.linli.policy.jingzhou;

/** One field error a hook raises: the field, a code and a message; rules also cite it in findings on stored records. */
record Refusal(String field, String code, String message) {
}
