package org.linli.records;

import org.linli.common.Identified;
import org.linli.common.Records;
import org.osgi.annotation.versioning.ProviderType;

/** The records of one kind, with the kind's description: what the doors serve for a kind. */
@ProviderType
public interface RecordStore<T extends Identified> extends Records<T> {
    /** The filter every scoped kind accepts: records under a territory node. */
    String NODE_FILTER = "nodeId";

    KindDescription description();
}
