package org.linli.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.Path;
import org.linli.common.Identified;
import org.linli.records.RecordStore;

/**
 * {@code /territory/nodes}: the territory's kind at the two-segment path it has always had, with
 * the five operations every kind has ({@link KindResource}); described, like every kind, from its
 * description.
 */
@Path("/territory/nodes")
public class TerritoryResource extends KindResource {
    static final String KIND = "territory/nodes";

    TerritoryResource(Kinds kinds, ObjectMapper json) {
        super(kinds, json);
    }

    @Override
    RecordStore<Identified> store(String kind) {
        return super.store(KIND);
    }
}
