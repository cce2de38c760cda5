package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.media.control.MediaUnit;
import com.myhomecontrol.media.control.PostgresMediaStore;
import jakarta.persistence.EntityManagerFactory;

import javax.sql.DataSource;

/**
 * The PostgreSQL media store as a job reaches it, JDBC and the {@code media} persistence unit on
 * the same database. Inside the server the unit is the container's, injected into the batch
 * artifact ({@code @PersistenceUnit}), on jdbc/media. Outside it (JBeret in Java SE) nothing
 * injects it, so the job makes the unit itself, resource-local on the job's own data source, and
 * closes it at the end; so does a job told another database by a JDBC URL parameter, which the
 * container's unit does not reach.
 */
public final class MediaJobDatabase implements AutoCloseable {

    private final PostgresMediaStore store;
    private final EntityManagerFactory ownUnit;

    private MediaJobDatabase(DataSource dataSource, EntityManagerFactory unit, boolean ownsUnit) {
        this.store = new PostgresMediaStore(dataSource, unit);
        this.ownUnit = ownsUnit ? unit : null;
    }

    /**
     * @param serverUnit the container's media unit, null outside the server
     * @param why        what the job needs the media database for, the start of the refusal in journal mode
     */
    public static MediaJobDatabase open(JobEnvironment environment, String postgresUrl, EntityManagerFactory serverUnit,
                                        String why) {
        DataSource dataSource = environment.media(postgresUrl).orElseThrow(() -> new JobFailedException(why
                + ", but POSTGRES_HOST is not set: the media metadata is in the journal, which only the running server reads and writes"));
        if (serverUnit != null && postgresUrl == null) {
            return new MediaJobDatabase(dataSource, serverUnit, false);
        }
        return new MediaJobDatabase(dataSource, MediaUnit.outsideServer(dataSource), true);
    }

    public PostgresMediaStore store() {
        return store;
    }

    @Override
    public void close() {
        if (ownUnit != null) {
            ownUnit.close();
        }
    }
}
