package org.linli.soap.internal;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import org.linli.affairs.CommunityAffairs;
import org.linli.affairs.Consultation;
import org.linli.affairs.Convention;
import org.linli.affairs.MediationCase;
import org.linli.common.PageRequest;

/** {@code /soap/affairs}: mediation cases, consultations and conventions over SOAP, the same service as the REST door. */
@WebService(name = "Affairs", serviceName = "AffairsService", portName = "AffairsPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class AffairsWebService {
    private final CommunityAffairs service;

    AffairsWebService(CommunityAffairs service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "mediationCase")
    public MediationCase createMediationCase(@WebParam(name = "mediationCase") MediationCase mediationCase) throws LinliFault {
        return Calls.call(() -> service.mediationCases().create(Calls.required("mediationCase", mediationCase)));
    }

    @WebMethod
    @WebResult(name = "mediationCase")
    public MediationCase getMediationCase(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.mediationCases().get(id));
    }

    @WebMethod
    @WebResult(name = "mediationCase")
    public MediationCase updateMediationCase(@WebParam(name = "id") long id, @WebParam(name = "mediationCase") MediationCase mediationCase) throws LinliFault {
        return Calls.call(() -> service.mediationCases().update(id, Calls.required("mediationCase", mediationCase)));
    }

    @WebMethod
    public void deleteMediationCase(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.mediationCases().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public AffairsPages.MediationCasePage findMediationCases(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> AffairsPages.MediationCasePage.of(service.mediationCases().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "consultation")
    public Consultation createConsultation(@WebParam(name = "consultation") Consultation consultation) throws LinliFault {
        return Calls.call(() -> service.consultations().create(Calls.required("consultation", consultation)));
    }

    @WebMethod
    @WebResult(name = "consultation")
    public Consultation getConsultation(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.consultations().get(id));
    }

    @WebMethod
    @WebResult(name = "consultation")
    public Consultation updateConsultation(@WebParam(name = "id") long id, @WebParam(name = "consultation") Consultation consultation) throws LinliFault {
        return Calls.call(() -> service.consultations().update(id, Calls.required("consultation", consultation)));
    }

    @WebMethod
    public void deleteConsultation(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.consultations().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public AffairsPages.ConsultationPage findConsultations(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> AffairsPages.ConsultationPage.of(service.consultations().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "convention")
    public Convention createConvention(@WebParam(name = "convention") Convention convention) throws LinliFault {
        return Calls.call(() -> service.conventions().create(Calls.required("convention", convention)));
    }

    @WebMethod
    @WebResult(name = "convention")
    public Convention getConvention(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.conventions().get(id));
    }

    @WebMethod
    @WebResult(name = "convention")
    public Convention updateConvention(@WebParam(name = "id") long id, @WebParam(name = "convention") Convention convention) throws LinliFault {
        return Calls.call(() -> service.conventions().update(id, Calls.required("convention", convention)));
    }

    @WebMethod
    public void deleteConvention(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.conventions().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public AffairsPages.ConventionPage findConventions(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> AffairsPages.ConventionPage.of(service.conventions().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
}
