/**
 * Residents (居民) and households (户). A household is registered at a dwelling: that is the
 * registered residence (户籍) of its members. A resident's {@code dwellingId} is where they
 * actually live (实住); the two together say whether person and registration coincide (人户一致).
 */
@Export
@Version("1.2.0")
@XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class)
package org.linli.residents;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
