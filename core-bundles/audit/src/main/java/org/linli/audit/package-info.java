/**
 * The audit log (审计日志): who looked at or changed what, when, from where, and why. Entries are
 * only ever added; auditors read them.
 */
@Export
@Version("1.2.0")
package org.linli.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
