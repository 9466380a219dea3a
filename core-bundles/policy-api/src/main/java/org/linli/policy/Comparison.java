package org.linli.policy;

import java.util.ArrayList;
import java.util.List;

/** Two evaluations of the same communities side by side, and per community what differs. Neither changes a binding. */
public class Comparison {
    private Evaluation left;
    private Evaluation right;
    private List<CommunityVerdicts> communities = new ArrayList<>();

    public Evaluation getLeft() {
        return left;
    }

    public void setLeft(Evaluation left) {
        this.left = left;
    }

    public Evaluation getRight() {
        return right;
    }

    public void setRight(Evaluation right) {
        this.right = right;
    }

    public List<CommunityVerdicts> getCommunities() {
        return communities;
    }

    public void setCommunities(List<CommunityVerdicts> communities) {
        this.communities = communities == null ? new ArrayList<>() : communities;
    }
}
