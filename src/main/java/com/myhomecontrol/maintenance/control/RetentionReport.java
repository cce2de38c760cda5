package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.RetentionTable;
import com.myhomecontrol.maintenance.entity.RetentionTally;
import jakarta.json.JsonObjectBuilder;

import java.util.Map;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * The exit status of a retention run, short enough for a job repository's column: what went per
 * kind (rows, and bytes where there are sizes), the time from which each time-series table is
 * kept, and whether the media part ran.
 */
public final class RetentionReport {

    private RetentionReport() {
    }

    public static String of(RetentionParameters parameters, RetentionTally tally, Map<RetentionTable, Long> cutoffs,
                            boolean mediaConfigured) {
        JsonObjectBuilder deleted = JSON.createObjectBuilder();
        tally.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            JsonObjectBuilder count = JSON.createObjectBuilder().add("rows", entry.getValue().rows());
            if (entry.getValue().bytes() > 0) {
                count.add("bytes", entry.getValue().bytes());
            }
            deleted.add(entry.getKey(), count);
        });
        JsonObjectBuilder keptSince = JSON.createObjectBuilder();
        cutoffs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> entry.getValue() > Long.MIN_VALUE)
                .forEach(entry -> keptSince.add(entry.getKey().table(), entry.getValue()));
        JsonObjectBuilder report = JSON.createObjectBuilder()
                .add(parameters.dryRun() ? "would_delete" : "deleted", deleted)
                .add("kept_since", keptSince);
        if (!mediaConfigured) {
            report.add("media", "skipped: no PostgreSQL (journal mode)");
        }
        if (!parameters.dryRun()) {
            report.add("vacuumed", parameters.vacuum());
        }
        return report.build().toString();
    }
}
