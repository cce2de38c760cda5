// The energy page: every plug's figures of today and this month, one plug's power and energy over
// a chosen range, and the energy of all plugs per hour or day.
import { getJson } from '../api.js';
import { breakGaps, epochSeconds, timeChart } from '../charts.js';
import { element, replaceChildren, showError } from '../dom.js';
import { formatAge, formatDateTime, formatNumber } from '../format.js';
import { startPage } from '../layout.js';
import { BUCKET_SECONDS, bucketName, historyParameters, rangeOf, rangeSelect } from '../ranges.js';
import { queryValue, setQueryValues } from '../url-state.js';

// Raw readings carry no energy of their own: the hour's energy is drawn in five-minute buckets.
const ENERGY_BUCKET_OF_RAW = '5m';

const USAGE_PERIODS = [
  { id: 'day', label: 'Last day, per hour' },
  { id: 'week', label: 'Last 7 days, per day' },
  { id: 'month', label: 'Last 30 days, per day' },
];

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const view = {};
let charts;
let loads = 0;

async function main() {
  await startPage();
  const devices = await getJson('/api/energy/devices');
  if (devices.length === 0) {
    document.getElementById('status').textContent = 'No plug has stored a reading yet.';
    return;
  }
  view.devices = devices;
  view.device = devices.find(device => device.device_id === queryValue('device')) || devices[0];
  view.range = rangeOf(queryValue('range'));
  view.period = USAGE_PERIODS.find(period => period.id === queryValue('usage')) || USAGE_PERIODS[0];
  charts = drawFrame();
  await Promise.all([showSummary(), showHistory(), showUsage()]);
}

function drawFrame() {
  const deviceSelect = element('select', { id: 'device', onchange: () => choose(deviceSelect.value) },
    view.devices.map(device => element('option', { value: device.device_id, selected: device === view.device }, device.device_id)));
  const periodSelect = element('select', { id: 'usage-period', onchange: () => {
    view.period = USAGE_PERIODS[periodSelect.selectedIndex];
    setQueryValues({ usage: view.period.id });
    showUsage().catch(error => showError(error));
  } }, USAGE_PERIODS.map(period => element('option', { value: period.id, selected: period === view.period }, period.label)));
  const containers = {
    power: element('div', { class: 'chart', id: 'power-chart' }),
    energy: element('div', { class: 'chart', id: 'energy-chart' }),
    usage: element('div', { class: 'chart', id: 'usage-chart' }),
  };
  replaceChildren(document.getElementById('content'),
    element('h2', {}, 'Today and this month'),
    element('div', { class: 'table-wrap' }, element('table', { id: 'summary' })),
    element('h2', {}, 'History of one plug'),
    element('div', { class: 'controls' },
      element('label', {}, 'Plug', deviceSelect),
      rangeSelect(view.range, range => {
        view.range = range;
        refreshHistory();
      })),
    element('p', { class: 'muted', id: 'history-caption' }),
    containers.power,
    containers.energy,
    element('h2', {}, 'Energy of all plugs'),
    element('div', { class: 'controls' }, element('label', {}, 'Period', periodSelect)),
    element('p', { class: 'muted', id: 'usage-caption' }),
    containers.usage);
  return {
    deviceSelect,
    power: timeChart(containers.power, { title: 'Power', unit: 'W', series: [{ label: 'Power' }] }),
    energy: timeChart(containers.energy, { title: 'Energy', unit: 'kWh', series: [{ label: 'Energy' }], bars: true }),
    usage: timeChart(containers.usage, { unit: 'kWh', series: [{ label: 'All plugs' }], bars: true }),
  };
}

function choose(deviceId) {
  const device = view.devices.find(candidate => candidate.device_id === deviceId);
  if (!device) {
    return;
  }
  view.device = device;
  charts.deviceSelect.value = device.device_id;
  refreshHistory();
}

function refreshHistory() {
  setQueryValues({ device: view.device.device_id, range: view.range.id });
  showHistory().catch(error => showError(error));
}

async function showSummary() {
  const plugs = await getJson('/api/energy/summary?tz=' + encodeURIComponent(TIME_ZONE));
  const head = element('tr', {}, element('th', {}, 'Plug'), element('th', { class: 'number' }, 'Power now'),
    element('th', { class: 'number' }, 'Today'), element('th', { class: 'number' }, 'This month'), element('th', {}, 'Last reading'));
  const rows = plugs.map(plug => element('tr', { dataset: { device: plug.device_id } },
    element('td', {}, element('a', { href: `?device=${encodeURIComponent(plug.device_id)}`, onclick: event => {
      event.preventDefault();
      choose(plug.device_id);
    } }, plug.device_id)),
    element('td', { class: 'number' }, formatNumber(plug.power_w, 'W')),
    element('td', { class: 'number' }, formatNumber(plug.today_kwh, 'kWh', 3)),
    element('td', { class: 'number' }, formatNumber(plug.month_kwh, 'kWh', 2)),
    element('td', { title: formatDateTime(plug.timestamp) }, formatAge(plug.timestamp))));
  replaceChildren(document.getElementById('summary'), element('thead', {}, head), element('tbody', {}, rows));
}

async function showHistory() {
  const load = ++loads;
  const { device, range } = view;
  const raw = range.bucket === 'raw';
  const [power, energy] = await Promise.all([
    history(device, range, range.bucket),
    raw ? history(device, range, ENERGY_BUCKET_OF_RAW) : null,
  ]);
  if (load !== loads) {
    return;
  }
  const powerPoints = power.points;
  const energyPoints = (energy || power).points;
  const times = powerPoints.map(point => epochSeconds(point.timestamp));
  const watts = powerPoints.map(point => raw ? point.power_w : point.power_w_avg);
  charts.power.update(...breakGaps(BUCKET_SECONDS[range.bucket], times, watts));
  charts.energy.update(energyPoints.map(point => epochSeconds(point.timestamp)), energyPoints.map(point => point.energy_kwh));
  const total = energyPoints.reduce((sum, point) => sum + (point.energy_kwh ?? 0), 0);
  document.getElementById('history-caption').textContent = `${device.device_id} · ${range.label} · power ${raw ? 'of each reading' : 'averaged ' + bucketName(range.bucket)}`
    + `, energy ${bucketName((energy || power).bucket)} · ${formatNumber(total, 'kWh', 3)} in all`;
}

function history(device, range, bucket) {
  const query = new URLSearchParams({ device_id: device.device_id, ...historyParameters(range, bucket) });
  if (bucket === 'raw') {
    query.set('fields', 'power_w');
  }
  return getJson('/api/energy/history?' + query);
}

async function showUsage() {
  const period = view.period;
  const usage = await getJson('/api/energy/usage-history?period=' + period.id);
  if (period !== view.period) {
    return;
  }
  charts.usage.update(usage.history.map(entry => entry.timestamp), usage.history.map(entry => entry.energy_kwh));
  const total = usage.history.reduce((sum, entry) => sum + entry.energy_kwh, 0);
  document.getElementById('usage-caption').textContent = `${period.label} · ${formatNumber(total, 'kWh', 3)} in all`;
}

main().catch(error => showError(error));
