package org.linli.records.internal;

import java.util.List;
import java.util.function.Consumer;
import org.linli.records.RecordGuard;
import org.linli.records.RecordGuards;
import org.linli.records.RecordWrite;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The guards registered now: they come and go with the bundles that register them. It holds
 * their references and takes a guard only when a write asks it: a guard (the policy engine) reads
 * through the registers that hold this registry, and taking it while they start would be a cycle.
 */
@Component(service = RecordGuards.class)
public class GuardRegistry implements RecordGuards {
    @Reference(service = RecordGuard.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<RecordGuard>> guards;

    private ComponentContext context;

    @Activate
    void activate(ComponentContext context) {
        this.context = context;
    }

    @Override
    public void complete(RecordWrite<?> write) {
        each(guard -> guard.complete(write));
    }

    @Override
    public void review(RecordWrite<?> write) {
        each(guard -> guard.review(write));
    }

    @Override
    public boolean lifts(RecordWrite<?> write, String restriction) {
        boolean[] lifted = {false};
        // Every guard is asked until one lifts it: the first one to answer yes decides.
        each(guard -> lifted[0] = lifted[0] || guard.lifts(write, restriction));
        return lifted[0];
    }

    private void each(Consumer<RecordGuard> work) {
        List<ServiceReference<RecordGuard>> now = guards;
        if (now == null) {
            return;
        }
        for (ServiceReference<RecordGuard> reference : now) {
            RecordGuard guard = context.locateService("guards", reference);
            if (guard != null) {
                work.accept(guard);
            }
        }
    }
}
