/**
 * Linli's one database. The {@link org.linli.database.Database} service appears once the schema
 * migrations have run, so a service that references it never sees a half-made schema.
 */
@Export
@Version("1.2.0")
package org.linli.database;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
