package org.linli.policy.songjiang;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.organisations.BudgetLine;
import org.linli.organisations.Document;
import org.linli.organisations.Facility;
import org.linli.organisations.Inspection;
import org.linli.organisations.MemberRole;
import org.linli.organisations.Membership;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationKind;
import org.linli.organisations.Term;
import org.linli.policy.spi.Outcome;
import org.linli.policy.testkit.TestFacts;
import org.linli.residents.Sex;
import org.linli.services.Request;
import org.linli.services.RequestStatus;
import org.linli.staff.Training;
import org.linli.staff.Worker;
import org.linli.staff.WorkerStatus;

/** Records the clauses describe, built in memory for the rules' tests. */
final class Fixtures {
    /** The day every test judges. */
    static final LocalDate AS_OF = LocalDate.of(2019, 6, 30);

    private static final AtomicLong IDS = new AtomicLong(100);

    private Fixtures() {
    }

    static TestFacts facts() {
        return new TestFacts(AS_OF);
    }

    static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A residents' committee in being since 2010. */
    static Organisation committee(TestFacts facts, String name) {
        Organisation o = new Organisation();
        o.setId(nextId());
        o.setKind(OrganisationKind.RESIDENTS_COMMITTEE);
        o.setName(name);
        o.setCommunityId(facts.community().getId());
        o.setEstablishedOn(LocalDate.of(2010, 1, 1));
        facts.organisations.add(o);
        return o;
    }

    static Organisation subCommittee(TestFacts facts, Organisation parent, String typeCode) {
        Organisation o = new Organisation();
        o.setId(nextId());
        o.setKind(OrganisationKind.SUB_COMMITTEE);
        o.setName(typeCode + "委员会");
        o.setCommunityId(facts.community().getId());
        o.setParentId(parent.getId());
        o.setTypeCode(typeCode);
        o.setEstablishedOn(LocalDate.of(2018, 1, 1));
        facts.organisations.add(o);
        return o;
    }

    /** A term of 2018 to 2022, sitting on {@link #AS_OF}. */
    static Term term(TestFacts facts, Organisation organisation) {
        return term(facts, organisation, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31));
    }

    static Term term(TestFacts facts, Organisation organisation, LocalDate startsOn, LocalDate endsOn) {
        Term t = new Term();
        t.setId(nextId());
        t.setOrganisationId(organisation.getId());
        t.setName("第十一届");
        t.setStartsOn(startsOn);
        t.setEndsOn(endsOn);
        facts.terms.add(t);
        return t;
    }

    static Membership member(TestFacts facts, Term term, String name, MemberRole role, Sex sex, boolean fullTime, boolean local) {
        Membership m = new Membership();
        m.setId(nextId());
        m.setTermId(term.getId());
        m.setOrganisationId(term.getOrganisationId());
        m.setPersonName(name);
        m.setRole(role);
        m.setSex(sex);
        m.setFullTime(fullTime);
        m.setLocallyResident(local);
        facts.memberships.add(m);
        return m;
    }

    static Facility facility(TestFacts facts, Organisation organisation, String kind, String area) {
        Facility f = new Facility();
        f.setId(nextId());
        f.setOrganisationId(organisation.getId());
        f.setKind(kind);
        f.setName(kind);
        f.setArea(area == null ? null : new BigDecimal(area));
        f.setSince(LocalDate.of(2015, 1, 1));
        facts.facilities.add(f);
        return f;
    }

    /** A document adopted in 2018 and in force. */
    static Document document(TestFacts facts, Organisation organisation, String kind) {
        Document d = new Document();
        d.setId(nextId());
        d.setOrganisationId(organisation.getId());
        d.setKind(kind);
        d.setTitle(kind);
        d.setAdoptedOn(LocalDate.of(2018, 3, 1));
        facts.documents.add(d);
        return d;
    }

    static Convention convention(TestFacts facts, Organisation organisation, LocalDate adoptedOn) {
        Convention c = new Convention();
        c.setId(nextId());
        c.setOrganisationId(organisation.getId());
        c.setTitle("居民公约");
        c.setVersion(1);
        c.setStatus(ConventionStatus.PUBLISHED);
        c.setAdoptedOn(adoptedOn);
        facts.conventions.add(c);
        return c;
    }

    static BudgetLine budget(TestFacts facts, Organisation organisation, int year, String fund, String amount) {
        BudgetLine b = new BudgetLine();
        b.setId(nextId());
        b.setOrganisationId(organisation.getId());
        b.setFiscalYear(year);
        b.setFund(fund);
        b.setAmount(new BigDecimal(amount));
        facts.budgetLines.add(b);
        return b;
    }

    static Inspection inspection(Organisation organisation, String kind, LocalDate on,
            org.linli.organisations.Verdict verdict, String title) {
        Inspection i = new Inspection();
        i.setId(nextId());
        i.setOrganisationId(organisation.getId());
        i.setKind(kind);
        i.setInspectedOn(on);
        i.setInspector("中山街道");
        i.setVerdict(verdict);
        i.setAwardedTitle(title);
        return i;
    }

    static Worker worker(TestFacts facts, String name, String post, LocalDate hiredOn) {
        Worker w = new Worker();
        w.setId(nextId());
        w.setName(name);
        w.setCommunityId(facts.community().getId());
        w.setPost(post);
        w.setHiredOn(hiredOn);
        w.setStatus(WorkerStatus.ACTIVE);
        facts.workers.add(w);
        return w;
    }

    static Training training(TestFacts facts, Worker worker, LocalDate startedOn) {
        Training t = new Training();
        t.setId(nextId());
        t.setWorkerId(worker.getId());
        t.setCourse("矛盾调解");
        t.setStartedOn(startedOn);
        t.setHours(new BigDecimal("8"));
        facts.trainings.add(t);
        return t;
    }

    static Request request(TestFacts facts, RequestStatus status, String owner, LocalDateTime receivedAt, LocalDateTime expectedAt,
            LocalDateTime completedAt, LocalDateTime notifiedAt) {
        Request r = new Request();
        r.setId(nextId());
        r.setServiceCode("residence-certificate");
        r.setNodeId(facts.community().getId());
        r.setStatus(status);
        r.setOwner(owner);
        r.setReceivedAt(receivedAt);
        r.setExpectedAt(expectedAt);
        r.setCompletedAt(completedAt);
        r.setNotifiedAt(notifiedAt);
        facts.requests.add(r);
        return r;
    }

    /** The one outcome a rule gave. */
    static Outcome only(List<Outcome> outcomes) {
        assertEquals("outcomes: " + outcomes, 1, outcomes.size());
        return outcomes.get(0);
    }
}
