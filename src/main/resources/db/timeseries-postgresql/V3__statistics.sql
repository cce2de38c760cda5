-- Long-term statistics, written by the rollup job from the raw readings and kept after retention
-- drops those: the tables of db/timeseries V3 (comments there). Not partitioned: a few rows a day.
CREATE TABLE energy_5m (
    device_id       text COLLATE "C" NOT NULL,
    bucket_start    bigint           NOT NULL,
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
    PRIMARY KEY (device_id, bucket_start)
);

CREATE TABLE weather_5m (
    station_id   text COLLATE "C" NOT NULL,
    module_type  text COLLATE "C" NOT NULL,
    metric       text COLLATE "C" NOT NULL,
    bucket_start bigint           NOT NULL,
    value_count  bigint           NOT NULL,
    value_sum    double precision NOT NULL,
    value_min    double precision NOT NULL,
    value_max    double precision NOT NULL,
    PRIMARY KEY (station_id, module_type, metric, bucket_start)
);

CREATE TABLE weather_hourly (
    station_id   text COLLATE "C" NOT NULL,
    module_type  text COLLATE "C" NOT NULL,
    metric       text COLLATE "C" NOT NULL,
    hour_start   bigint           NOT NULL,
    value_count  bigint           NOT NULL,
    value_sum    double precision NOT NULL,
    value_min    double precision NOT NULL,
    value_max    double precision NOT NULL,
    PRIMARY KEY (station_id, module_type, metric, hour_start)
);

CREATE TABLE rollup_marks (
    statistics   text COLLATE "C" NOT NULL PRIMARY KEY,
    rolled_up_to bigint           NOT NULL
);

CREATE TABLE energy_rollup_pending (
    hour_start bigint           NOT NULL,
    device_id  text COLLATE "C" NOT NULL,
    PRIMARY KEY (hour_start, device_id)
);

CREATE TABLE weather_rollup_pending (
    hour_start  bigint           NOT NULL,
    station_id  text COLLATE "C" NOT NULL,
    module_type text COLLATE "C" NOT NULL,
    PRIMARY KEY (hour_start, station_id, module_type)
);

-- A reading inserted or merged into a bucket the rollup already made queues its hour again.
CREATE FUNCTION queue_late_weather() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.timestamp < (SELECT rolled_up_to FROM rollup_marks WHERE statistics = 'weather_5m') THEN
        INSERT INTO weather_rollup_pending (hour_start, station_id, module_type)
        VALUES (NEW.timestamp - NEW.timestamp % 3600, NEW.station_id, NEW.module_type)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER weather_rollup_late AFTER INSERT OR UPDATE ON weather_timeseries
    FOR EACH ROW EXECUTE FUNCTION queue_late_weather();

CREATE TABLE retention_marks (
    series         text COLLATE "C" NOT NULL PRIMARY KEY,
    retained_since bigint           NOT NULL
);
