package org.linli.policy.internal.shell;

import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.linli.policy.Evaluation;
import org.linli.policy.Finding;
import org.linli.policy.PolicyService;
import org.linli.policy.VerdictCounts;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;

/** {@code linli:evaluate}: evaluates a community, street or district and prints every finding. */
@Service
@Command(scope = "linli", name = "evaluate", description = "Evaluates the communities of a territory node against their policy rules and stores the run")
public class EvaluateCommand implements Action {
    @Reference
    private PolicyService policy;
    @Reference
    private Jurisdictions jurisdictions;

    @Argument(index = 0, name = "nodeId", required = true, description = "the id of a community, street or district")
    private long nodeId;

    @Option(name = "-p", aliases = "--plugin", description = "evaluate under this plugin instead of the bound one")
    private String plugin;

    @Option(name = "-d", aliases = "--as-of", description = "judge as of this day (yyyy-mm-dd); today by default")
    private String asOf;

    @Option(name = "-f", aliases = "--failures", description = "print only failures and missing data")
    private boolean failures;

    @Override
    public Object execute() {
        CallerContext.callAs(Caller.console(jurisdictions), () -> {
            Evaluation run = policy.evaluate(nodeId, plugin, asOf == null ? null : LocalDate.parse(asOf));
            for (Finding finding : run.getFindings()) {
                if (failures && finding.getVerdict().name().matches("PASS|NOT_APPLICABLE|REPORTED")) {
                    continue;
                }
                System.out.printf("%s %-6s %-14s %s: %s%n", finding.getCommunityName(), finding.getRuleId(), finding.getVerdict(),
                        finding.getSubjectName(), finding.getMessageZh());
            }
            VerdictCounts counts = run.getCounts();
            System.out.printf("Run %d as of %s: %d pass, %d fail, %d not applicable, %d missing data, %d reported%n", run.getId(),
                    run.getAsOf(), counts.getPass(), counts.getFail(), counts.getNotApplicable(), counts.getMissingData(),
                    counts.getReported());
            return null;
        });
        return null;
    }
}
