package org.linli.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.linli.affairs.CommunityAffairs;
import org.linli.organisations.OrganisationService;
import org.linli.population.PopulationService;
import org.linli.residents.HouseholdService;
import org.linli.residents.ResidentService;
import org.linli.security.Caller;
import org.linli.security.CallerContext;
import org.linli.services.ServiceDesk;
import org.linli.staff.StaffService;
import org.linli.territory.TerritoryNode;
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
                      @Reference ResidentService residents, @Reference OrganisationService organisations,
                      @Reference StaffService staff, @Reference ServiceDesk serviceDesk,
                      @Reference CommunityAffairs affairs, @Reference PopulationService population,
                      @Reference Clock clock, Config config) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(config.seed());
        Names names = new Names(random);
        DemoDistrict district = new DemoDistrict(territory, households, residents, random, names, today);
        DemoOrganisations communityOrganisations = new DemoOrganisations(organisations, random, today, names);
        DemoStaff communityStaff = new DemoStaff(staff, territory, random, today, names);
        DemoServiceDesk communityServices = new DemoServiceDesk(serviceDesk, territory, random, clock, names);
        DemoAffairs communityAffairs = new DemoAffairs(affairs, organisations, random, today, names);
        DemoPopulation communityPopulation = new DemoPopulation(population, residents, staff, random, today, names);
        loader = new Thread(() -> CallerContext.callAs(Caller.system("demo-data"), () -> {
            try {
                long start = System.nanoTime();
                if (district.loaded() == null) {
                    int count = district.load();
                    LOG.info("Demonstration district {} loaded: {} residents in {} ms", DemoDistrict.DISTRICT_CODE, count,
                            (System.nanoTime() - start) / 1_000_000);
                } else {
                    LOG.info("Demonstration district {} is loaded already", DemoDistrict.DISTRICT_CODE);
                }
                TerritoryNode loaded = district.loaded();
                List<TerritoryNode> communities = district.communities(loaded);
                if (!communityOrganisations.loaded(loaded.getId())) {
                    start = System.nanoTime();
                    communityStaff.loadPayTable();
                    for (int i = 0; i < communities.size(); i++) {
                        String director = communityOrganisations.load(communities.get(i), i);
                        communityStaff.load(communities.get(i), i, director);
                    }
                    LOG.info("Organisations and staff of {} communities loaded in {} ms", communities.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
                if (!communityServices.loaded()) {
                    start = System.nanoTime();
                    communityServices.loadCatalogue();
                    for (TerritoryNode community : communities) {
                        communityServices.load(community, communityStaff.director(community));
                    }
                    LOG.info("Service catalogue and requests of {} communities loaded in {} ms", communities.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
                if (!communityAffairs.loaded()) {
                    start = System.nanoTime();
                    for (int i = 0; i < communities.size(); i++) {
                        communityAffairs.load(communities.get(i), i);
                    }
                    LOG.info("Mediation cases, consultations and conventions of {} communities loaded in {} ms", communities.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
                if (!communityPopulation.loaded()) {
                    start = System.nanoTime();
                    communities.forEach(communityPopulation::load);
                    LOG.info("Special groups, tenancies and volunteers of {} communities loaded in {} ms", communities.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
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
