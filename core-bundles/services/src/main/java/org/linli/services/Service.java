package org.linli.services;

import java.util.ArrayList;
import java.util.List;
import org.linli.common.Identified;

/** A service of the catalogue (服务目录): what a resident may ask for, what to bring, how fast it is done and who may accept it. */
public class Service implements Identified {
    private Long id;
    private String code;
    private String nameZh;
    private String nameEn;
    private String category;
    private List<String> documents = new ArrayList<>();
    private Integer timeLimit;
    private LimitUnit timeUnit;
    private List<String> acceptingRoles = new ArrayList<>();
    private boolean administrativeTask;
    private boolean active;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** Unique; lower-case words joined by hyphens. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    /** Code list service-category. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** What the resident must bring. */
    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents == null ? new ArrayList<>() : documents;
    }

    public Integer getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(Integer timeLimit) {
        this.timeLimit = timeLimit;
    }

    public LimitUnit getTimeUnit() {
        return timeUnit;
    }

    public void setTimeUnit(LimitUnit timeUnit) {
        this.timeUnit = timeUnit;
    }

    /** The roles that may accept a request for the service (linli-community-staff…); none: every role that handles requests. */
    public List<String> getAcceptingRoles() {
        return acceptingRoles;
    }

    public void setAcceptingRoles(List<String> acceptingRoles) {
        this.acceptingRoles = acceptingRoles == null ? new ArrayList<>() : acceptingRoles;
    }

    /** An administrative task accepted onto the community's admission list (准入). */
    public boolean isAdministrativeTask() {
        return administrativeTask;
    }

    public void setAdministrativeTask(boolean administrativeTask) {
        this.administrativeTask = administrativeTask;
    }

    /** Whether new requests may name it. */
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
