-- The time series on PostgreSQL (TIMESERIES_STORE=postgresql), in the schema timeseries: the tables
-- of db/timeseries version for version, so that both stores answer alike. Times stay integer UTC
-- epoch seconds; keys sort bytewise (COLLATE "C") as SQLite's do; REAL is double precision here
-- (PostgreSQL's real is a 4-byte float).

-- The raw readings, range-partitioned by day (ensure_partitions below creates the days, retention
-- drops them whole). No default partition: one holding rows of a day would stop that day's creation.
CREATE TABLE energy_timeseries (
    device_id          text COLLATE "C" NOT NULL,
    timestamp          bigint           NOT NULL,
    power_w            double precision,
    voltage_v          double precision,
    current_a          double precision,
    daily_energy_kwh   double precision,
    monthly_energy_kwh double precision,
    power_state        boolean,
    PRIMARY KEY (device_id, timestamp)
) PARTITION BY RANGE (timestamp);

CREATE TABLE weather_timeseries (
    station_id       text COLLATE "C" NOT NULL,
    module_type      text COLLATE "C" NOT NULL,
    timestamp        bigint           NOT NULL,
    temperature_c    double precision,
    humidity_percent double precision,
    co2_ppm          double precision,
    pressure_mbar    double precision,
    noise_db         double precision,
    PRIMARY KEY (station_id, module_type, timestamp)
) PARTITION BY RANGE (timestamp);

-- Creates the missing daily partitions of a raw table for the days that hold [from_second, to_second),
-- named after their UTC date (energy_timeseries_p20261201). Servers sharing the database may call it
-- at once: the advisory lock makes them take turns.
CREATE FUNCTION ensure_partitions(parent text, from_second bigint, to_second bigint) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    day_start bigint := from_second - (((from_second % 86400) + 86400) % 86400);
    created   integer := 0;
    partition text;
BEGIN
    IF parent NOT IN ('energy_timeseries', 'weather_timeseries') THEN
        RAISE EXCEPTION '% is not a partitioned time series', parent;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('timeseries partitions'));
    WHILE day_start < to_second LOOP
        partition := parent || '_p' || to_char(to_timestamp(day_start) AT TIME ZONE 'UTC', 'YYYYMMDD');
        IF to_regclass(quote_ident(current_schema()) || '.' || quote_ident(partition)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%s) TO (%s)',
                           partition, parent, day_start, day_start + 86400);
            created := created + 1;
        END IF;
        day_start := day_start + 86400;
    END LOOP;
    RETURN created;
END $$;

-- What is stored, per series, kept exact in the writing transaction (energy by EnergyRollup, weather
-- by the trigger below: a merge into a stored reading is an UPDATE and does not count twice). Updated
-- at every write: room on each page for PostgreSQL to update in place.
CREATE TABLE energy_devices (
    device_id       text COLLATE "C" NOT NULL PRIMARY KEY,
    first_timestamp bigint NOT NULL,
    last_timestamp  bigint NOT NULL,
    reading_count   bigint NOT NULL
) WITH (fillfactor = 70);

CREATE TABLE weather_series (
    station_id      text COLLATE "C" NOT NULL,
    module_type     text COLLATE "C" NOT NULL,
    first_timestamp bigint NOT NULL,
    last_timestamp  bigint NOT NULL,
    reading_count   bigint NOT NULL,
    PRIMARY KEY (station_id, module_type)
) WITH (fillfactor = 70);

CREATE FUNCTION count_weather_series() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO weather_series (station_id, module_type, first_timestamp, last_timestamp, reading_count)
    VALUES (NEW.station_id, NEW.module_type, NEW.timestamp, NEW.timestamp, 1)
    ON CONFLICT (station_id, module_type) DO UPDATE SET
        first_timestamp = LEAST(weather_series.first_timestamp, excluded.first_timestamp),
        last_timestamp  = GREATEST(weather_series.last_timestamp, excluded.last_timestamp),
        reading_count   = weather_series.reading_count + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER weather_series_count AFTER INSERT ON weather_timeseries
    FOR EACH ROW EXECUTE FUNCTION count_weather_series();

-- One row per device and UTC hour that has readings, kept exact by EnergyRollup in the writing transaction.
CREATE TABLE energy_hourly (
    device_id       text COLLATE "C" NOT NULL,
    hour_start      bigint           NOT NULL,
    reading_count   bigint           NOT NULL,
    power_count     bigint           NOT NULL,
    power_sum       double precision NOT NULL,
    power_min       double precision,
    power_max       double precision,
    energy_kwh      double precision NOT NULL,
    first_timestamp bigint           NOT NULL,
    first_power_w   double precision,
    first_daily_kwh double precision,
    last_timestamp  bigint           NOT NULL,
    last_power_w    double precision,
    last_daily_kwh  double precision,
    PRIMARY KEY (device_id, hour_start)
) WITH (fillfactor = 70);
