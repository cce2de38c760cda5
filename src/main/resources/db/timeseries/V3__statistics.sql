-- Long-term statistics, written by the rollup job (batch-jobs/rollup.xml) from the raw readings and
-- kept after retention deletes those. Times are UTC epoch seconds, buckets aligned to their length.

-- Energy per device and 5 minutes, the shape of energy_hourly (which stays the hourly table, kept
-- live in the writing transaction): power aggregates, the energy consumed between the bucket's
-- readings, and its first and last reading, from which the energy between buckets is derived.
CREATE TABLE energy_5m (
    device_id       TEXT    NOT NULL,
    bucket_start    INTEGER NOT NULL,
    reading_count   INTEGER NOT NULL,
    power_count     INTEGER NOT NULL,
    power_sum       REAL    NOT NULL,
    power_min       REAL,
    power_max       REAL,
    energy_kwh      REAL    NOT NULL,
    first_timestamp INTEGER NOT NULL,
    first_power_w   REAL,
    first_daily_kwh REAL,
    last_timestamp  INTEGER NOT NULL,
    last_power_w    REAL,
    last_daily_kwh  REAL,
    PRIMARY KEY (device_id, bucket_start)
) WITHOUT ROWID;

-- Weather per module and metric (a column name of weather_timeseries, such as temperature_c):
-- count, sum, min and max of the readings that have the metric, so avg = value_sum / value_count.
CREATE TABLE weather_5m (
    station_id   TEXT    NOT NULL,
    module_type  TEXT    NOT NULL,
    metric       TEXT    NOT NULL,
    bucket_start INTEGER NOT NULL,
    value_count  INTEGER NOT NULL,
    value_sum    REAL    NOT NULL,
    value_min    REAL    NOT NULL,
    value_max    REAL    NOT NULL,
    PRIMARY KEY (station_id, module_type, metric, bucket_start)
) WITHOUT ROWID;

CREATE TABLE weather_hourly (
    station_id   TEXT    NOT NULL,
    module_type  TEXT    NOT NULL,
    metric       TEXT    NOT NULL,
    hour_start   INTEGER NOT NULL,
    value_count  INTEGER NOT NULL,
    value_sum    REAL    NOT NULL,
    value_min    REAL    NOT NULL,
    value_max    REAL    NOT NULL,
    PRIMARY KEY (station_id, module_type, metric, hour_start)
) WITHOUT ROWID;

-- How far each statistics table (energy_5m, weather_5m, weather_hourly) is planned: every bucket
-- before rolled_up_to (exclusive end of the last closed bucket) is rolled up or waits in a pending
-- table below. The rollup job plans from there, so periods missed while the server was down are
-- caught up.
CREATE TABLE rollup_marks (
    statistics   TEXT    NOT NULL PRIMARY KEY,
    rolled_up_to INTEGER NOT NULL
) WITHOUT ROWID;

-- The hours of a series the rollup job still has to (re)compute from the raw readings: planned by
-- the job, and added in the writing transaction when a late reading lands in a bucket already rolled
-- up (a backfill after an outage). The job deletes a row in the transaction that rolls its hour up.
CREATE TABLE energy_rollup_pending (
    hour_start INTEGER NOT NULL,
    device_id  TEXT    NOT NULL,
    PRIMARY KEY (hour_start, device_id)
) WITHOUT ROWID;

CREATE TABLE weather_rollup_pending (
    hour_start  INTEGER NOT NULL,
    station_id  TEXT    NOT NULL,
    module_type TEXT    NOT NULL,
    PRIMARY KEY (hour_start, station_id, module_type)
) WITHOUT ROWID;

CREATE TRIGGER weather_rollup_late_insert AFTER INSERT ON weather_timeseries
WHEN NEW.timestamp < (SELECT rolled_up_to FROM rollup_marks WHERE statistics = 'weather_5m')
BEGIN
    INSERT OR IGNORE INTO weather_rollup_pending (hour_start, station_id, module_type)
    VALUES (NEW.timestamp - NEW.timestamp % 3600, NEW.station_id, NEW.module_type);
END;

CREATE TRIGGER weather_rollup_late_merge AFTER UPDATE ON weather_timeseries
WHEN NEW.timestamp < (SELECT rolled_up_to FROM rollup_marks WHERE statistics = 'weather_5m')
BEGIN
    INSERT OR IGNORE INTO weather_rollup_pending (hour_start, station_id, module_type)
    VALUES (NEW.timestamp - NEW.timestamp % 3600, NEW.station_id, NEW.module_type);
END;

-- What retention has deleted: per table (energy_timeseries, weather_timeseries, energy_5m,
-- weather_5m) the time from which its rows are all kept; history answers raw_retained_since from it.
CREATE TABLE retention_marks (
    series         TEXT    NOT NULL PRIMARY KEY,
    retained_since INTEGER NOT NULL
) WITHOUT ROWID;
