package org.linli.territory;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of the territory tree. {@code id} and {@code path} are assigned by Linli; the rest is
 * written by the caller. Changing {@code parentId} moves the node with its whole subtree.
 */
public class TerritoryNode {
    @Schema(accessMode = Schema.AccessMode.READ_ONLY)
    private Long id;
    @Schema(description = "The node one level up; absent for a city. Changing it moves the subtree.")
    private Long parentId;
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    private TerritoryLevel level;
    @Schema(description = "Unique code, e.g. an administrative division code", maxLength = 32, pattern = "^[0-9A-Za-z][0-9A-Za-z_-]{0,31}$", requiredMode = Schema.RequiredMode.REQUIRED)
    private String code;
    @Schema(maxLength = 100, requiredMode = Schema.RequiredMode.REQUIRED)
    private String name;
    @Schema(description = "Ids from the root down to this node, e.g. /1/51/102/", accessMode = Schema.AccessMode.READ_ONLY)
    private String path;
    @Schema(description = "Deprecated note of the plugins a district names; /policy/bindings decides which plugin governs", deprecated = true)
    @ArraySchema(schema = @Schema(pattern = "^[a-z0-9][a-z0-9-]{0,63}$"))
    private List<String> policyPlugins = new ArrayList<>();
    @Schema(description = "WGS 84 degrees east; give both coordinates or neither. The grid planner keeps buildings close together in one grid", minimum = "-180", maximum = "180")
    private Double longitude;
    @Schema(description = "WGS 84 degrees north", minimum = "-90", maximum = "90")
    private Double latitude;
    @Schema(description = "The day the node was closed (a grid merged away by a grid plan); a closed node takes no children and is closed only once it has none")
    private LocalDate closedOn;

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
