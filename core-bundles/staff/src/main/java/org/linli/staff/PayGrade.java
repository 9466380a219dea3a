package org.linli.staff;

import java.math.BigDecimal;
import org.linli.common.Identified;

/** One grade of a post category's pay table (三岗十八级): its salary coefficient. */
public class PayGrade implements Identified {
    private Long id;
    private String postCategory;
    private Integer grade;
    private BigDecimal coefficient;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /** Code list post-category. */
    public String getPostCategory() {
        return postCategory;
    }

    public void setPostCategory(String postCategory) {
        this.postCategory = postCategory;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }
}
