package org.linli.soap.internal;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.PageRequest;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.staff.Appraisal;
import org.linli.staff.Attendance;
import org.linli.staff.Certificate;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Shift;
import org.linli.staff.StaffService;
import org.linli.staff.StatusChange;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.VisitWeek;
import org.linli.staff.Worker;

/** {@code /soap/staff}: the register of community workers over SOAP, the same service as the REST door. */
@WebService(name = "Staff", serviceName = "StaffService", portName = "StaffPort",
        targetNamespace = SoapEndpoint.NAMESPACE)
public class StaffWebService {
    private final StaffService service;

    StaffWebService(StaffService service) {
        this.service = service;
    }

    @WebMethod
    @WebResult(name = "worker")
    public Worker createWorker(@WebParam(name = "worker") Worker worker) throws LinliFault {
        return Calls.call(() -> service.workers().create(Calls.required("worker", worker)));
    }

    @WebMethod
    @WebResult(name = "worker")
    public Worker getWorker(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.workers().get(id));
    }

    @WebMethod
    @WebResult(name = "worker")
    public Worker updateWorker(@WebParam(name = "id") long id, @WebParam(name = "worker") Worker worker) throws LinliFault {
        return Calls.call(() -> service.workers().update(id, Calls.required("worker", worker)));
    }

    @WebMethod
    public void deleteWorker(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.workers().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.WorkerPage findWorkers(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.WorkerPage.of(service.workers().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "payGrade")
    public PayGrade createPayGrade(@WebParam(name = "payGrade") PayGrade payGrade) throws LinliFault {
        return Calls.call(() -> service.payGrades().create(Calls.required("payGrade", payGrade)));
    }

    @WebMethod
    @WebResult(name = "payGrade")
    public PayGrade getPayGrade(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.payGrades().get(id));
    }

    @WebMethod
    @WebResult(name = "payGrade")
    public PayGrade updatePayGrade(@WebParam(name = "id") long id, @WebParam(name = "payGrade") PayGrade payGrade) throws LinliFault {
        return Calls.call(() -> service.payGrades().update(id, Calls.required("payGrade", payGrade)));
    }

    @WebMethod
    public void deletePayGrade(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.payGrades().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.PayGradePage findPayGrades(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.PayGradePage.of(service.payGrades().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "attendance")
    public Attendance createAttendance(@WebParam(name = "attendance") Attendance attendance) throws LinliFault {
        return Calls.call(() -> service.attendance().create(Calls.required("attendance", attendance)));
    }

    @WebMethod
    @WebResult(name = "attendance")
    public Attendance getAttendance(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.attendance().get(id));
    }

    @WebMethod
    @WebResult(name = "attendance")
    public Attendance updateAttendance(@WebParam(name = "id") long id, @WebParam(name = "attendance") Attendance attendance) throws LinliFault {
        return Calls.call(() -> service.attendance().update(id, Calls.required("attendance", attendance)));
    }

    @WebMethod
    public void deleteAttendance(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.attendance().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.AttendancePage findAttendance(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.AttendancePage.of(service.attendance().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "shift")
    public Shift createShift(@WebParam(name = "shift") Shift shift) throws LinliFault {
        return Calls.call(() -> service.shifts().create(Calls.required("shift", shift)));
    }

    @WebMethod
    @WebResult(name = "shift")
    public Shift getShift(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.shifts().get(id));
    }

    @WebMethod
    @WebResult(name = "shift")
    public Shift updateShift(@WebParam(name = "id") long id, @WebParam(name = "shift") Shift shift) throws LinliFault {
        return Calls.call(() -> service.shifts().update(id, Calls.required("shift", shift)));
    }

    @WebMethod
    public void deleteShift(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.shifts().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.ShiftPage findShifts(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.ShiftPage.of(service.shifts().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "training")
    public Training createTraining(@WebParam(name = "training") Training training) throws LinliFault {
        return Calls.call(() -> service.trainings().create(Calls.required("training", training)));
    }

    @WebMethod
    @WebResult(name = "training")
    public Training getTraining(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.trainings().get(id));
    }

    @WebMethod
    @WebResult(name = "training")
    public Training updateTraining(@WebParam(name = "id") long id, @WebParam(name = "training") Training training) throws LinliFault {
        return Calls.call(() -> service.trainings().update(id, Calls.required("training", training)));
    }

    @WebMethod
    public void deleteTraining(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.trainings().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.TrainingPage findTrainings(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.TrainingPage.of(service.trainings().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "certificate")
    public Certificate createCertificate(@WebParam(name = "certificate") Certificate certificate) throws LinliFault {
        return Calls.call(() -> service.certificates().create(Calls.required("certificate", certificate)));
    }

    @WebMethod
    @WebResult(name = "certificate")
    public Certificate getCertificate(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.certificates().get(id));
    }

    @WebMethod
    @WebResult(name = "certificate")
    public Certificate updateCertificate(@WebParam(name = "id") long id, @WebParam(name = "certificate") Certificate certificate) throws LinliFault {
        return Calls.call(() -> service.certificates().update(id, Calls.required("certificate", certificate)));
    }

    @WebMethod
    public void deleteCertificate(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.certificates().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.CertificatePage findCertificates(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.CertificatePage.of(service.certificates().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "visit")
    public Visit createVisit(@WebParam(name = "visit") Visit visit) throws LinliFault {
        return Calls.call(() -> service.visits().create(Calls.required("visit", visit)));
    }

    @WebMethod
    @WebResult(name = "visit")
    public Visit getVisit(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.visits().get(id));
    }

    @WebMethod
    @WebResult(name = "visit")
    public Visit updateVisit(@WebParam(name = "id") long id, @WebParam(name = "visit") Visit visit) throws LinliFault {
        return Calls.call(() -> service.visits().update(id, Calls.required("visit", visit)));
    }

    @WebMethod
    public void deleteVisit(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.visits().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.VisitPage findVisits(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.VisitPage.of(service.visits().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "appraisal")
    public Appraisal createAppraisal(@WebParam(name = "appraisal") Appraisal appraisal) throws LinliFault {
        return Calls.call(() -> service.appraisals().create(Calls.required("appraisal", appraisal)));
    }

    @WebMethod
    @WebResult(name = "appraisal")
    public Appraisal getAppraisal(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.appraisals().get(id));
    }

    @WebMethod
    @WebResult(name = "appraisal")
    public Appraisal updateAppraisal(@WebParam(name = "id") long id, @WebParam(name = "appraisal") Appraisal appraisal) throws LinliFault {
        return Calls.call(() -> service.appraisals().update(id, Calls.required("appraisal", appraisal)));
    }

    @WebMethod
    public void deleteAppraisal(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.appraisals().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.AppraisalPage findAppraisals(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.AppraisalPage.of(service.appraisals().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "patrol")
    public Patrol createPatrol(@WebParam(name = "patrol") Patrol patrol) throws LinliFault {
        return Calls.call(() -> service.patrols().create(Calls.required("patrol", patrol)));
    }

    @WebMethod
    @WebResult(name = "patrol")
    public Patrol getPatrol(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.patrols().get(id));
    }

    @WebMethod
    @WebResult(name = "patrol")
    public Patrol updatePatrol(@WebParam(name = "id") long id, @WebParam(name = "patrol") Patrol patrol) throws LinliFault {
        return Calls.call(() -> service.patrols().update(id, Calls.required("patrol", patrol)));
    }

    @WebMethod
    public void deletePatrol(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.patrols().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.PatrolPage findPatrols(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.PatrolPage.of(service.patrols().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }
    @WebMethod
    @WebResult(name = "gridAssignment")
    public GridAssignment createGridAssignment(@WebParam(name = "gridAssignment") GridAssignment gridAssignment) throws LinliFault {
        return Calls.call(() -> service.gridAssignments().create(Calls.required("gridAssignment", gridAssignment)));
    }

    @WebMethod
    @WebResult(name = "gridAssignment")
    public GridAssignment getGridAssignment(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> service.gridAssignments().get(id));
    }

    @WebMethod
    @WebResult(name = "gridAssignment")
    public GridAssignment updateGridAssignment(@WebParam(name = "id") long id, @WebParam(name = "gridAssignment") GridAssignment gridAssignment) throws LinliFault {
        return Calls.call(() -> service.gridAssignments().update(id, Calls.required("gridAssignment", gridAssignment)));
    }

    @WebMethod
    public void deleteGridAssignment(@WebParam(name = "id") long id) throws LinliFault {
        Calls.run(() -> service.gridAssignments().delete(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public StaffPages.GridAssignmentPage findGridAssignments(@WebParam(name = "filter") List<SearchFilter> filters,
                                       @WebParam(name = "page") Integer page,
                                       @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> StaffPages.GridAssignmentPage.of(service.gridAssignments().search(SearchFilter.map(filters), PageRequest.of(page, size))));
    }

    @WebMethod
    @WebResult(name = "worker")
    public Worker changeWorkerStatus(@WebParam(name = "workerId") long workerId,
                                     @WebParam(name = "change") StatusChange change) throws LinliFault {
        return Calls.call(() -> service.changeStatus(workerId, Calls.required("change", change)));
    }

    @WebMethod
    @WebResult(name = "change")
    public List<StatusChange> getWorkerStatusHistory(@WebParam(name = "workerId") long workerId) throws LinliFault {
        return Calls.call(() -> service.statusHistory(workerId));
    }

    /** A worker's visits per ISO week. */
    @WebMethod
    @WebResult(name = "week")
    public List<VisitWeek> getVisitWeeks(@WebParam(name = "workerId") long workerId,
                                         @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                         @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) throws LinliFault {
        return Calls.call(() -> service.visitWeeks(workerId, from, to));
    }
}
