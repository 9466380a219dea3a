package org.linli.territory.internal;

import java.time.LocalDate;
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
import org.linli.territory.TerritoryLevel;

@Entity
@Table(name = "territory_node")
public class TerritoryNodeEntity {
    @Id
    @SequenceGenerator(name = "territory_node_seq", sequenceName = "territory_node_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territory_node_seq")
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private TerritoryLevel level;

    private String code;
    private String name;
    private String path;

    /** Comma-separated plugin ids; only districts carry any. */
    @Column(name = "policy_plugins")
    private String policyPlugins;

    private Double longitude;
    private Double latitude;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public TerritoryLevel getLevel() {
        return level;
    }

    public void setLevel(TerritoryLevel level) {
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getPolicyPlugins() {
        return policyPlugins;
    }

    public void setPolicyPlugins(String policyPlugins) {
        this.policyPlugins = policyPlugins;
    }
}
