/**
 * API tokens for integrators (machine clients): issued by an administrator for a client, a
 * jurisdiction and scopes, stored only as a digest, revocable. A request carries one as
 * {@code Authorization: Bearer <token>}.
 */
@Export
@Version("2.0.0")
package org.linli.apitokens;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
