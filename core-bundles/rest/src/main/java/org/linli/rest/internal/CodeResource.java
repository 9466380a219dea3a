package org.linli.rest.internal;

import javax.ws.rs.Path;
import org.linli.records.Code;
import org.linli.records.CodeService;

/** {@code /codes}: the code lists; {@code ?list=} gives one list. */
@Path("/codes")
public class CodeResource extends RecordResource<Code> {
    CodeResource(CodeService codes) {
        super(codes);
    }
}
