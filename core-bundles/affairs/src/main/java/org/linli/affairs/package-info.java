/**
 * Community affairs (社区事务): mediation cases (调解), consultations (议事协商) and the steps their
 * procedures demand, and residents' conventions (居民公约 / 村规民约) through their stages.
 */
@Export
@Version("1.2.0")
@XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class)
package org.linli.affairs;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
