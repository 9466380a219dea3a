package org.linli.staff;

import java.time.LocalDate;
import org.linli.common.Identified;
import org.linli.residents.Sex;

/** A community worker (社区工作者). Status changes only through a status change, which keeps its history. */
public class Worker implements Identified {
    private Long id;
    private String name;
    private Long residentId;
    private Sex sex;
    private Long communityId;
    private String post;
    private String postCategory;
    private Integer grade;
    private LocalDate hiredOn;
    private LocalDate leftOn;
    private WorkerStatus status;
    private boolean registrationFormComplete;
    private String account;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** Taken from the resident record when only residentId is given. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    /** The community or street the worker serves. */
    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    /** Code list post. */
    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    /** Code list post-category (三岗). */
    public String getPostCategory() {
        return postCategory;
    }

    public void setPostCategory(String postCategory) {
        this.postCategory = postCategory;
    }

    /** Grade in the post category's pay table (十八级). */
    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    /** Set by a change to RESIGNED or DISMISSED. */
    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    /** ACTIVE on creation. */
    public WorkerStatus getStatus() {
        return status;
    }

    public void setStatus(WorkerStatus status) {
        this.status = status;
    }

    /** 一人一表: the worker registration form is complete. */
    public boolean isRegistrationFormComplete() {
        return registrationFormComplete;
    }

    public void setRegistrationFormComplete(boolean registrationFormComplete) {
        this.registrationFormComplete = registrationFormComplete;
    }

    /**
     * The platform user name the worker signs in with (登录账号), if any: their patrols and visits
     * are theirs without naming them. At most one worker per account.
     */
    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
