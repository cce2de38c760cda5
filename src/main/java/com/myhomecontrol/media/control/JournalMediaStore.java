package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.CameraStorage;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.StorageStats;
import com.myhomecontrol.platform.entity.NotFoundException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Media metadata in the journal: every write is appended and fsynced, then applied to the
 * in-memory index that answers reads. Slower than PostgreSQL on large data, but the same answers.
 */
public class JournalMediaStore implements MediaStore {

    private final MediaJournal journal;
    private final MediaIndex index;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private JournalMediaStore(MediaJournal journal, MediaIndex index) {
        this.journal = journal;
        this.index = index;
    }

    public static JournalMediaStore open(Path directory) {
        MediaIndex index = new MediaIndex();
        return new JournalMediaStore(MediaJournal.open(directory, index::apply), index);
    }

    public MediaJournal journal() {
        return journal;
    }

    /** Nothing to upsert writes no entry, as PostgreSQL writes no row. */
    @Override
    public void upsert(List<Medium> media) {
        if (!media.isEmpty()) {
            write(new JournalEntry.Upsert(media));
        }
    }

    /** A delete of a medium the journal does not hold is journaled all the same: PostgreSQL may hold it. */
    @Override
    public boolean delete(MediumKey key) {
        lock.writeLock().lock();
        try {
            boolean known = index.contains(key);
            append(new JournalEntry.Delete(key));
            return known;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void addAnalyses(MediumKey medium, List<Analysis> analyses) {
        lock.writeLock().lock();
        try {
            if (!index.contains(medium)) {
                throw new NotFoundException("No " + medium.kind().label() + " " + medium.id());
            }
            index.checkAnalyses(analyses);
            append(new JournalEntry.AddAnalyses(medium, analyses));
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<Medium> find(MediumKey key) {
        return read(index -> index.find(key));
    }

    @Override
    public List<Analysis> analysesOf(MediumKey medium) {
        return read(index -> index.analysesOf(medium));
    }

    @Override
    public MediaPage list(MediaFilter filter) {
        return read(index -> {
            List<Medium> selected = index.media(filter.kind())
                    .filter(medium -> MediaMatcher.matches(filter, medium,
                            filter.selectsByAnalysis() ? index.analysesOfUnordered(medium.key()) : List.of()))
                    .sorted(MediaIndex.NEWEST_FIRST)
                    .toList();
            var page = PageSlice.of(selected.stream()
                    .filter(medium -> filter.after() == null || filter.after().precedes(medium.timestamp(), medium.id()))
                    .limit(filter.limit() + 1L)
                    .toList(), filter.limit(), Medium::position);
            Map<MediumKey, List<Analysis>> analyses = filter.withAnalyses()
                    ? page.rows().stream().collect(Collectors.toMap(Medium::key, medium -> index.analysesOf(medium.key())))
                    : Map.of();
            return new MediaPage(page.rows(), analyses, selected.size(), page.next());
        });
    }

    @Override
    public AnalysisPage analyses(AnalysisFilter filter) {
        return read(index -> {
            var page = PageSlice.of(index.analyses()
                    .filter(analysis -> MediaMatcher.matches(filter, analysis))
                    .sorted(MediaIndex.NEWEST_DETECTION_FIRST)
                    .limit(filter.limit() + 1L)
                    .toList(), filter.limit(), Analysis::position);
            return new AnalysisPage(page.rows(), page.next());
        });
    }

    @Override
    public StorageStats stats(Instant startOfToday) {
        return read(index -> {
            Map<String, List<Medium>> byCamera = new TreeMap<>(index.media(MediaKind.RECORDING).collect(Collectors.groupingBy(Medium::cameraId)));
            index.media(MediaKind.SNAPSHOT).forEach(snapshot ->
                    byCamera.computeIfAbsent(snapshot.cameraId(), camera -> new ArrayList<>()).add(snapshot));
            return new StorageStats(byCamera.entrySet().stream().map(camera -> {
                List<Medium> media = camera.getValue();
                List<Medium> recordings = media.stream().filter(medium -> medium.kind() == MediaKind.RECORDING).toList();
                return new CameraStorage(camera.getKey(), recordings.size(), media.size() - recordings.size(),
                        media.stream().mapToLong(Medium::fileSizeBytes).sum(),
                        recordings.stream().filter(recording -> !recording.timestamp().isBefore(startOfToday)).count(),
                        recordings.stream().filter(Medium::emergency).count(),
                        recordings.stream().filter(Medium::unusual).count());
            }).toList());
        });
    }

    /** Moves the journal to its archive and forgets its media, once a replay has put all of it into PostgreSQL. */
    public Path archive() {
        lock.writeLock().lock();
        try {
            Path archived = journal.archive();
            index.clear();
            return archived;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void write(JournalEntry entry) {
        lock.writeLock().lock();
        try {
            append(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void append(JournalEntry entry) {
        journal.append(entry);
        index.apply(entry);
    }

    private <T> T read(Function<MediaIndex, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(index);
        } finally {
            lock.readLock().unlock();
        }
    }
}
