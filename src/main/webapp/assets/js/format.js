// Values as people read them: times in the browser's own time zone, numbers with their unit.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** An instant given as ISO-8601 text or epoch seconds, or null. */
export function toDate(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return typeof value === 'number' ? new Date(value * 1000) : new Date(value);
}

export function formatDateTime(value) {
  const date = toDate(value);
  return date ? dateTime.format(date) : '–';
}

export function formatTime(value) {
  const date = toDate(value);
  return date ? time.format(date) : '–';
}

/** "3 min ago", for how fresh a value is. */
export function formatAge(value, now = Date.now()) {
  const date = toDate(value);
  if (!date) {
    return '–';
  }
  const seconds = Math.round((now - date.getTime()) / 1000);
  const units = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) || units[3];
  return new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-Math.round(seconds / size), unit);
}

export function formatNumber(value, unit = '', digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  const text = new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  return unit ? `${text} ${unit}` : text;
}

export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) {
    return '–';
  }
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index++;
  }
  return formatNumber(value, units[index], index === 0 ? 0 : 1);
}

/** A span of seconds in its two largest units: "3 d 4 h", "12 min 5 s". */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  const units = [['d', 86400], ['h', 3600], ['min', 60], ['s', 1]];
  let rest = Math.max(0, Math.floor(seconds));
  const parts = [];
  for (const [unit, size] of units) {
    if (rest >= size || (unit === 's' && parts.length === 0)) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
    if (parts.length === 2) {
      break;
    }
  }
  return parts.join(' ');
}
