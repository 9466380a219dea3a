/**
 * Who is calling and what they may do: authentication shared by every door, the caller of the
 * current service call ({@link org.linli.security.CallerContext}), roles and their permissions.
 */
@Export
@Version("2.2.0")
package org.linli.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
