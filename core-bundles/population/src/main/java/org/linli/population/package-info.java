/**
 * Population services (人口服务管理): residents in special groups (特殊人群) and their follow-ups,
 * rented dwellings and their tenants (出租房屋, 流动人口), volunteers (志愿者) and their service hours.
 */
@Export
@Version("1.1.0")
@XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class)
package org.linli.population;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
