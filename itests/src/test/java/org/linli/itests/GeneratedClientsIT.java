package org.linli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URL;
import java.util.List;
import java.util.Map;
import javax.xml.ws.BindingProvider;
import javax.xml.ws.Holder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.linli.itests.soap.affairs.AffairsService;
import org.linli.itests.soap.codes.CodesService;
import org.linli.itests.soap.grids.GridReport;
import org.linli.itests.soap.grids.GridsService;
import org.linli.itests.soap.organisations.Organisation;
import org.linli.itests.soap.organisations.OrganisationKind;
import org.linli.itests.soap.organisations.OrganisationsService;
import org.linli.itests.soap.policy.PolicyService;
import org.linli.itests.soap.population.PopulationService;
import org.linli.itests.soap.residents.LinliFault;
import org.linli.itests.soap.residents.Resident;
import org.linli.itests.soap.residents.ResidentPage;
import org.linli.itests.soap.residents.Residents;
import org.linli.itests.soap.residents.ResidentsService;
import org.linli.itests.soap.servicedesk.ServiceDeskService;
import org.linli.itests.soap.staff.SearchFilter;
import org.linli.itests.soap.staff.Sex;
import org.linli.itests.soap.staff.StaffService;
import org.linli.itests.soap.staff.Worker;
import org.linli.itests.soap.territory.Territory;
import org.linli.itests.soap.territory.TerritoryLevel;
import org.linli.itests.soap.territory.TerritoryNode;
import org.linli.itests.soap.territory.TerritoryService;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The SOAP door as an integrator meets it: clients that CXF's wsdl2java generated, untouched, from
 * the WSDLs in {@code contracts/wsdl} (which {@link ContractIT} holds to the served ones; see the
 * cxf-codegen-plugin in itests/pom.xml), calling every service with typed requests and faults.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class GeneratedClientsIT extends LinliTestSupport {
    @Test
    public void everyServiceAnswersAGeneratedClient() throws Exception {
        awaitUp();
        Territory territory = port(new TerritoryService(wsdl("territory")).getTerritoryPort(), "territory");
        long city = create(territory, null, TerritoryLevel.CITY, "GC" + serial(), "生成市");
        long district = create(territory, city, TerritoryLevel.DISTRICT, "GD" + serial(), "生成区");
        long street = create(territory, district, TerritoryLevel.STREET, "GS" + serial(), "生成街道");
        String communityCode = "GM" + serial();
        long community = create(territory, street, TerritoryLevel.COMMUNITY, communityCode, "生成社区");
        long grid = create(territory, community, TerritoryLevel.GRID, communityCode + "-G1", "第1网格");
        long building = create(territory, grid, TerritoryLevel.BUILDING, communityCode + "-B1", "1号楼");
        long dwelling = create(territory, building, TerritoryLevel.DWELLING, communityCode + "-B1-101", "101室");
        assertEquals(1, territory.findNodes(street, null, null, null, null, null, null, null).getTotal());
        assertEquals("生成社区", territory.getNode(community).getName());

        Residents residents = port(new ResidentsService(wsdl("residents")).getResidentsPort(), "residents");
        String idNumber = freshIdNumber();
        Holder<Resident> created = new Holder<>(resident(idNumber, dwelling));
        residents.createResident(created);
        ResidentPage found = residents.findResidents("生成居民", null, null, dwelling, null, null, null);
        assertEquals(1, found.getTotal());
        assertEquals(created.value.getId(), found.getItem().get(0).getId());
        assertEquals("masked on this door too", idNumber.substring(0, 6) + "********" + idNumber.substring(14),
                found.getItem().get(0).getIdNumber());
        try {
            residents.createResident(new Holder<>(resident(withWrongCheck(freshIdNumber()), dwelling)));
            fail("a wrong check character is a typed fault");
        } catch (LinliFault fault) {
            assertEquals("invalid-input", fault.getFaultInfo().getKind());
            assertEquals("idNumber", fault.getFaultInfo().getError().get(0).getField());
        }

        var organisations = port(new OrganisationsService(wsdl("organisations")).getOrganisationsPort(), "organisations");
        Organisation committee = new Organisation();
        committee.setKind(OrganisationKind.RESIDENTS_COMMITTEE);
        committee.setName("生成居委会");
        committee.setCommunityId(community);
        organisations.createOrganisation(new Holder<>(committee));
        var inCommunity = new org.linli.itests.soap.organisations.SearchFilter();
        inCommunity.setName("communityId");
        inCommunity.setValue(String.valueOf(community));
        assertEquals(1, organisations.findOrganisations(List.of(inCommunity), null, null, null).getTotal());

        var staff = port(new StaffService(wsdl("staff")).getStaffPort(), "staff");
        Worker worker = new Worker();
        worker.setName("生成工作者");
        worker.setSex(Sex.FEMALE);
        worker.setCommunityId(community);
        worker.setPost("full-time-worker");
        worker.setHiredOn("2020-05-01");
        worker.setRegistrationFormComplete(true);
        staff.createWorker(new Holder<>(worker));
        SearchFilter workersInCommunity = new SearchFilter();
        workersInCommunity.setName("communityId");
        workersInCommunity.setValue(String.valueOf(community));
        assertEquals(1, staff.findWorkers(List.of(workersInCommunity), null, null, null).getTotal());

        var grids = port(new GridsService(wsdl("grids")).getGridsPort(), "grids");
        List<GridReport> reports = grids.reportGrids(community, null, null);
        assertEquals(1, reports.size());

        var codes = port(new CodesService(wsdl("codes")).getCodesPort(), "codes");
        int subCommittees = get("/api/v1/codes?list=sub-committee&size=100").json().path("total").asInt();
        assertTrue("the sub-committees the migrations list", subCommittees >= 10);
        assertEquals(subCommittees, codes.getCodeList("sub-committee").size());

        // The registers with nothing of this test's in them still answer their searches.
        var desk = port(new ServiceDeskService(wsdl("service-desk")).getServiceDeskPort(), "service-desk");
        assertEquals(1, desk.findServices(List.of(), 0, 1, null).getSize());
        var affairs = port(new AffairsService(wsdl("affairs")).getAffairsPort(), "affairs");
        assertEquals(0, affairs.findConventions(List.of(), 0, 1, null).getPage());
        var population = port(new PopulationService(wsdl("population")).getPopulationPort(), "population");
        assertEquals(5, population.findVolunteers(List.of(), 0, 5, null).getSize());
        var policy = port(new PolicyService(wsdl("policy")).getPolicyPort(), "policy");
        assertEquals(0, policy.findEvaluations(community, null, null).getTotal());
    }

    private static long create(Territory territory, Long parent, TerritoryLevel level, String code, String name) throws Exception {
        TerritoryNode node = new TerritoryNode();
        node.setParentId(parent);
        node.setLevel(level);
        node.setCode(code);
        node.setName(name);
        Holder<TerritoryNode> holder = new Holder<>(node);
        territory.createNode(holder);
        return holder.value.getId();
    }

    private static Resident resident(String idNumber, long dwelling) {
        Resident resident = new Resident();
        resident.setIdNumber(idNumber);
        resident.setName("生成居民");
        resident.setDwellingId(dwelling);
        return resident;
    }

    /** The contract's WSDL, on which the client was generated; calls go to this container. */
    private static URL wsdl(String service) throws Exception {
        return ContractIT.contracts().resolve("wsdl/" + service + ".wsdl").toUri().toURL();
    }

    private static <P> P port(P port, String service) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, base() + "/soap/" + service);
        context.put(BindingProvider.USERNAME_PROPERTY, "demo");
        context.put(BindingProvider.PASSWORD_PROPERTY, "demo");
        return port;
    }
}
