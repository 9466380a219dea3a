/**
 * Community organisations (社区组织) and their records: party organisations, residents' and
 * village committees with their sub-committees (下属委员会), owners' committees, property
 * companies, units in the area, police offices, social organisations and coordination
 * committees; terms (任期) and memberships, elections and by-elections (换届选举, 补选), meetings,
 * premises (配套用房), documents on file and funds; the talent pool (能人库), micro venture
 * philanthropy contests (公益微创投) and the service list communities order from (点单).
 */
@Export
@Version("1.2.0")
@XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class)
package org.linli.organisations;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
