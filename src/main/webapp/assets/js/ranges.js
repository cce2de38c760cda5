// The time ranges the history pages offer and the bucket each is drawn in: the readings
// themselves for an hour, summaries beyond, so that no chart carries more than some hundreds of
// points. Long ranges come from the rollups; the API picks the store by the bucket.
import { element } from './dom.js';

export const RANGES = [
  { id: 'hour', label: 'Last hour', hours: 1, bucket: 'raw' },
  { id: 'day', label: 'Last day', hours: 24, bucket: '5m' },
  { id: 'week', label: 'Last week', hours: 24 * 7, bucket: '1h' },
  { id: 'month', label: 'Last 30 days', hours: 24 * 30, bucket: '1h' },
  { id: 'year', label: 'Last year', hours: 24 * 365, bucket: '1d' },
];

const DEFAULT_RANGE = 'day';

/** Seconds per bucket; the readings of a raw range are taken as apart when 15 min lie between them. */
export const BUCKET_SECONDS = { raw: 15 * 60, '1m': 60, '5m': 300, '1h': 3600, '1d': 86400 };

const BUCKET_NAMES = { raw: 'each reading', '1m': 'per minute', '5m': 'per 5 minutes', '1h': 'per hour', '1d': 'per day' };

/** The range of that id, the default one for an unknown or missing id. */
export function rangeOf(id) {
  return RANGES.find(range => range.id === id) || RANGES.find(range => range.id === DEFAULT_RANGE);
}

/** "each reading", "per hour": what one point of a bucket stands for. */
export function bucketName(bucket) {
  return BUCKET_NAMES[bucket];
}

/** The history parameters of a range: {hours, bucket}, to add to a URLSearchParams. */
export function historyParameters(range, bucket = range.bucket) {
  return { hours: String(range.hours), bucket };
}

/** A labelled select of the ranges, calling onChange(range) when another is chosen. */
export function rangeSelect(selected, onChange) {
  const select = element('select', { id: 'range', onchange: () => onChange(rangeOf(select.value)) },
    RANGES.map(range => element('option', { value: range.id, selected: range.id === selected.id }, range.label)));
  return element('label', {}, 'Range', select);
}
