package org.linli.apitokens;

/**
 * A token just issued, with its secret: shown this once, never stored.
 *
 * @param secret the value for {@code Authorization: Bearer}
 */
public record IssuedToken(ApiToken token, String secret) {
}
