/**
 * The service desk (服务): the catalogue of services (服务目录) with their time limits, the work
 * calendar, residents' requests (诉求 / 办件) from receipt to the completion notice, and their
 * dispatch to departments (街乡吹哨、部门报到).
 */
@Export
@Version("1.3.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
        @XmlJavaTypeAdapter(type = LocalDateTime.class, value = LocalDateTimeAdapter.class)})
package org.linli.services;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.common.xml.LocalDateTimeAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
