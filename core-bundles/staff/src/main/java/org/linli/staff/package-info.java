/**
 * Community workers (社区工作者) and what is recorded of their work: status changes, the
 * pay-grade table (三岗十八级), attendance and the duty roster, training and certificates,
 * household visits (走访), appraisals, and responsibilities in the grid (网格, 三包).
 */
@Export
@Version("1.2.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
        @XmlJavaTypeAdapter(type = LocalTime.class, value = LocalTimeAdapter.class)})
package org.linli.staff;

import java.time.LocalDate;
import java.time.LocalTime;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.common.xml.LocalTimeAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
