package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.RetentionTable;
import com.myhomecontrol.maintenance.entity.RetentionTally;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * The exit status of a retention run, short enough for a job repository's column (Liberty's holds
 * 512 characters): what went per kind, as rows or, where there are sizes, rows and bytes; the raw
 * tables the rollup held back, with the time they are kept from; and whether the media part ran.
 */
public final class RetentionReport {

    private RetentionReport() {
    }

    public static String of(RetentionParameters parameters, RetentionTally tally, Map<RetentionTable, Long> cutoffs,
                            boolean mediaConfigured) {
        JsonObjectBuilder deleted = JSON.createObjectBuilder();
        tally.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            RetentionTally.Count count = entry.getValue();
            if (count.bytes() > 0) {
                deleted.add(entry.getKey(), JSON.createObjectBuilder().add("rows", count.rows()).add("bytes", count.bytes()));
            } else {
                deleted.add(entry.getKey(), count.rows());
            }
        });
        JsonObjectBuilder report = JSON.createObjectBuilder().add(parameters.dryRun() ? "would_delete" : "deleted", deleted);
        JsonObjectBuilder heldBack = JSON.createObjectBuilder();
        cutoffs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> entry.getKey().isRaw() && entry.getValue() < parameters.rawCutoff())
                .forEach(entry -> heldBack.add(entry.getKey().table(),
                        entry.getValue() == Long.MIN_VALUE ? "not rolled up yet" : "kept from " + entry.getValue()));
        JsonObject held = heldBack.build();
        if (!held.isEmpty()) {
            report.add("held_back_by_rollup", held);
        }
        if (!mediaConfigured) {
            report.add("media", "skipped: no PostgreSQL (journal mode)");
        }
        if (!parameters.dryRun()) {
            report.add("vacuumed", parameters.vacuum());
        }
        return report.build().toString();
    }
}
