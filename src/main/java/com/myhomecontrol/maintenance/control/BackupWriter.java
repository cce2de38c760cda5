package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupPart;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.PartOutcome;
import com.myhomecontrol.maintenance.entity.StoreContent;
import com.myhomecontrol.platform.control.SecretFiles;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Makes a backup set: the copy of the time-series store, the export of the media metadata, the
 * copies of the journal folder, the devices file and the Netatmo token, then the manifest that
 * describes them. Only the time-series copy must succeed; any other part that fails is recorded
 * as failed with its reason, and the rest is still copied.
 */
public final class BackupWriter {

    static final String JOURNAL_MODE = "no PostgreSQL configured (journal mode): the media metadata is in the journal";

    private final Clock clock;
    private final IntConsumer partsDone;

    public BackupWriter(Clock clock, IntConsumer partsDone) {
        this.clock = clock;
        this.partsDone = partsDone;
    }

    public Manifest write(DataLocations sources, Optional<DataSource> media, BackupSet set) {
        Instant started = clock.instant();
        Folders.createOwnerOnly(set.directory());
        Map<BackupPart, PartOutcome> parts = new EnumMap<>(BackupPart.class);
        SqliteSnapshot.copy(sources.timeseriesDb(), set.timeseriesCopy());
        StoreContent timeseries = SqliteSnapshot.content(set.timeseriesCopy());
        done(parts, BackupPart.TIMESERIES, PartOutcome.copied());
        Optional<StoreContent> mediaContent = media.flatMap(database -> export(database, set, parts));
        if (media.isEmpty()) {
            done(parts, BackupPart.MEDIA, PartOutcome.skipped(JOURNAL_MODE));
        }
        done(parts, BackupPart.JOURNAL, journal(sources.journalDirectory(), set.journalCopy()));
        done(parts, BackupPart.DEVICES, secret(sources.devicesFile(), set.devicesCopy()));
        done(parts, BackupPart.NETATMO_TOKEN, secret(sources.netatmoTokenFile(), set.netatmoTokenCopy()));
        Manifest manifest = new Manifest(PlatformVersion.current(), started, clock.instant(), timeseries, mediaContent,
                parts, FileChecksums.ofSet(set));
        BackupManifest.write(manifest, set.manifest());
        return manifest;
    }

    private Optional<StoreContent> export(DataSource media, BackupSet set, Map<BackupPart, PartOutcome> parts) {
        try {
            StoreContent content = MediaExport.export(media, set);
            done(parts, BackupPart.MEDIA, PartOutcome.copied());
            return Optional.of(content);
        } catch (JobFailedException e) {
            Folders.delete(set.file(BackupSet.MEDIA_FOLDER));
            done(parts, BackupPart.MEDIA, PartOutcome.failed(e.getMessage()));
            return Optional.empty();
        }
    }

    private static PartOutcome journal(Path journal, Path copy) {
        try {
            return JournalCopy.copy(journal, copy) ? PartOutcome.copied() : PartOutcome.absent(journal);
        } catch (JobFailedException e) {
            Folders.delete(copy);
            return PartOutcome.failed(e.getMessage());
        }
    }

    /** The copy is readable by its owner only, as the original is. */
    private static PartOutcome secret(Path file, Path copy) {
        if (!Files.exists(file)) {
            return PartOutcome.absent(file);
        }
        try {
            SecretFiles.write(copy, Files.readString(file, StandardCharsets.UTF_8));
            return PartOutcome.copied();
        } catch (IOException e) {
            return PartOutcome.failed("Cannot copy " + file + ": " + e);
        }
    }

    private void done(Map<BackupPart, PartOutcome> parts, BackupPart part, PartOutcome outcome) {
        parts.put(part, outcome);
        partsDone.accept(parts.size());
    }
}
