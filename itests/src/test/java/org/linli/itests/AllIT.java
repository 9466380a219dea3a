package org.linli.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * The integration suites that share one Karaf container, booted once per database: they keep to
 * territory of their own (fresh codes, or the one {@link AccessIT.Fixture}) and assert on what they
 * made, never on totals of the whole database. {@link PolicyIT} (the demonstration district) and
 * {@link JdbcRealmIT} (the production realm) need a configuration of their own and run in a Maven
 * execution of their own ({@code linli.it.apart} in the pom), since Pax Exam runs one container at
 * a time in a JVM. {@code ./linli it <Suite>} runs one suite alone in a container of its own.
 */
@RunWith(Suite.class)
@SuiteClasses({
    RestIT.class,
    ImportIT.class,
    GeneratedCityIT.class,
    SessionIT.class,
    ConsoleIT.class,
    GuardsIT.class,
    KindsIT.class,
    AccessIT.class,
    RoleMatrixIT.class,
    HostileInputIT.class,
    SoapIT.class,
    ContractIT.class,
    GeneratedClientsIT.class,
    OrganisationsIT.class,
    StaffIT.class,
    ServicesIT.class,
    AffairsIT.class,
    PopulationIT.class,
    GridsIT.class,
    ResidentPlacesIT.class,
})
public class AllIT {
}
