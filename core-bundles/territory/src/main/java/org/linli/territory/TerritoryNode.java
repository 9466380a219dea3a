package org.linli.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/**
 * One node of the territory tree. {@code id} and {@code path} are assigned by Linli; the rest is
 * written by the caller. Changing {@code parentId} moves the node with its whole subtree.
 */
public class TerritoryNode implements Identified {
    private Long id;
    private Long parentId;
    private TerritoryLevel level;
    private String code;
    private String name;
    private String path;
    private List<String> policyPlugins = new ArrayList<>();
    private Double longitude;
    private Double latitude;
    private LocalDate closedOn;
    /** The row's version, which a concurrent change of the same node must match. */
    private long version;

    public TerritoryNode() {
    }

    public TerritoryNode(Long parentId, TerritoryLevel level, String code, String name) {
        this.parentId = parentId;
        this.level = level;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    /** The node's code, unique across Linli: an administrative division code or a local one. */
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

    /** The ids from the root down to this node, as {@code /1/51/102/}; read-only. */
    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    /**
     * For a district: the ids of the policy plugins it names, for example {@code beijing}. Only a
     * note: which plugin governs a jurisdiction is decided by {@code etc/org.linli.policy.bindings.cfg}
     * (see {@code PolicyService#bindings()}), which can change at run time.
     *
     * @deprecated bind plugins through the policy service; this field goes in the next major version
     */
    @Deprecated
    public List<String> getPolicyPlugins() {
        return policyPlugins;
    }

    @Deprecated
    public void setPolicyPlugins(List<String> policyPlugins) {
        this.policyPlugins = policyPlugins == null ? new ArrayList<>() : policyPlugins;
    }

    /**
     * Where the node stands (WGS 84 degrees east), optional; set both or neither. The grid planner
     * keeps buildings that stand close together in one grid (网格).
     */
    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    /** Where the node stands (WGS 84 degrees north), optional; set both or neither. */
    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    /**
     * The day the node was closed (a grid merged into others by a grid plan), or {@code null} while
     * it is in use. A closed node keeps its records (patrols, assignments) but takes no children.
     */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    /** The ids on the path, root first, this node last. */
    public List<Long> pathIds() {
        List<Long> ids = new ArrayList<>();
        if (path != null) {
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.valueOf(part));
                }
            }
        }
        return ids;
    }
}
