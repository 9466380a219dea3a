package org.linli.soap.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.ValidationException;

/** One search filter by name, as the REST door takes it from a query parameter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "searchFilter", namespace = SoapEndpoint.NAMESPACE)
public class SearchFilter {
    @XmlElement(required = true)
    public String name;
    @XmlElement(required = true)
    public String value;

    static Map<String, String> map(List<SearchFilter> filters) {
        Map<String, String> map = new LinkedHashMap<>();
        if (filters != null) {
            for (SearchFilter filter : filters) {
                if (filter == null || filter.name == null || filter.name.isBlank()) {
                    throw new ValidationException("filter.name", "required", "every filter has a name");
                }
                if (map.put(filter.name.strip(), filter.value) != null) {
                    throw new ValidationException(filter.name, "repeated", filter.name + " is given more than once");
                }
            }
        }
        return map;
    }
}
