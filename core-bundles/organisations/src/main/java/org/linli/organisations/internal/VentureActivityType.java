package org.linli.organisations.internal;

import org.linli.common.FieldChecks;
import org.linli.organisations.VentureActivity;
import org.linli.organisations.VentureProject;
import org.linli.records.Filter;
import org.linli.records.jpa.RecordCheck;

final class VentureActivityType extends CommunityPart<VentureActivity> {
    private final VentureProjectType projects;

    VentureActivityType(VentureProjectType projects) {
        super(VentureActivity.class, "venture activity", "venture_activity");
        this.projects = projects;
        filter("projectId", Filter.id("t.project_id", "held by this project"));
        filter("from", Filter.from("t.held_on", "held on or after this date"));
        filter("to", Filter.to("t.held_on", "held on or before this date"));
        field("projectId").required();
        field("heldOn").required().notFuture();
        field("title").name(200);
        field("beneficiaries").required().range(0, 1_000_000);
        field("place").text(100);
    }

    @Override
    Long communityId(VentureActivity record) {
        return record.getCommunityId();
    }

    @Override
    protected void check(RecordCheck check, VentureActivity activity, VentureActivity stored) {
        FieldChecks fields = check.fields();
        fields.throwIfAny();
        VentureProject project = check.find("projectId", projects, activity.getProjectId());
        if (activity.getCommunityId() != null && !activity.getCommunityId().equals(project.getCommunityId())) {
            fields.add("communityId", "mismatch", "communityId must be the project's community or absent");
        }
        activity.setCommunityId(project.getCommunityId());
    }
}
