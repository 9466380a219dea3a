/**
 * The territory tree (辖区): city → district (区) → street or township (街道/乡镇) → community
 * (社区, run by a 居委会 or 村委会) → grid (网格) → building (楼栋) → dwelling (房屋).
 */
@Export
@Version("1.4.0")
@XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class)
package org.linli.territory;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.xml.LocalDateAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
