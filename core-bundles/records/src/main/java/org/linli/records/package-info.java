/**
 * Linli's kinds of record as callers, plugins and the doors see them, with no JPA type: each
 * kind's {@link KindDescription} (fields with their {@link FieldRule}s, filters, permissions and
 * words in Chinese and English), the {@link Register}s that keep kinds and their
 * {@link RecordStore}s, the {@link RecordGuard}s every write passes with their {@link RecordWrite},
 * and the code lists ({@link Code}) that districts extend: kinds of sub-committee, facility,
 * document, meeting, post… The store on JPA that register bundles build kinds with is
 * {@code org.linli.records.jpa}.
 */
@Export
@Version("2.2.0")
package org.linli.records;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
