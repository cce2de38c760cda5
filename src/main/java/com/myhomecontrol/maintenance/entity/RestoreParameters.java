package com.myhomecontrol.maintenance.entity;

import java.util.Set;

/**
 * The checked parameters of one restore: the set, the parts to restore, how the media metadata is
 * restored (null unless the media part is), where the data goes, and the media database's JDBC
 * URL when a job parameter names it (else null).
 */
public record RestoreParameters(BackupSet set, Set<RestorePart> parts, MediaMode mediaMode, DataLocations targets,
                                String postgresUrl) {

    public RestoreParameters {
        parts = Set.copyOf(parts);
    }

    public boolean restores(RestorePart part) {
        return parts.contains(part);
    }

    /** How many of the parts asked for are restored once {@code part} is, for the job's progress. */
    public long doneWith(RestorePart part) {
        return parts.stream().filter(asked -> asked.ordinal() <= part.ordinal()).count();
    }
}
