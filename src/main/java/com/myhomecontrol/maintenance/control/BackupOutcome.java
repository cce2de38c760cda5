package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;

import java.util.List;
import java.util.Locale;

/** A backup's result in words, for its exit status: the set made, its size, and the sets rotated away. */
public final class BackupOutcome {

    private BackupOutcome() {
    }

    public static String describe(BackupSet made, List<BackupSet> deleted) {
        long bytes = BackupCatalog.size(made.directory());
        return String.format(Locale.ROOT, "set %s, %,.1f MB (%d bytes); %s", made.directory().getFileName(), bytes / 1e6, bytes,
                deleted.isEmpty() ? "no set deleted"
                        : "deleted " + String.join(", ", deleted.stream().map(set -> set.directory().getFileName().toString()).toList()));
    }
}
