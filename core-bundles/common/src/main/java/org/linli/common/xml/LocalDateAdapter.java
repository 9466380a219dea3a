package org.linli.common.xml;

import java.time.LocalDate;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** Maps {@link LocalDate} to and from an ISO-8601 {@code xs:date} text. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {
    @Override
    public LocalDate unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
