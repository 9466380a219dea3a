package org.linli.affairs;

import java.time.LocalDate;
import org.linli.common.Identified;

/** One step of a consultation's procedure. */
public class ConsultationStep implements Identified {
    private Long id;
    private Long consultationId;
    private String step;
    private LocalDate doneOn;
    private String note;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    /** A code of the list procedure-<procedure>. */
    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
