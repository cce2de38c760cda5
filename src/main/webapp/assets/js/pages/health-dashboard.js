// The platform's health as GET /api/health tells it, refreshed every ten seconds, and the last
// day of the figures that change, drawn from GET /api/health/history as often as it is sampled.
import { getJson } from '../api.js';
import { refreshEvery, startPage } from '../layout.js';
import { badge, element, facts, replaceChildren, showError } from '../dom.js';
import { timeChart } from '../charts.js';
import { formatAge, formatBytes, formatDateTime, formatDuration, formatNumber, toDate } from '../format.js';

const REFRESH_MS = 10_000;
const GB = 1e9;

const now = element('div', { id: 'now' });
const chartsSection = element('section', { 'aria-labelledby': 'history-title' },
  element('h2', { id: 'history-title' }, 'The last day'));
replaceChildren(document.getElementById('content'), now, chartsSection);

const charts = [
  ['chart-ingest', 'Ingest', 'readings/s', sample => sample.ingest_per_second],
  ['chart-memory', 'Memory used', 'MB', sample => sample.memory_used_mb],
  ['chart-disk', 'Disk free', 'GB', sample => sample.disk_free_bytes / GB],
  ['chart-cpu', 'CPU', '%', sample => sample.cpu_percent],
].map(([id, title, unit, value]) => {
  const container = element('div', { class: 'chart', id });
  chartsSection.append(container);
  return { chart: timeChart(container, { title, unit, series: [{ label: title }], fromZero: true }), value };
});

let historyDueAt = 0;

startPage()
  .then(() => refreshEvery(REFRESH_MS, refresh))
  .catch(error => showError(error));

async function refresh() {
  const historyDue = Date.now() >= historyDueAt;
  const [health, history] = await Promise.all([
    getJson('/api/health'),
    historyDue ? getJson('/api/health/history') : null,
  ]);
  showHealth(health);
  if (history) {
    showHistory(history);
    historyDueAt = Date.now() + history.interval_seconds * 1000;
  }
}

function showHistory({ samples }) {
  const times = samples.map(sample => toDate(sample.timestamp).getTime() / 1000);
  for (const { chart, value } of charts) {
    chart.update(times, samples.map(value));
  }
}

function showHealth(health) {
  replaceChildren(now,
    element('div', { class: 'cards' },
      element('div', { class: 'card' },
        element('h3', {}, 'Status'),
        element('div', { class: 'figure' }, element('span', { class: `badge ${health.status}`, id: 'health-status' }, health.status)),
        element('div', { class: 'muted' }, `as of ${formatDateTime(health.timestamp)}`)),
      element('div', { class: 'card wide' },
        element('h3', {}, `Issues (${health.issues.length})`),
        health.issues.length === 0
          ? element('p', { class: 'muted', id: 'issues' }, 'None: everything works as it should.')
          : element('ul', { id: 'issues', class: 'issues' }, health.issues.map(issue => element('li', {}, issue))))),
    element('h2', {}, 'System'),
    systemCards(health.system),
    element('h2', {}, 'Databases'),
    databaseCards(health.databases),
    element('h2', {}, 'Devices and jobs'),
    element('div', { class: 'cards' }, devicesCard(health.devices), jobsCard(health.jobs)));
}

function systemCards({ cpu_percent: cpu, memory, disk, uptime_seconds: uptime, version }) {
  return element('div', { class: 'cards' },
    figureCard('CPU', 'cpu', formatNumber(cpu, '%', 1), 'of the machine'),
    figureCard('Memory', 'memory', formatNumber(memory.used_mb, 'MB', 0), `used of ${formatNumber(memory.max_mb, 'MB', 0)} heap`),
    figureCard('Disk free', 'disk-free', formatBytes(disk.free_bytes),
      `${formatNumber(100 * disk.free_bytes / disk.total_bytes, '%', 0)} of ${formatBytes(disk.total_bytes)}, at ${disk.path}`),
    figureCard('Uptime', 'uptime', formatDuration(uptime), `version ${version}`));
}

function databaseCards({ timeseries, postgres, journal }) {
  return element('div', { class: 'cards' },
    element('div', { class: 'card' },
      element('h3', {}, 'Time series ', statusBadge(timeseries.status, 'timeseries-status')),
      element('div', { class: 'figure', id: 'readings', dataset: { value: timeseries.readings ?? '' } },
        formatNumber(timeseries.readings, '', 0), element('span', { class: 'muted' }, ' readings')),
      facts([
        ['Size', formatBytes(timeseries.size_bytes)],
        ['Write-ahead log', formatBytes(timeseries.wal_size_bytes)],
        ['Last write', formatAge(timeseries.last_write)],
      ], 'readings'),
      element('div', { class: 'muted path' }, timeseries.path)),
    element('div', { class: 'card' },
      element('h3', {}, 'PostgreSQL ', statusBadge(postgres.status, 'postgres-status')),
      facts([
        ['Host', postgres.host ?? '–'],
        ['Connections in use', postgres.pool_size === null ? '–' : `${formatNumber(postgres.pool_in_use, '', 0)} of ${postgres.pool_size}`],
      ], 'readings')),
    element('div', { class: 'card' },
      element('h3', {}, 'Media journal ', statusBadge(journal.active ? 'active' : 'standby', 'journal-status')),
      facts([
        ['Takes the writes', journal.active ? 'yes' : 'no'],
        ['Waiting for replay', formatNumber(journal.pending, 'entries', 0)],
      ], 'readings')));
}

function devicesCard({ total, online, degraded, offline }) {
  return element('a', { class: 'card', href: '/devices', id: 'devices' },
    element('h3', {}, 'Devices'),
    element('div', { class: 'figure' }, formatNumber(online, '', 0), element('span', { class: 'muted' }, ` of ${total} online`)),
    facts([['Degraded', formatNumber(degraded, '', 0)], ['Offline', formatNumber(offline, '', 0)]], 'readings'));
}

function jobsCard(jobs) {
  const rows = Object.entries(jobs).map(([name, job]) => element('tr', { dataset: { job: name } },
    element('td', {}, name),
    element('td', {}, job.last_run ? formatDateTime(job.last_run) : 'never'),
    element('td', {}, job.status ? statusBadge(job.status.toLowerCase()) : '–')));
  return element('div', { class: 'card wide' },
    element('h3', {}, element('a', { href: '/jobs' }, 'Jobs')),
    element('div', { class: 'table-wrap' }, element('table', { id: 'jobs' },
      element('thead', {}, element('tr', {}, element('th', {}, 'Job'), element('th', {}, 'Last run'), element('th', {}, 'Status'))),
      element('tbody', {}, rows.length ? rows : element('tr', {}, element('td', { colspan: 3, class: 'muted' }, 'No jobs'))))));
}

function figureCard(title, id, figure, note) {
  return element('div', { class: 'card' },
    element('h3', {}, title),
    element('div', { class: 'figure', id }, figure),
    element('div', { class: 'muted' }, note));
}

/** The API's status words (not_configured) as badges that read as words (not configured). */
function statusBadge(status, id) {
  return badge(status, status.replace('_', ' '), id);
}
