package org.linli.common.xml;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.xml.bind.annotation.adapters.XmlAdapter;

/** Maps {@link LocalTime} to and from an ISO-8601 {@code xs:time} text: HH:mm or HH:mm:ss in, HH:mm:ss out. */
public class LocalTimeAdapter extends XmlAdapter<String, LocalTime> {
    @Override
    public LocalTime unmarshal(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.trim());
    }

    @Override
    public String marshal(LocalTime time) {
        return time == null ? null : time.format(DateTimeFormatter.ISO_LOCAL_TIME);
    }
}
