/** Apache CXF interceptors that put Linli's authentication in front of a REST or SOAP endpoint. */
@Export
@Version("1.0.0")
package org.linli.security.cxf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
