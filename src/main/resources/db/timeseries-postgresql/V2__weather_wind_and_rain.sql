-- The wind gauge (NAModule2) and the rain gauge (NAModule3) of a Netatmo station.
ALTER TABLE weather_timeseries ADD COLUMN wind_strength_kmh double precision;
ALTER TABLE weather_timeseries ADD COLUMN wind_angle_deg double precision;
ALTER TABLE weather_timeseries ADD COLUMN gust_strength_kmh double precision;
ALTER TABLE weather_timeseries ADD COLUMN gust_angle_deg double precision;
ALTER TABLE weather_timeseries ADD COLUMN rain_mm double precision;
ALTER TABLE weather_timeseries ADD COLUMN rain_1h_mm double precision;
ALTER TABLE weather_timeseries ADD COLUMN rain_24h_mm double precision;
