package org.linli.grids.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.linli.grids.PlanAction;

/** One grid of a stored plan. */
@Entity
@Table(name = "grid_plan_part")
public class PartRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grid_plan_part_seq")
    @SequenceGenerator(name = "grid_plan_part_seq", sequenceName = "grid_plan_part_seq", allocationSize = 50)
    Long id;
    @Column(name = "plan_id")
    Long planId;
    int ordinal;
    @Enumerated(EnumType.STRING)
    PlanAction action;
    @Column(name = "grid_id")
    Long gridId;
    String code;
    String name;
    int households;
    /** Comma-separated, in walking order. */
    @Column(name = "building_ids")
    String buildingIds;
    @Column(name = "worker_id")
    Long workerId;
}
