/** Who is calling: authentication shared by every door of Linli. */
@Export
@Version("1.0.0")
package org.linli.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
