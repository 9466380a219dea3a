package org.linli.soap.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.linli.common.Page;
import org.linli.common.PageRequest;
import org.linli.common.xml.LocalDateAdapter;
import org.linli.policy.Binding;
import org.linli.policy.Comparison;
import org.linli.policy.Evaluation;
import org.linli.policy.Finding;
import org.linli.policy.ParameterValue;
import org.linli.policy.PluginInfo;
import org.linli.policy.PolicyService;
import org.linli.policy.RuleInfo;

/** {@code /soap/policy}: local policy plugins, bindings, parameters, evaluations and their history. */
@WebService(name = "Policy", serviceName = "PolicyService", portName = "PolicyPort", targetNamespace = SoapEndpoint.NAMESPACE)
public class PolicyWebService {
    private final PolicyService policy;

    PolicyWebService(PolicyService policy) {
        this.policy = policy;
    }

    @WebMethod
    @WebResult(name = "plugin")
    public List<PluginInfo> listPlugins() throws LinliFault {
        return Calls.call(policy::plugins);
    }

    /** Every installed rule with its plugin, plugin version and clause; one plugin's when named. */
    @WebMethod
    @WebResult(name = "rule")
    public List<RuleInfo> listRules(@WebParam(name = "plugin") String plugin) throws LinliFault {
        return Calls.call(() -> policy.rules(plugin));
    }

    @WebMethod
    @WebResult(name = "binding")
    public List<Binding> listBindings() throws LinliFault {
        return Calls.call(policy::bindings);
    }

    @WebMethod
    @WebResult(name = "binding")
    public Binding bindPlugin(@WebParam(name = "code") String code, @WebParam(name = "plugin") String plugin) throws LinliFault {
        return Calls.call(() -> policy.bind(Calls.required("code", code), Calls.required("plugin", plugin)));
    }

    @WebMethod
    public void unbindPlugin(@WebParam(name = "code") String code) throws LinliFault {
        Calls.run(() -> policy.unbind(Calls.required("code", code)));
    }

    @WebMethod
    @WebResult(name = "value")
    public List<ParameterValue> getParameters(@WebParam(name = "plugin") String plugin,
                                              @WebParam(name = "nodeId") long nodeId) throws LinliFault {
        return Calls.call(() -> policy.parameters(Calls.required("plugin", plugin), nodeId));
    }

    /**
     * Sets a rule's parameter for a node and everything under it without a nearer value. The
     * answer is {@code parameter}: a {@code value} would clash with the request's in generated clients.
     */
    @WebMethod
    @WebResult(name = "parameter")
    public ParameterValue setParameter(@WebParam(name = "plugin") String plugin, @WebParam(name = "ruleId") String ruleId,
                                       @WebParam(name = "name") String name, @WebParam(name = "code") String code,
                                       @WebParam(name = "value") String value) throws LinliFault {
        return Calls.call(() -> policy.setParameter(Calls.required("plugin", plugin), Calls.required("ruleId", ruleId),
                Calls.required("name", name), Calls.required("code", code), value));
    }

    /** Removes a node's own value of a parameter; the nearest value above it applies again. */
    @WebMethod
    public void resetParameter(@WebParam(name = "plugin") String plugin, @WebParam(name = "ruleId") String ruleId,
                               @WebParam(name = "name") String name, @WebParam(name = "code") String code) throws LinliFault {
        Calls.run(() -> policy.resetParameter(Calls.required("plugin", plugin), Calls.required("ruleId", ruleId),
                Calls.required("name", name), Calls.required("code", code)));
    }

    /** Evaluates a community, street or district, under the bound plugins unless one is named, and stores the run. */
    @WebMethod
    @WebResult(name = "evaluation")
    public Evaluation evaluate(@WebParam(name = "nodeId") long nodeId, @WebParam(name = "plugin") String plugin,
                               @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf) throws LinliFault {
        return Calls.call(() -> policy.evaluate(nodeId, plugin, asOf));
    }

    @WebMethod
    @WebResult(name = "comparison")
    public Comparison compare(@WebParam(name = "nodeId") long nodeId, @WebParam(name = "left") String left,
                              @WebParam(name = "right") String right,
                              @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf) throws LinliFault {
        return Calls.call(() -> policy.compare(nodeId, left, right, asOf));
    }

    @WebMethod
    @WebResult(name = "comparison")
    public Comparison preview(@WebParam(name = "nodeId") long nodeId, @WebParam(name = "plugin") String plugin,
                              @WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf) throws LinliFault {
        return Calls.call(() -> policy.preview(nodeId, plugin, asOf));
    }

    @WebMethod
    @WebResult(name = "result")
    public EvaluationPage findEvaluations(@WebParam(name = "nodeId") Long nodeId, @WebParam(name = "page") Integer page,
                                          @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> EvaluationPage.of(policy.runs(nodeId, PageRequest.of(page, size))));
    }

    @WebMethod
    @WebResult(name = "evaluation")
    public Evaluation getEvaluation(@WebParam(name = "id") long id) throws LinliFault {
        return Calls.call(() -> policy.run(id));
    }

    @WebMethod
    @WebResult(name = "result")
    public FindingPage findFindings(@WebParam(name = "communityId") long communityId, @WebParam(name = "ruleId") String ruleId,
                                    @WebParam(name = "page") Integer page, @WebParam(name = "size") Integer size) throws LinliFault {
        return Calls.call(() -> FindingPage.of(policy.history(communityId, ruleId, PageRequest.of(page, size))));
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "evaluationPage", namespace = SoapEndpoint.NAMESPACE)
    public static class EvaluationPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Evaluation> items = new ArrayList<>();

        static EvaluationPage of(Page<Evaluation> from) {
            EvaluationPage page = new EvaluationPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "findingPage", namespace = SoapEndpoint.NAMESPACE)
    public static class FindingPage extends Pages.PageInfo {
        @XmlElement(name = "item")
        public List<Finding> items = new ArrayList<>();

        static FindingPage of(Page<Finding> from) {
            FindingPage page = new FindingPage();
            page.fill(from);
            page.items.addAll(from.items());
            return page;
        }
    }
}
