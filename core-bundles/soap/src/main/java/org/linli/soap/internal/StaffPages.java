package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.Page;
import org.linli.staff.Appraisal;
import org.linli.staff.Attendance;
import org.linli.staff.Certificate;
import org.linli.staff.GridAssignment;
import org.linli.staff.Patrol;
import org.linli.staff.PayGrade;
import org.linli.staff.Shift;
import org.linli.staff.Training;
import org.linli.staff.Visit;
import org.linli.staff.Worker;

/** Result pages of the staff door, one concrete type per record so that the WSDL describes it. */
final class StaffPages {
    private StaffPages() {
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "workerPage", namespace = SoapEndpoint.NAMESPACE)
    public static class WorkerPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Worker> items = new ArrayList<>();

        static WorkerPage of(Page<Worker> from) {
            WorkerPage page = new WorkerPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "payGradePage", namespace = SoapEndpoint.NAMESPACE)
    public static class PayGradePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<PayGrade> items = new ArrayList<>();

        static PayGradePage of(Page<PayGrade> from) {
            PayGradePage page = new PayGradePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "attendancePage", namespace = SoapEndpoint.NAMESPACE)
    public static class AttendancePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Attendance> items = new ArrayList<>();

        static AttendancePage of(Page<Attendance> from) {
            AttendancePage page = new AttendancePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "shiftPage", namespace = SoapEndpoint.NAMESPACE)
    public static class ShiftPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Shift> items = new ArrayList<>();

        static ShiftPage of(Page<Shift> from) {
            ShiftPage page = new ShiftPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "trainingPage", namespace = SoapEndpoint.NAMESPACE)
    public static class TrainingPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Training> items = new ArrayList<>();

        static TrainingPage of(Page<Training> from) {
            TrainingPage page = new TrainingPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "certificatePage", namespace = SoapEndpoint.NAMESPACE)
    public static class CertificatePage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Certificate> items = new ArrayList<>();

        static CertificatePage of(Page<Certificate> from) {
            CertificatePage page = new CertificatePage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "visitPage", namespace = SoapEndpoint.NAMESPACE)
    public static class VisitPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Visit> items = new ArrayList<>();

        static VisitPage of(Page<Visit> from) {
            VisitPage page = new VisitPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "appraisalPage", namespace = SoapEndpoint.NAMESPACE)
    public static class AppraisalPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Appraisal> items = new ArrayList<>();

        static AppraisalPage of(Page<Appraisal> from) {
            AppraisalPage page = new AppraisalPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "patrolPage", namespace = SoapEndpoint.NAMESPACE)
    public static class PatrolPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Patrol> items = new ArrayList<>();

        static PatrolPage of(Page<Patrol> from) {
            PatrolPage page = new PatrolPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "gridAssignmentPage", namespace = SoapEndpoint.NAMESPACE)
    public static class GridAssignmentPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<GridAssignment> items = new ArrayList<>();

        static GridAssignmentPage of(Page<GridAssignment> from) {
            GridAssignmentPage page = new GridAssignmentPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
