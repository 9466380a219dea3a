package org.linli.policy;

import java.util.ArrayList;
import java.util.List;

/** One community's verdicts in a comparison or preview: before and after, or under each of two plugins. */
public class CommunityVerdicts {
    private Long communityId;
    private String communityName;
    private String leftPlugin;
    private String rightPlugin;
    private VerdictCounts left;
    private VerdictCounts right;
    /** rule IDs failing on the right that do not fail on the left */
    private List<String> newFailures = new ArrayList<>();
    /** rule IDs failing on the left that do not fail on the right */
    private List<String> resolvedFailures = new ArrayList<>();

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getCommunityName() {
        return communityName;
    }

    public void setCommunityName(String communityName) {
        this.communityName = communityName;
    }

    public String getLeftPlugin() {
        return leftPlugin;
    }

    public void setLeftPlugin(String leftPlugin) {
        this.leftPlugin = leftPlugin;
    }

    public String getRightPlugin() {
        return rightPlugin;
    }

    public void setRightPlugin(String rightPlugin) {
        this.rightPlugin = rightPlugin;
    }

    public VerdictCounts getLeft() {
        return left;
    }

    public void setLeft(VerdictCounts left) {
        this.left = left;
    }

    public VerdictCounts getRight() {
        return right;
    }

    public void setRight(VerdictCounts right) {
        this.right = right;
    }

    public List<String> getNewFailures() {
        return newFailures;
    }

    public void setNewFailures(List<String> newFailures) {
        this.newFailures = newFailures == null ? new ArrayList<>() : newFailures;
    }

    public List<String> getResolvedFailures() {
        return resolvedFailures;
    }

    public void setResolvedFailures(List<String> resolvedFailures) {
        this.resolvedFailures = resolvedFailures == null ? new ArrayList<>() : resolvedFailures;
    }
}
