// What a weather module may measure: the field a reading stores it in, the metric name the history
// asks for (null for directions, which are not served as history), its label, unit and digits.
export const WEATHER_FIELDS = [
  { field: 'temperature_c', metric: 'temperature', label: 'Temperature', unit: '°C', digits: 1 },
  { field: 'humidity_percent', metric: 'humidity', label: 'Humidity', unit: '%', digits: 0 },
  { field: 'co2_ppm', metric: 'co2', label: 'CO₂', unit: 'ppm', digits: 0 },
  { field: 'pressure_mbar', metric: 'pressure', label: 'Pressure', unit: 'mbar', digits: 1 },
  { field: 'noise_db', metric: 'noise', label: 'Noise', unit: 'dB', digits: 0 },
  { field: 'wind_strength_kmh', metric: 'wind', label: 'Wind', unit: 'km/h', digits: 0 },
  { field: 'wind_angle_deg', metric: null, label: 'Wind direction', unit: '°', digits: 0 },
  { field: 'gust_strength_kmh', metric: 'gust', label: 'Gusts', unit: 'km/h', digits: 0 },
  { field: 'gust_angle_deg', metric: null, label: 'Gust direction', unit: '°', digits: 0 },
  { field: 'rain_mm', metric: 'rain', label: 'Rain', unit: 'mm', digits: 1 },
  { field: 'rain_1h_mm', metric: 'rain_1h', label: 'Rain, last hour', unit: 'mm', digits: 1 },
  { field: 'rain_24h_mm', metric: 'rain_24h', label: 'Rain, last 24 h', unit: 'mm', digits: 1 },
];

/** The fields a reading has a value for, in the order above. */
export function measuredFields(reading) {
  return WEATHER_FIELDS.filter(({ field }) => reading[field] !== null && reading[field] !== undefined);
}
