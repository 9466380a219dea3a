/**
 * The record store on JPA, for the bundles that keep registers: a {@link RecordType} says what
 * one kind of record is (its table, who may read and write it, which territory node decides who
 * sees it, the rules of its fields, its other checks and search filters) and {@link JpaRecords}
 * keeps it, scoped to the caller's jurisdiction. What callers, plugins and the doors see of a
 * kind, without a JPA type, is in {@code org.linli.records}.
 */
@Export
@Version("2.0.0")
package org.linli.records.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
