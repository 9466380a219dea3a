/**
 * What every Linli service shares: the errors a service throws for bad input, and paging.
 * The doors (REST, SOAP, console) translate these exceptions into their own error shapes.
 */
@Export
@Version("1.6.0")
package org.linli.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
