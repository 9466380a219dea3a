package org.linli.policy.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.linli.policy.Binding;
import org.linli.policy.PolicyService;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.security.Jurisdictions;

/** {@code linli:policy-bind}: makes a plugin govern a jurisdiction, or removes a binding. */
@Service
@Command(scope = "linli", name = "policy-bind", description = "Binds a policy plugin to a territory node (by code), written to etc/org.linli.policy.bindings.cfg")
public class PolicyBindCommand implements Action {
    @Reference
    private PolicyService policy;
    @Reference
    private Jurisdictions jurisdictions;

    @Argument(index = 0, name = "code", required = true, description = "the territory node's code (110101 for a district)")
    private String code;

    @Argument(index = 1, name = "plugin", required = false, description = "the plugin ID (beijing, songjiang, …)")
    private String plugin;

    @Option(name = "-r", aliases = "--remove", description = "remove the node's binding")
    private boolean remove;

    @Override
    public Object execute() {
        CallerContext.callAs(Caller.console(jurisdictions), () -> {
            if (remove) {
                policy.unbind(code);
                System.out.println("Binding of " + code + " removed");
            } else {
                Binding binding = policy.bind(code, plugin);
                System.out.println(binding.getCode() + " " + binding.getNodeName() + " -> " + binding.getPlugin());
            }
            return null;
        });
        return null;
    }
}
