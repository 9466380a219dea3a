package org.linli.policy.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.linli.policy.Binding;
import org.linli.policy.PluginInfo;
import org.linli.policy.PolicyService;
import org.linli.policy.RuleInfo;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;

/** {@code linli:policy-list}: the plugins running, their rules with clauses, and the bindings. */
@Service
@Command(scope = "linli", name = "policy-list", description = "Lists the policy plugins, their rules with the clauses they cite, and the bindings")
public class PolicyListCommand implements Action {
    @Reference
    private PolicyService policy;
    @Reference
    private Jurisdictions jurisdictions;

    @Option(name = "-p", aliases = "--plugin", description = "only this plugin's rules")
    private String plugin;

    @Override
    public Object execute() {
        CallerContext.callAs(Caller.console(jurisdictions), () -> {
            for (PluginInfo info : policy.plugins()) {
                if (plugin == null || plugin.equals(info.getId())) {
                    System.out.printf("%s %s (%s), %d rules%n", info.getId(), info.getVersion(), info.getBundle(), info.getRuleCount());
                }
            }
            for (RuleInfo rule : policy.rules(plugin)) {
                System.out.printf("  %-6s %-9s %-20s %s / %s%n", rule.getId(), rule.getKind(), rule.getSubject(),
                        rule.getTitleZh(), rule.getTitleEn());
                System.out.printf("         「%s」 %s%n", rule.getClauseText(), rule.getClauseSource());
            }
            System.out.println("Bindings (etc/org.linli.policy.bindings.cfg):");
            for (Binding binding : policy.bindings()) {
                System.out.printf("  %s %s -> %s%s%n", binding.getCode(), binding.getNodeName() == null ? "(no such node)" : binding.getNodeName(),
                        binding.getPlugin(), binding.isInstalled() ? "" : " (not installed)");
            }
            return null;
        });
        return null;
    }
}
