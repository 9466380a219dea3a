package org.linli.demo.internal;

import java.time.LocalDate;
import org.linli.residents.HouseholdService;
import org.linli.residents.ResidentService;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.territory.TerritoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demonstration district once, in the background, when {@code etc/org.linli.demo.cfg}
 * exists (the development configuration has it; a production one does not).
 */
@Component(configurationPid = "org.linli.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = DemoLoader.Config.class)
public class DemoLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    @ObjectClassDefinition(name = "Linli demonstration district")
    public @interface Config {
        @AttributeDefinition(description = "Random seed: the same seed gives the same district")
        long seed() default 20261123L;
    }

    private final Thread loader;

    @Activate
    public DemoLoader(@Reference TerritoryService territory, @Reference HouseholdService households,
                      @Reference ResidentService residents, Config config) {
        DemoDistrict district = new DemoDistrict(territory, households, residents, config.seed(), LocalDate.now());
        loader = new Thread(() -> CallerContext.callAs(Caller.system("demo-data"), () -> {
            try {
                if (district.loaded()) {
                    LOG.info("Demonstration district {} is loaded already", DemoDistrict.DISTRICT_CODE);
                    return null;
                }
                long start = System.nanoTime();
                int count = district.load();
                LOG.info("Demonstration district {} loaded: {} residents in {} ms", DemoDistrict.DISTRICT_CODE, count,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("Loading the demonstration district failed", e);
            }
            return null;
        }), "linli-demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        loader.interrupt();
        loader.join(10_000);
    }
}
