package org.linli.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.linli.common.Identified;
import org.linli.common.Records;
import org.osgi.annotation.versioning.ProviderType;

/** The records of one kind, with the kind's description: what the doors serve for a kind. */
@ProviderType
public interface RecordStore<T extends Identified> extends Records<T> {
    /** The filter every scoped kind accepts: records under a territory node. */
    String NODE_FILTER = "nodeId";

    KindDescription description();

    /** The filters of the kind's description, by name, each with what it matches. */
    @Override
    default Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        description().filters().forEach(filter -> filters.put(filter.name(), filter.description()));
        return Collections.unmodifiableMap(filters);
    }
}
