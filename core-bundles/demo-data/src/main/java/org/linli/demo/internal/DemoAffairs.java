package org.linli.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linli.affairs.CommunityAffairs;
import org.linli.affairs.Consultation;
import org.linli.affairs.ConsultationStep;
import org.linli.affairs.Convention;
import org.linli.affairs.ConventionStatus;
import org.linli.affairs.MediationCase;
import org.linli.affairs.MediationOutcome;
import org.linli.common.PageRequest;
import org.linli.organisations.Organisation;
import org.linli.organisations.OrganisationService;
import org.linli.territory.TerritoryNode;

/**
 * Mediation cases, consultations part-way through their procedure, and conventions at every
 * stage, in each demonstration community; a community without an adopted convention keeps one in
 * consultation.
 */
final class DemoAffairs {
    private static final String[] DISPUTES = {"neighbour", "family", "property", "tenancy", "damages"};
    private static final List<String> FOUR_DELIBERATIONS = List.of("party-proposal", "committees-discussion", "party-members-review",
            "representatives-resolution", "resolution-published", "result-published");
    private static final String[] TOPICS = {"老旧小区加装电梯", "楼道公共照明改造", "停车位划线", "垃圾分类驿站选址"};

    private final CommunityAffairs affairs;
    private final OrganisationService organisations;
    private final Random random;
    private final LocalDate today;
    private final Names names;

    DemoAffairs(CommunityAffairs affairs, OrganisationService organisations, Random random, LocalDate today, Names names) {
        this.affairs = affairs;
        this.organisations = organisations;
        this.random = random;
        this.today = today;
        this.names = names;
    }

    boolean loaded() {
        return affairs.conventions().search(Map.of(), PageRequest.of(0, 1)).total() > 0;
    }

    void load(TerritoryNode community, int index) {
        List<Organisation> committees = organisations.organisations().search(Map.of("communityId", String.valueOf(community.getId()),
                "kind", "RESIDENTS_COMMITTEE"), PageRequest.of(0, 1)).items();
        if (committees.isEmpty()) {
            return;
        }
        Organisation committee = committees.get(0);
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            mediation(community, i);
        }
        consultation(committee, TOPICS[index % TOPICS.length], 2 + random.nextInt(5));
        convention(committee, index % 6 == 5 ? ConventionStatus.CONSULTING : ConventionStatus.PUBLISHED);
    }

    private void mediation(TerritoryNode community, int i) {
        MediationCase mediation = new MediationCase();
        mediation.setNodeId(community.getId());
        mediation.setKind(DISPUTES[random.nextInt(DISPUTES.length)]);
        mediation.setTitle(names.any() + "与" + names.any() + "纠纷");
        mediation.getParties().addAll(List.of(names.any(), names.any()));
        mediation.getMediators().add(names.any());
        mediation.setOpenedOn(today.minusDays(10 + random.nextInt(80)));
        MediationOutcome outcome = i == 0 ? MediationOutcome.PENDING
                : List.of(MediationOutcome.AGREED, MediationOutcome.AGREED, MediationOutcome.PARTIAL, MediationOutcome.FAILED,
                        MediationOutcome.REFERRED).get(random.nextInt(5));
        mediation.setOutcome(outcome);
        if (outcome != MediationOutcome.PENDING) {
            mediation.setClosedOn(mediation.getOpenedOn().plusDays(1 + random.nextInt(9)));
        }
        if (outcome == MediationOutcome.AGREED || outcome == MediationOutcome.PARTIAL) {
            mediation.setAgreement("双方达成调解协议,自愿履行");
        }
        affairs.mediationCases().create(mediation);
    }

    private void consultation(Organisation committee, String topic, int stepsDone) {
        Consultation consultation = new Consultation();
        consultation.setOrganisationId(committee.getId());
        consultation.setTopic(topic);
        consultation.setProcedure("four-deliberations");
        consultation.setHeldOn(today.minusDays(20));
        for (int i = 0; i < 5; i++) {
            consultation.getParticipants().add(names.any());
        }
        List<ConsultationStep> steps = new ArrayList<>();
        for (int i = 0; i < stepsDone; i++) {
            ConsultationStep step = new ConsultationStep();
            step.setStep(FOUR_DELIBERATIONS.get(i));
            step.setDoneOn(today.minusDays(30 - 5L * i));
            steps.add(step);
        }
        consultation.setSteps(steps);
        if (stepsDone >= 4) {
            consultation.setDecision("居民代表会议表决通过");
        }
        affairs.consultations().create(consultation);
    }

    private void convention(Organisation committee, ConventionStatus status) {
        Convention convention = new Convention();
        convention.setOrganisationId(committee.getId());
        convention.setTitle(committee.getName().replace("居民委员会", "") + "居民公约");
        convention.setVersion(1);
        convention.setStatus(status);
        LocalDate start = today.minusMonths(8);
        convention.setDraftedOn(start);
        convention.setConsultedOn(start.plusMonths(1));
        if (status == ConventionStatus.PUBLISHED) {
            convention.setReviewedOn(start.plusMonths(2));
            convention.setAdoptedOn(start.plusMonths(3));
            convention.setPublishedOn(start.plusMonths(3).plusDays(7));
        }
        affairs.conventions().create(convention);
    }
}
