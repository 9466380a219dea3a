package org.linli.common.xml;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** Maps {@link LocalDateTime} to and from an ISO-8601 {@code xs:dateTime} text without offset: local time of the installation. */
public class LocalDateTimeAdapter extends XmlAdapter<String, LocalDateTime> {
    @Override
    public LocalDateTime unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim());
    }

    @Override
    public String marshal(LocalDateTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
