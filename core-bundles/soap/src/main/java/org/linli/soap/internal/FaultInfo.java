package org.linli.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.linli.common.FieldError;
import org.linli.common.LinliException;

/** The detail of a {@link LinliFault}: the error kind and every offending field. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "faultInfo", namespace = SoapEndpoint.NAMESPACE)
public class FaultInfo {
    static final String INTERNAL = "internal";

    /** invalid-input, unknown-reference, not-found, forbidden, conflict; internal for a failure of Linli's own */
    @XmlElement(required = true)
    public String kind;
    @XmlElement(name = "error")
    public List<Field> errors = new ArrayList<>();

    /** One offending field. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "fieldError", namespace = SoapEndpoint.NAMESPACE)
    public static class Field {
        public String field;
        public String code;
        public String message;
    }

    static FaultInfo of(LinliException e) {
        FaultInfo info = new FaultInfo();
        info.kind = e.kind();
        for (FieldError error : e.getErrors()) {
            Field field = new Field();
            field.field = error.field();
            field.code = error.code();
            field.message = error.message();
            info.errors.add(field);
        }
        return info;
    }
}
