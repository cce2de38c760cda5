-- Time series keyed on their natural key. WITHOUT ROWID clusters each table on that key, so the
-- history of one device is one contiguous range scan and no second index is needed.
CREATE TABLE energy_timeseries (
    device_id          TEXT    NOT NULL,
    timestamp          INTEGER NOT NULL,
    power_w            REAL,
    voltage_v          REAL,
    current_a          REAL,
    daily_energy_kwh   REAL,
    monthly_energy_kwh REAL,
    power_state        INTEGER,
    PRIMARY KEY (device_id, timestamp)
) WITHOUT ROWID;

CREATE TABLE weather_timeseries (
    station_id       TEXT    NOT NULL,
    module_type      TEXT    NOT NULL,
    timestamp        INTEGER NOT NULL,
    temperature_c    REAL,
    humidity_percent REAL,
    co2_ppm          REAL,
    pressure_mbar    REAL,
    noise_db         REAL,
    PRIMARY KEY (station_id, module_type, timestamp)
) WITHOUT ROWID;

-- What is stored, per series, kept exact in the writing transaction so that listing devices
-- never scans millions of readings: energy by EnergyRollup, weather by a trigger (a merge into an
-- existing reading is an UPDATE and does not count twice).
CREATE TABLE energy_devices (
    device_id       TEXT    NOT NULL PRIMARY KEY,
    first_timestamp INTEGER NOT NULL,
    last_timestamp  INTEGER NOT NULL,
    reading_count   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE weather_series (
    station_id      TEXT    NOT NULL,
    module_type     TEXT    NOT NULL,
    first_timestamp INTEGER NOT NULL,
    last_timestamp  INTEGER NOT NULL,
    reading_count   INTEGER NOT NULL,
    PRIMARY KEY (station_id, module_type)
) WITHOUT ROWID;

CREATE TRIGGER weather_series_count AFTER INSERT ON weather_timeseries
BEGIN
    INSERT INTO weather_series (station_id, module_type, first_timestamp, last_timestamp, reading_count)
    VALUES (NEW.station_id, NEW.module_type, NEW.timestamp, NEW.timestamp, 1)
    ON CONFLICT (station_id, module_type) DO UPDATE SET
        first_timestamp = MIN(first_timestamp, excluded.first_timestamp),
        last_timestamp  = MAX(last_timestamp, excluded.last_timestamp),
        reading_count   = reading_count + 1;
END;

-- One row per device and UTC hour that has readings, kept exact by EnergyRollup in the writing
-- transaction: power aggregates, the energy consumed between readings of the hour, and the first
-- and last reading, from which the energy between consecutive hours is derived. Hourly and daily
-- history reads 24 rows a day instead of 8,640.
CREATE TABLE energy_hourly (
    device_id       TEXT    NOT NULL,
    hour_start      INTEGER NOT NULL,
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
    PRIMARY KEY (device_id, hour_start)
) WITHOUT ROWID;
