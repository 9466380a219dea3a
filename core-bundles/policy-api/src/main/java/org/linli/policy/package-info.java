/**
 * Local policy (地方政策) as the doors see it: the installed plugins and rules, which plugin
 * governs which jurisdiction, parameters, evaluations with their findings, comparisons and
 * previews. Plugins implement {@link org.linli.policy.spi}.
 */
@Export
@Version("1.1.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
        @XmlJavaTypeAdapter(type = LocalDateTime.class, value = LocalDateTimeAdapter.class)})
package org.linli.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.common.xml.LocalDateTimeAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
