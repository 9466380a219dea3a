package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureProject;
import org.linli.records.Filter;
import org.linli.records.RecordCheck;

final class VentureActivityType extends CommunityPart<VentureActivity> {
    private final VentureProjectType projects;

    VentureActivityType(VentureProjectType projects) {
        super(VentureActivity.class, "venture activity", "venture_activity");
        this.projects = projects;
        filter("projectId", Filter.id("t.project_id", "held by this project"));
        filter("from", Filter.from("t.held_on", "held on or after this date"));
        filter("to", Filter.to("t.held_on", "held on or before this date"));
    }

    @Override
    Long communityId(VentureActivity record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, VentureActivity activity, VentureActivity stored) {
        FieldChecks fields = check.fields();
        fields.required("projectId", activity.getProjectId()).required("heldOn", activity.getHeldOn())
                .name("title", activity.getTitle(), 200).required("beneficiaries", activity.getBeneficiaries())
                .optionalText("place", activity.getPlace(), 100);
        check.range("beneficiaries", activity.getBeneficiaries(), 0, 1_000_000);
        check.notFuture("heldOn", activity.getHeldOn());
        fields.throwIfAny();
        VentureProject project = check.find("projectId", projects, activity.getProjectId());
        if (activity.getCommunityId() != null && !activity.getCommunityId().equals(project.getCommunityId())) {
            fields.add("communityId", "mismatch", "communityId must be the project's community or absent");
        }
        activity.setCommunityId(project.getCommunityId());
    }
}
