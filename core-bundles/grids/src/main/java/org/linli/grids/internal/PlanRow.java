package org.linli.grids.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;
import org.linli.grids.PlanStatus;

/** A stored grid plan. */
@Entity
@Table(name = "grid_plan")
public class PlanRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grid_plan_seq")
    @SequenceGenerator(name = "grid_plan_seq", sequenceName = "grid_plan_seq", allocationSize = 50)
    Long id;
    @Column(name = "community_id")
    Long communityId;
    @Column(name = "min_households")
    int minHouseholds;
    @Column(name = "max_households")
    int maxHouseholds;
    @Enumerated(EnumType.STRING)
    PlanStatus status;
    @Column(name = "within_bounds")
    boolean withinBounds;
    /** What the plan was drawn from (buildings, their grids and households); applying re-reads and compares it. */
    String fingerprint;
    @Column(name = "buildings_moved")
    int buildingsMoved;
    @Column(name = "proposed_by")
    String proposedBy;
    @Column(name = "proposed_at")
    LocalDateTime proposedAt;
    @Column(name = "applied_by")
    String appliedBy;
    @Column(name = "applied_at")
    LocalDateTime appliedAt;
    @Version
    long version;
}
