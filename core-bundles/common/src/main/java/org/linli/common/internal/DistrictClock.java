package org.linli.common.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Linli's one clock, a {@link Clock} service: every "today" and "now" of the services (deadlines,
 * ages, terms in force, what is overdue) is read from it, in the zone the district works in. By
 * default that is the server's own zone; a server kept in UTC sets {@code zone = Asia/Shanghai} in
 * {@code etc/org.linli.clock.cfg}. Unit tests give the services a fixed clock instead.
 */
@Component(service = Clock.class, configurationPid = "org.linli.clock")
@Designate(ocd = DistrictClock.Config.class)
public class DistrictClock extends Clock {
    @ObjectClassDefinition(name = "Linli clock")
    public @interface Config {
        @AttributeDefinition(description = "The zone of the district's day, such as Asia/Shanghai; empty: the server's own")
        String zone() default "";
    }

    private final Clock clock;

    @Activate
    public DistrictClock(Config config) {
        this.clock = Clock.system(config.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(config.zone().strip()));
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return clock.withZone(zone);
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }
}
