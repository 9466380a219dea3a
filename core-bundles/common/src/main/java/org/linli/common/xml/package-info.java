/** JAXB adapters that let API value types travel through SOAP. */
@Export
@Version("1.2.0")
package org.linli.common.xml;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
