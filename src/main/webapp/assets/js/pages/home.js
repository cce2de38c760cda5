// The home at a glance: the platform's health, each plug's power and energy, each weather module's
// newest values and the newest recordings, refreshed every half minute.
import { getJson } from '../api.js';
import { refreshEvery, startPage } from '../layout.js';
import { element, replaceChildren, showError } from '../dom.js';
import { formatAge, formatDateTime, formatNumber } from '../format.js';
import { measuredFields } from '../weather-fields.js';

const REFRESH_MS = 30_000;
const NEWEST_RECORDINGS = 6;
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const content = document.getElementById('content');

startPage()
  .then(() => refreshEvery(REFRESH_MS, refresh))
  .catch(error => showError(error));

async function refresh() {
  const [health, plugs, modules, recordings] = await Promise.all([
    getJson('/api/health'),
    getJson('/api/energy/summary?tz=' + encodeURIComponent(TIME_ZONE)),
    getJson('/api/weather/latest'),
    getJson(`/api/recordings?limit=${NEWEST_RECORDINGS}&with_ai_analysis=true`),
  ]);
  replaceChildren(content,
    overview(health, plugs),
    section('Energy', '/energy', 'plugs', plugs.length ? plugs.map(plugCard) : 'No plug has reported yet.'),
    section('Weather', '/weather', 'modules', modules.length ? modules.map(moduleCard) : 'No weather module has reported yet.'),
    recordingsSection(recordings.recordings));
}

function overview(health, plugs) {
  const sum = field => plugs.reduce((total, plug) => total + (plug[field] ?? 0), 0);
  return element('div', { class: 'cards', id: 'overview' },
    element('a', { class: 'card', href: '/health-dashboard' },
      element('h3', {}, 'Health'),
      element('div', { class: 'figure' }, element('span', { class: `badge ${health.status}`, id: 'health-status' }, health.status)),
      element('div', { class: 'muted', id: 'health-issues' },
        health.issues.length === 0 ? 'No issues' : `${health.issues.length} issue${health.issues.length === 1 ? '' : 's'}`)),
    element('a', { class: 'card', href: '/energy' },
      element('h3', {}, 'Power now'),
      element('div', { class: 'figure', id: 'total-power' }, formatNumber(sum('power_w'), 'W', 0)),
      element('div', { class: 'muted' }, `${plugs.length} plug${plugs.length === 1 ? '' : 's'}`)),
    element('a', { class: 'card', href: '/energy' },
      element('h3', {}, 'Energy today'),
      element('div', { class: 'figure', id: 'total-today' }, formatNumber(sum('today_kwh'), 'kWh', 2)),
      element('div', { class: 'muted' }, `this month ${formatNumber(sum('month_kwh'), 'kWh', 1)}`)),
    element('div', { class: 'card' },
      element('h3', {}, 'More'),
      element('ul', { class: 'links' },
        element('li', {}, element('a', { href: '/devices' }, 'Devices: status and problems')),
        element('li', {}, element('a', { href: '/jobs' }, 'Jobs: backups and upkeep')),
        element('li', {}, element('a', { href: '/recordings' }, 'All recordings')))));
}

function section(title, path, id, body) {
  return element('section', { 'aria-labelledby': `${id}-title` },
    element('h2', { id: `${id}-title` }, title, ' ', element('a', { href: path, class: 'more' }, 'details →')),
    typeof body === 'string' ? element('p', { class: 'muted', id }, body) : element('div', { class: 'cards', id }, body));
}

function plugCard(plug) {
  return element('div', { class: 'card', dataset: { device: plug.device_id } },
    element('h3', {}, plug.device_id),
    element('div', { class: 'figure power' }, formatNumber(plug.power_w, 'W', 1)),
    element('div', { class: 'today' }, `Today ${formatNumber(plug.today_kwh, 'kWh', 2)}`),
    element('div', { class: 'muted' }, `This month ${formatNumber(plug.month_kwh, 'kWh', 1)} · ${formatAge(plug.timestamp)}`));
}

function moduleCard(module) {
  const fields = measuredFields(module);
  return element('div', { class: 'card', dataset: { station: module.station_id, module: module.module_type } },
    element('h3', {}, module.module_type, element('span', { class: 'muted' }, ` · ${module.station_id}`)),
    element('dl', { class: 'readings' },
      fields.flatMap(({ field, label, unit, digits }) => [
        element('dt', {}, label),
        element('dd', { dataset: { field } }, formatNumber(module[field], unit, digits)),
      ])),
    element('div', { class: 'muted' }, formatAge(module.timestamp)));
}

function recordingsSection(recordings) {
  const body = recordings.length === 0 ? 'No recordings yet.' : element('div', { class: 'table-wrap' },
    element('table', {},
      element('thead', {}, element('tr', {},
        element('th', {}, 'Time'), element('th', {}, 'Camera'), element('th', {}, 'Type'), element('th', {}, 'AI'))),
      element('tbody', {}, recordings.map(recordingRow))));
  return element('section', { 'aria-labelledby': 'recordings-title' },
    element('h2', { id: 'recordings-title' }, 'Newest recordings', ' ',
      element('a', { href: '/recordings', class: 'more' }, 'all →')),
    element('div', { id: 'recordings' }, body));
}

function recordingRow(recording) {
  const tags = (recording.ai_analysis ?? []).map(analysis =>
    element('span', { class: 'tag' }, `${analysis.analysis_type} ${formatNumber(analysis.confidence * 100, '%', 0)}`));
  return element('tr', { dataset: { recording: recording.recording_id } },
    element('td', {}, formatDateTime(recording.timestamp)),
    element('td', {}, recording.camera_id),
    element('td', {}, element('span', { class: `badge ${recording.recording_type}` }, recording.recording_type.replace('_', ' '))),
    element('td', { class: 'tags' }, tags.length ? tags : element('span', { class: 'muted' }, '–')));
}
