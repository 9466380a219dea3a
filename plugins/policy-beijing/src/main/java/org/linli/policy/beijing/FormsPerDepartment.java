package org.linli.policy.beijing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linli.organisations.Document;
import org.linli.policy.spi.BaseRule;
import org.linli.policy.spi.Clause;
import org.linli.policy.spi.CommunityFacts;
import org.linli.policy.spi.CommunityReadings;
import org.linli.policy.spi.Outcome;
import org.linli.policy.spi.Parameter;
import org.linli.policy.spi.Parameters;
import org.linli.policy.spi.Rule;
import org.linli.policy.spi.RuleKind;
import org.linli.policy.spi.Subject;
import org.linli.policy.spi.SubjectKind;
import org.linli.policy.spi.Text;
import org.osgi.service.component.annotations.Component;

/**
 * BJ-09, 社区减负: a government department may require communities to fill in at most one form or
 * system (表格/系统).
 * <p>
 * A form or system a department requires is kept as a document of kind {@code department-form}
 * (the kinds are a parameter) on any organisation of the community, titled with the form's name
 * and with the requiring department in its reference; it counts while adopted and not revoked.
 * One finding per department, failing when it requires more than {@code maxFormsPerDepartment};
 * a form that names no department is missing data; no form at all is not applicable.
 */
@Component(service = Rule.class, property = Rule.PLUGIN + "=" + Beijing.ID)
public final class FormsPerDepartment extends BaseRule {
    static final String MAX = "maxFormsPerDepartment";
    static final String KINDS = "documentKinds";

    public FormsPerDepartment() {
        super("BJ-09", RuleKind.CHECK, SubjectKind.DEPARTMENT,
                Text.of("一个部门社区最多填报一个表格(系统)", "Each department requires at most one form (or system) of a community"),
                new Clause(Beijing.SOURCE, "一个部门社区最多填报一个表格(系统)"),
                new Parameter(MAX, "1", Text.of("一个部门最多要求社区填报的表格(系统)数",
                        "Most forms (or systems) one department may require a community to fill in")),
                new Parameter(KINDS, "department-form", Text.of("记录部门填报表格(系统)的文件种类",
                        "Document kinds that record a form or system a department requires")));
    }

    @Override
    public List<Outcome> evaluate(CommunityFacts facts, Parameters parameters) {
        List<String> kinds = parameters.list(KINDS);
        int max = parameters.integer(MAX);
        Map<String, List<String>> formsByDepartment = new TreeMap<>();
        List<String> unattributed = new ArrayList<>();
        for (Document document : facts.documents()) {
            if (!kinds.contains(document.getKind()) || !CommunityReadings.inForce(document, facts.asOf())) {
                continue;
            }
            String department = document.getReference() == null ? "" : document.getReference().strip();
            if (department.isEmpty()) {
                unattributed.add(document.getTitle());
            } else {
                formsByDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(document.getTitle());
            }
        }
        if (formsByDepartment.isEmpty() && unattributed.isEmpty()) {
            return List.of(Outcome.notApplicable(CommunityReadings.community(facts),
                            facts.community().getName() + "未登记部门要求填报的表格(系统)",
                            "No form or system a department requires is recorded for " + facts.community().getName())
                    .fact("forms", 0).fact(MAX, max));
        }
        List<Outcome> outcomes = judge(formsByDepartment, max);
        if (!unattributed.isEmpty()) {
            outcomes.add(Outcome.missingData(CommunityReadings.community(facts),
                            "表格(系统)未注明要求填报的部门:" + String.join("、", unattributed),
                            "Forms (or systems) that name no requiring department: " + String.join(", ", unattributed))
                    .fact("formsWithoutDepartment", unattributed.size()));
        }
        return outcomes;
    }

    /** One finding per department: the forms and systems it requires of the community, against the most allowed. */
    static List<Outcome> judge(Map<String, List<String>> formsByDepartment, int max) {
        List<Outcome> outcomes = new ArrayList<>();
        formsByDepartment.forEach((department, forms) -> {
            Subject subject = new Subject(SubjectKind.DEPARTMENT, null, department);
            outcomes.add(Outcome.when(forms.size() <= max, subject,
                    Text.of(department + "要求社区填报" + forms.size() + "个表格(系统),不超过" + max + "个",
                            department + " requires " + forms.size() + " form(s) of the community, at most " + max),
                    Text.of(department + "要求社区填报" + forms.size() + "个表格(系统),最多" + max + "个:" + String.join("、", forms),
                            department + " requires " + forms.size() + " forms of the community where at most " + max
                                    + " are allowed: " + String.join(", ", forms)))
                    .fact("forms", forms.size())
                    .fact("formNames", String.join("、", forms))
                    .fact(MAX, max));
        });
        return outcomes;
    }
}
