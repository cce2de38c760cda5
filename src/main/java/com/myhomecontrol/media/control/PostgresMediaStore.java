package com.myhomecontrol.media.control;

import com.myhomecontrol.media.entity.Analysis;
import com.myhomecontrol.media.entity.AnalysisFilter;
import com.myhomecontrol.media.entity.AnalysisPage;
import com.myhomecontrol.media.entity.MediaFilter;
import com.myhomecontrol.media.entity.MediaKind;
import com.myhomecontrol.media.entity.MediaPage;
import com.myhomecontrol.media.entity.Medium;
import com.myhomecontrol.media.entity.MediumFile;
import com.myhomecontrol.media.entity.MediumKey;
import com.myhomecontrol.media.entity.StorageStats;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Media metadata in PostgreSQL, each call one transaction. One medium and its analyses, and the
 * files the rows name, are read through the {@code media} persistence unit; writes and listings
 * are JDBC statements (upserts, jsonb containment and keyset pages, which the media benchmark
 * measured). An outage surfaces as {@link PostgresUnavailableException}; any other refusal is an
 * error and surfaces as one.
 */
public class PostgresMediaStore implements MediaStore {

    private final DataSource dataSource;
    private final EntityManagerFactory unit;
    private final PostgresMediaWriter writer = new PostgresMediaWriter();
    private final PostgresMediaReader reader = new PostgresMediaReader();
    private final MediaUnitReader unitReader = new MediaUnitReader();

    /** {@code unit} is the {@code media} persistence unit on the same database as {@code dataSource}. */
    public PostgresMediaStore(DataSource dataSource, EntityManagerFactory unit) {
        this.dataSource = dataSource;
        this.unit = unit;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @Override
    public void upsert(List<Medium> media) {
        transaction(connection -> {
            writer.upsert(connection, media);
            return null;
        });
    }

    @Override
    public boolean delete(MediumKey key) {
        return transaction(connection -> writer.delete(connection, key));
    }

    @Override
    public void addAnalyses(MediumKey medium, List<Analysis> analyses) {
        transaction(connection -> {
            writer.addAnalyses(connection, medium, analyses);
            return null;
        });
    }

    @Override
    public Optional<Medium> find(MediumKey key) {
        return read(entities -> unitReader.find(entities, key));
    }

    @Override
    public List<Analysis> analysesOf(MediumKey medium) {
        return read(entities -> unitReader.analysesOf(entities, medium));
    }

    @Override
    public MediaPage list(MediaFilter filter) {
        return transaction(connection -> reader.list(connection, filter));
    }

    @Override
    public AnalysisPage analyses(AnalysisFilter filter) {
        return transaction(connection -> reader.analyses(connection, filter));
    }

    @Override
    public StorageStats stats(Instant startOfToday) {
        return transaction(connection -> reader.stats(connection, startOfToday));
    }

    /** A page of the rows of one kind and the files they name, in id order after {@code afterId} ("" for the first). */
    public List<MediumFile> filesAfter(MediaKind kind, String afterId, int limit) {
        return read(entities -> unitReader.filesAfter(entities, kind, afterId, limit));
    }

    /** The number of rows of one kind. */
    public long count(MediaKind kind) {
        return read(entities -> unitReader.count(entities, kind));
    }

    /**
     * Deletes the rows, with their analyses, that still name the file they named when they were
     * read: a row given a new file meanwhile stays. Returns how many went.
     */
    public int deleteUnchanged(List<MediumFile> rows) {
        return transaction(connection -> writer.deleteUnchanged(connection, rows));
    }

    /**
     * Applies journal entries in order, in one transaction (see {@link JournalReplayRuns}), and
     * returns the entries of analyses it could not apply, for the caller to set aside and report.
     */
    public List<JournalEntry> apply(List<JournalEntry> entries) {
        return transaction(connection -> new JournalReplayRuns(writer, connection).apply(entries));
    }

    /** Null when PostgreSQL answers now, else why not. */
    public String problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(5) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            if (PostgresUnavailableException.isOutage(e)) {
                throw new PostgresUnavailableException(e);
            }
            throw new IllegalStateException("PostgreSQL refused a media statement: " + e.getMessage(), e);
        }
    }

    private <T> T read(Function<EntityManager, T> work) {
        try {
            EntityManager entities = unit.createEntityManager();
            try {
                return work.apply(entities);
            } finally {
                entities.close();
            }
        } catch (RuntimeException e) {
            // EclipseLink throws its own DatabaseException as well as PersistenceException; the driver's cause tells.
            SQLException cause = sqlCause(e);
            if (cause == null && !(e instanceof PersistenceException)) {
                throw e;
            }
            if (cause != null && PostgresUnavailableException.isOutage(cause)) {
                throw new PostgresUnavailableException(cause);
            }
            throw new IllegalStateException("PostgreSQL refused a media query: " + e.getMessage(), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
