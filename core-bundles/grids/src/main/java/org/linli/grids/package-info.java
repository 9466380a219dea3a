/**
 * The grid validator and planner (网格核查与调整): how many households each grid (网格) of a
 * community holds against the bounds a district sets, and plans that split or merge grids to bring
 * every grid within them, keeping buildings whole and neighbouring buildings together. A plan is
 * stored when proposed and changes the territory only when applied.
 */
@Export
@Version("1.0.0")
@XmlJavaTypeAdapters({
        @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
        @XmlJavaTypeAdapter(type = LocalDateTime.class, value = LocalDateTimeAdapter.class)})
package org.linli.grids;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.common.xml.LocalDateTimeAdapter;
import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
