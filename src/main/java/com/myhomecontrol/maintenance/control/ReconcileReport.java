package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.ReconcileOutcome;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import jakarta.json.stream.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * The report of a reconcile run, {@code reconcile-<UTC time>.json} in the reports folder: the
 * settings, the counts, the refusal if any, and every orphan both ways, streamed from the run's
 * logs (an unmounted disk makes every row one). Written beside and moved into place, so a report
 * is never seen half written.
 */
public final class ReconcileReport {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ReconcileParameters parameters;
    private final Clock clock;

    public ReconcileReport(ReconcileParameters parameters, Clock clock) {
        this.parameters = parameters;
        this.clock = clock;
    }

    public Path write(ReconcileOutcome outcome, Path rowOrphans, Path fileOrphans) {
        Instant now = clock.instant();
        Path report = free(parameters.reportsDirectory().resolve("reconcile-" + NAME.format(now)));
        Path partial = report.resolveSibling(report.getFileName() + ".partial");
        try {
            Files.createDirectories(parameters.reportsDirectory());
            try (Writer out = Files.newBufferedWriter(partial);
                 JsonGenerator json = JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
                json.writeStartObject().write("job", "reconcile").write("finished", now.toString())
                        .write("dry_run", parameters.dryRun()).write("delete_files", parameters.deleteFiles());
                json.writeStartArray("media_roots");
                parameters.mediaRoots().forEach(root -> json.write(root.toString()));
                json.writeEnd().writeStartArray("missing_roots");
                MediaFileWalk.missing(parameters.mediaRoots()).forEach(root -> json.write(root.toString()));
                json.writeEnd().write("rows", outcome.rows()).write("files", outcome.files())
                        .write("rows_without_files", outcome.rowsWithoutFiles())
                        .write("files_without_rows", outcome.filesWithoutRows())
                        .write("rows_deleted", outcome.rowsDeleted()).write("files_deleted", outcome.filesDeleted());
                if (outcome.refusal() == null) {
                    json.writeNull("refused");
                } else {
                    json.write("refused", outcome.refusal());
                }
                json.writeStartArray("rows_without_files_list");
                OrphanLog.read(rowOrphans, json::write);
                json.writeEnd().writeStartArray("files_without_rows_list");
                OrphanLog.read(fileOrphans, json::write);
                json.writeEnd().writeEnd();
            }
            Files.move(partial, report, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw new JobFailedException("Cannot write the report " + report + ": " + e.getMessage(), e);
        }
    }

    /** Two runs within a second get a report each. */
    private static Path free(Path base) {
        Path report = base.resolveSibling(base.getFileName() + ".json");
        for (int i = 2; Files.exists(report); i++) {
            report = base.resolveSibling(base.getFileName() + "-" + i + ".json");
        }
        return report;
    }
}
