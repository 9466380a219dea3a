package org.linli.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.linli.common.Identified;

/** A micro venture philanthropy contest (社区公益微创投大赛): a call for residents' project proposals that a district, street or community holds, selects from and funds. Contests are public calls, seen by every reader of the organisations register. */
public class VentureContest implements Identified {
    private Long id;
    private Long nodeId;
    private String name;
    private Integer round;
    private LocalDate callOpensOn;
    private LocalDate callClosesOn;
    private LocalDate decidedOn;
    private BigDecimal fund;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** The territory node holding the contest (district, street or community); projects come from communities under it. */
    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Which round (届) of the holder's contests. */
    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    /** Proposals are taken from this day. */
    public LocalDate getCallOpensOn() {
        return callOpensOn;
    }

    public void setCallOpensOn(LocalDate callOpensOn) {
        this.callOpensOn = callOpensOn;
    }

    /** Proposals are taken until this day. */
    public LocalDate getCallClosesOn() {
        return callClosesOn;
    }

    public void setCallClosesOn(LocalDate callClosesOn) {
        this.callClosesOn = callClosesOn;
    }

    /** The day the contest selected its projects. */
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    /** Yuan available for grants; the projects' grants together stay within it. */
    public BigDecimal getFund() {
        return fund;
    }

    public void setFund(BigDecimal fund) {
        this.fund = fund;
    }
}
