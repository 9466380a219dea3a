package org.linli.records;

import java.util.regex.Pattern;
import org.linli.common.Identified;

/**
 * One entry of a code list: a kind that a district may extend without a rebuild, such as the
 * sub-committee kind {@code people-mediation} (人民调解委员会) in the list {@code sub-committee}.
 */
public class Code implements Identified {
    /** What a list's or a code's name looks like: lower-case words of letters and digits joined by hyphens. */
    /** The longest code and the longest list name. */
    public static final int MAX_LENGTH = 40;
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Long id;
    private String list;
    private String code;
    private String nameZh;
    private String nameEn;
    private int position;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    /**
     * The list: sub-committee, party-organisation, social-organisation, meeting, facility, document,
     * fund, inspection, post, post-category, shift, visit-purpose.
     */
    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    /** Lower-case letters, digits and hyphens; unique in its list, and what records store. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The name in Chinese. */
    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The name in English. */
    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    /** Where the entry is shown in its list. */
    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
