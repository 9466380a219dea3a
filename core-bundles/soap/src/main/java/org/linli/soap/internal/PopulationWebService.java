package org.linli.soap.internal;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.common.PageRequest;
import org.linli.population.FollowUp;
import org.linli.population.PopulationService;
import org.linli.population.SpecialGroupMember;
import org.linli.population.Tenancy;
import org.linli.population.Volunteer;
import org.linli.population.VolunteerService;

/** {@code /soap/population}: special groups and their follow-ups, tenancies and volunteers over SOAP, the same service as the REST door. */
@WebService(name = "Population", serviceName = "PopulationService", portName = "PopulationPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class PopulationWebService {
    private final PopulationService service;

    PopulationWebService(PopulationService service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "specialGroupMember")
    public SpecialGroupMember createSpecialGroupMember(@WebParam(name = "specialGroupMember") SpecialGroupMember specialGroupMember) throws LinliFault {
        return Calls.call(() -> service.specialGroupMembers().create(Calls.required("specialGroupMember", specialGroupMember)));
    }

    @WebMethod
    @WebResult(name = "specialGroupMember")
    public SpecialGroupMember getSpecialGroupMember(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.specialGroupMembers().get(id));
    }

    @WebMethod
    @WebResult(name = "specialGroupMember")
    public SpecialGroupMember updateSpecialGroupMember(@WebParam(name = "id") long id, @WebParam(name = "specialGroupMember") SpecialGroupMember specialGroupMember) throws LinliFault {
        return Calls.call(() -> service.specialGroupMembers().update(id, Calls.required("specialGroupMember", specialGroupMember)));
    }

    @WebMethod
    public void deleteSpecialGroupMember(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.specialGroupMembers().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public PopulationPages.SpecialGroupMemberPage findSpecialGroupMembers(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> PopulationPages.SpecialGroupMemberPage.of(service.specialGroupMembers().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "followUp")
    public FollowUp createFollowUp(@WebParam(name = "followUp") FollowUp followUp) throws LinliFault {
        return Calls.call(() -> service.followUps().create(Calls.required("followUp", followUp)));
    }

    @WebMethod
    @WebResult(name = "followUp")
    public FollowUp getFollowUp(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.followUps().get(id));
    }

    @WebMethod
    @WebResult(name = "followUp")
    public FollowUp updateFollowUp(@WebParam(name = "id") long id, @WebParam(name = "followUp") FollowUp followUp) throws LinliFault {
        return Calls.call(() -> service.followUps().update(id, Calls.required("followUp", followUp)));
    }

    @WebMethod
    public void deleteFollowUp(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.followUps().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public PopulationPages.FollowUpPage findFollowUps(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> PopulationPages.FollowUpPage.of(service.followUps().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "tenancy")
    public Tenancy createTenancy(@WebParam(name = "tenancy") Tenancy tenancy) throws LinliFault {
        return Calls.call(() -> service.tenancies().create(Calls.required("tenancy", tenancy)));
    }

    @WebMethod
    @WebResult(name = "tenancy")
    public Tenancy getTenancy(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.tenancies().get(id));
    }

    @WebMethod
    @WebResult(name = "tenancy")
    public Tenancy updateTenancy(@WebParam(name = "id") long id, @WebParam(name = "tenancy") Tenancy tenancy) throws LinliFault {
        return Calls.call(() -> service.tenancies().update(id, Calls.required("tenancy", tenancy)));
    }

    @WebMethod
    public void deleteTenancy(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.tenancies().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public PopulationPages.TenancyPage findTenancies(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> PopulationPages.TenancyPage.of(service.tenancies().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "volunteer")
    public Volunteer createVolunteer(@WebParam(name = "volunteer") Volunteer volunteer) throws LinliFault {
        return Calls.call(() -> service.volunteers().create(Calls.required("volunteer", volunteer)));
    }

    @WebMethod
    @WebResult(name = "volunteer")
    public Volunteer getVolunteer(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.volunteers().get(id));
    }

    @WebMethod
    @WebResult(name = "volunteer")
    public Volunteer updateVolunteer(@WebParam(name = "id") long id, @WebParam(name = "volunteer") Volunteer volunteer) throws LinliFault {
        return Calls.call(() -> service.volunteers().update(id, Calls.required("volunteer", volunteer)));
    }

    @WebMethod
    public void deleteVolunteer(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.volunteers().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public PopulationPages.VolunteerPage findVolunteers(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> PopulationPages.VolunteerPage.of(service.volunteers().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "volunteerService")
    public VolunteerService createVolunteerService(@WebParam(name = "volunteerService") VolunteerService volunteerService) throws LinliFault {
        return Calls.call(() -> service.volunteerServices().create(Calls.required("volunteerService", volunteerService)));
    }

    @WebMethod
    @WebResult(name = "volunteerService")
    public VolunteerService getVolunteerService(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.volunteerServices().get(id));
    }

    @WebMethod
    @WebResult(name = "volunteerService")
    public VolunteerService updateVolunteerService(@WebParam(name = "id") long id, @WebParam(name = "volunteerService") VolunteerService volunteerService) throws LinliFault {
        return Calls.call(() -> service.volunteerServices().update(id, Calls.required("volunteerService", volunteerService)));
    }

    @WebMethod
    public void deleteVolunteerService(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.volunteerServices().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public PopulationPages.VolunteerServicePage findVolunteerServices(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> PopulationPages.VolunteerServicePage.of(service.volunteerServices().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
}
