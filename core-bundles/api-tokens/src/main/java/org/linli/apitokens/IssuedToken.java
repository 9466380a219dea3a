package org.linli.apitokens;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A token just issued, with its secret: shown this once, never stored.
 *
 * @param secret the value for {@code Authorization: Bearer}
 */
public record IssuedToken(ApiToken token, @Schema(description = "Send as Authorization: Bearer <secret>") String secret) {
}
