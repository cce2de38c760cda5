package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The partitions of the raw time-series tables: on PostgreSQL a table per UTC day, made before the
 * first row of a day is written ({@link DailyPartitions}); SQLite has none.
 */
public interface TimeseriesPartitions {

    TimeseriesPartitions NONE = new TimeseriesPartitions() {
        @Override
        public void ensure(RawTableDays days) {
        }

        @Override
        public boolean forgetAfter(SQLException failure) {
            return false;
        }
    };

    static TimeseriesPartitions of(TimeseriesStoreKind kind, DataSource dataSource) {
        return kind == TimeseriesStoreKind.POSTGRESQL ? new DailyPartitions(dataSource) : NONE;
    }

    /** Makes the partitions of those days that are missing, each committed before this returns. */
    void ensure(RawTableDays days) throws SQLException;

    /**
     * Told of a failed write: true when it met a partition dropped since it was made (by retention,
     * maybe another server's), which is forgotten, so that the write may be tried again.
     */
    boolean forgetAfter(SQLException failure);
}
