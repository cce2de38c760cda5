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

-- What is stored, per series: kept exact by triggers in the writing transaction, so that
-- listing devices never scans millions of readings. A merge into an existing reading is an
-- UPDATE and does not count twice.
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

CREATE TRIGGER energy_devices_count AFTER INSERT ON energy_timeseries
BEGIN
    INSERT INTO energy_devices (device_id, first_timestamp, last_timestamp, reading_count)
    VALUES (NEW.device_id, NEW.timestamp, NEW.timestamp, 1)
    ON CONFLICT (device_id) DO UPDATE SET
        first_timestamp = MIN(first_timestamp, excluded.first_timestamp),
        last_timestamp  = MAX(last_timestamp, excluded.last_timestamp),
        reading_count   = reading_count + 1;
END;

CREATE TRIGGER weather_series_count AFTER INSERT ON weather_timeseries
BEGIN
    INSERT INTO weather_series (station_id, module_type, first_timestamp, last_timestamp, reading_count)
    VALUES (NEW.station_id, NEW.module_type, NEW.timestamp, NEW.timestamp, 1)
    ON CONFLICT (station_id, module_type) DO UPDATE SET
        first_timestamp = MIN(first_timestamp, excluded.first_timestamp),
        last_timestamp  = MAX(last_timestamp, excluded.last_timestamp),
        reading_count   = reading_count + 1;
END;
