/**
 * The record store behind Linli's registers of organisations and staff: a {@link RecordType}
 * says what one kind of record is (its table, who may read and write it, which territory node
 * decides who sees it, the rules of its fields, its other checks and search filters) and
 * {@link JpaRecords} keeps it, scoped to the caller's jurisdiction. Each kind is described
 * ({@link KindDescription}) from the same declarations, with its words in Chinese and English, and
 * every {@link Register} lists its kinds' stores for the doors to serve. Code lists ({@link Code}) hold the kinds that districts extend:
 * kinds of sub-committee, facility, document, meeting, post…
 */
@Export
@Version("1.5.0")
package org.linli.records;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
