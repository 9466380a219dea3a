package org.linli.policy;

/** How many findings of each verdict. */
public class VerdictCounts {
    private int pass;
    private int fail;
    private int notApplicable;
    private int missingData;
    private int reported;

    public int getPass() {
        return pass;
    }

    public void setPass(int pass) {
        this.pass = pass;
    }

    public int getFail() {
        return fail;
    }

    public void setFail(int fail) {
        this.fail = fail;
    }

    public int getNotApplicable() {
        return notApplicable;
    }

    public void setNotApplicable(int notApplicable) {
        this.notApplicable = notApplicable;
    }

    public int getMissingData() {
        return missingData;
    }

    public void setMissingData(int missingData) {
        this.missingData = missingData;
    }

    public int getReported() {
        return reported;
    }

    public void setReported(int reported) {
        this.reported = reported;
    }
}
