package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MediaFile;
import com.myhomecontrol.maintenance.entity.ReconcileOutcome;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.media.control.PostgresMediaStore;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediumFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * The last step of a reconcile: counts what the scans found, decides, deletes when told to, and
 * reports. Nothing is deleted in a dry run, nor when more than half of the rows would go (a media
 * disk that is not mounted makes every row look orphaned), nor, when files are to be deleted too,
 * when more than half of the files would go (the wrong database looks like that). Each row and
 * file is checked again just before it is deleted: a file that came back, or a row that got a new
 * file or a file that got a row meanwhile, stays.
 */
public final class ReconcileSettlement {

    private static final int DELETE_BATCH = 500;

    private final ReconcileParameters parameters;
    private final ReconcileWork work;
    private final PostgresMediaStore store;
    private final Clock clock;

    public ReconcileSettlement(ReconcileParameters parameters, ReconcileWork work, PostgresMediaStore store, Clock clock) {
        this.parameters = parameters;
        this.work = work;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes the report, then removes the work folder. {@code progress} hears deletions done of
     * deletions planned. A refusal is in the outcome; the caller fails the job with it.
     */
    public Settled settle(BiConsumer<Long, Long> progress) {
        if (!work.exists()) {
            throw new JobFailedException("No findings of this run in " + work.folder() + ": they were reported already; start a new reconcile");
        }
        long rows = store.count(MediaKind.RECORDING) + store.count(MediaKind.SNAPSHOT);
        long files = MediaFileWalk.count(parameters.mediaRoots(), parameters.excluded());
        long rowOrphans = count(ReconcileWork.ROWS);
        long fileOrphans = count(ReconcileWork.FILES);
        String refusal = parameters.dryRun() ? null : refusal(rowOrphans, rows, fileOrphans, files);
        long rowsDeleted = 0;
        long filesDeleted = 0;
        if (!parameters.dryRun() && refusal == null) {
            long planned = rowOrphans + (parameters.deleteFiles() ? fileOrphans : 0);
            rowsDeleted = deleteRows(done -> progress.accept(done, planned));
            if (parameters.deleteFiles()) {
                filesDeleted = deleteFiles(done -> progress.accept(rowOrphans + done, planned));
            }
        }
        ReconcileOutcome outcome = new ReconcileOutcome(rows, files, rowOrphans, fileOrphans, rowsDeleted, filesDeleted, refusal);
        Path report = new ReconcileReport(parameters, clock).write(outcome, work.log(ReconcileWork.ROWS), work.log(ReconcileWork.FILES));
        work.remove();
        return new Settled(outcome, report);
    }

    /** The outcome and the report that describes it. */
    public record Settled(ReconcileOutcome outcome, Path report) {
    }

    private String refusal(long rowOrphans, long rows, long fileOrphans, long files) {
        if (rowOrphans * 2 > rows) {
            return rowOrphans + " of " + rows + " rows have no file, more than half: is a media disk not mounted?";
        }
        if (parameters.deleteFiles() && fileOrphans * 2 > files) {
            return fileOrphans + " of " + files + " files have no row, more than half: is this the right database?";
        }
        return null;
    }

    private long count(String step) {
        long[] orphans = {0};
        OrphanLog.read(work.log(step), json -> orphans[0]++);
        return orphans[0];
    }

    private long deleteRows(LongConsumer progress) {
        long[] deleted = {0};
        long[] done = {0};
        List<MediumFile> batch = new ArrayList<>();
        Runnable deleteBatch = () -> {
            if (batch.isEmpty()) {
                return;
            }
            deleted[0] += store.deleteUnchanged(batch.stream().filter(OrphanRules::fileIsMissing).toList());
            done[0] += batch.size();
            batch.clear();
            progress.accept(done[0]);
        };
        OrphanLog.read(work.log(ReconcileWork.ROWS), json -> {
            batch.add(OrphanJson.row(json));
            if (batch.size() == DELETE_BATCH) {
                deleteBatch.run();
            }
        });
        deleteBatch.run();
        return deleted[0];
    }

    private long deleteFiles(LongConsumer progress) {
        RowPaths named = RowPaths.of(new RowScan(store, null));
        long[] deleted = {0};
        long[] done = {0};
        OrphanLog.read(work.log(ReconcileWork.FILES), json -> {
            MediaFile orphan = OrphanJson.file(json);
            if (!named.names(orphan.path()) && unchanged(orphan)) {
                deleted[0] += delete(orphan.path());
            }
            progress.accept(++done[0]);
        });
        return deleted[0];
    }

    private static boolean unchanged(MediaFile file) {
        try {
            BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.isRegularFile() && now.lastModifiedTime().toInstant().equals(file.modified());
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.path(), e);
        }
    }

    private static int delete(Path file) {
        try {
            return Files.deleteIfExists(file) ? 1 : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
