// The weather page: one module of a station over a chosen range, a chart per unit, showing only
// what the module measured in that range.
import { getJson } from '../api.js';
import { alignSeries, breakGaps, epochSeconds, timeChart } from '../charts.js';
import { element, replaceChildren, showError } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { startPage } from '../layout.js';
import { BUCKET_SECONDS, bucketName, historyParameters, rangeOf, rangeSelect } from '../ranges.js';
import { queryValue, setQueryValues } from '../url-state.js';

// Rain is what fell in each reading's interval, so a bucket's rain is their sum (average × count).
const CHARTS = [
  { id: 'temperature', title: 'Temperature', unit: '°C', metrics: [{ metric: 'temperature', label: 'Temperature' }] },
  { id: 'humidity', title: 'Humidity', unit: '%', digits: 0, metrics: [{ metric: 'humidity', label: 'Humidity' }] },
  { id: 'co2', title: 'CO₂', unit: 'ppm', digits: 0, metrics: [{ metric: 'co2', label: 'CO₂' }] },
  { id: 'pressure', title: 'Pressure', unit: 'mbar', metrics: [{ metric: 'pressure', label: 'Pressure' }] },
  { id: 'noise', title: 'Noise', unit: 'dB', digits: 0, metrics: [{ metric: 'noise', label: 'Noise' }] },
  { id: 'wind', title: 'Wind', unit: 'km/h', metrics: [{ metric: 'wind', label: 'Wind' }, { metric: 'gust', label: 'Gusts' }] },
  { id: 'rain', title: 'Rain', unit: 'mm', bars: true, summed: true, metrics: [{ metric: 'rain', label: 'Rain' }] },
];

const view = {};
let charts;
let loads = 0;

async function main() {
  await startPage();
  const modules = await getJson('/api/weather/stations');
  if (modules.length === 0) {
    document.getElementById('status').textContent = 'No weather station has stored a reading yet.';
    return;
  }
  view.modules = modules;
  view.module = modules.find(module => module.station_id === queryValue('station') && module.module_type === queryValue('module'))
    || modules[0];
  view.range = rangeOf(queryValue('range'));
  charts = drawFrame();
  await showHistory();
}

function drawFrame() {
  const moduleSelect = element('select', { id: 'module', onchange: () => {
    view.module = view.modules[moduleSelect.selectedIndex];
    refresh();
  } }, view.modules.map(module => element('option', { value: `${module.station_id}/${module.module_type}`, selected: module === view.module },
    `${module.station_id} · ${module.module_type}`)));
  const cards = CHARTS.map(chart => {
    const container = element('div', { class: 'chart', id: `chart-${chart.id}` });
    const card = element('section', { class: 'chart-card', id: `card-${chart.id}`, hidden: true },
      element('header', {}, element('h3', {}, `${chart.title} (${chart.unit})`),
        element('span', { class: 'figure', id: `latest-${chart.id}` }),
        element('span', { class: 'muted', id: `latest-${chart.id}-time` })),
      container);
    return { chart, card, drawing: timeChart(container, { unit: chart.unit, series: chart.metrics, bars: chart.bars, height: 220 }) };
  });
  replaceChildren(document.getElementById('content'),
    element('div', { class: 'controls' },
      element('label', {}, 'Station and module', moduleSelect),
      rangeSelect(view.range, range => {
        view.range = range;
        refresh();
      })),
    element('p', { class: 'muted', id: 'history-caption' }),
    element('div', { class: 'chart-grid' }, cards.map(card => card.card)),
    element('p', { class: 'muted', id: 'not-measured' }));
  return cards;
}

function refresh() {
  setQueryValues({ station: view.module.station_id, module: view.module.module_type, range: view.range.id });
  showHistory().catch(error => showError(error));
}

async function showHistory() {
  const load = ++loads;
  const { module, range } = view;
  const answers = await Promise.all(charts.map(({ chart }) =>
    Promise.all(chart.metrics.map(({ metric }) => history(module, metric, range)))));
  if (load !== loads) {
    return;
  }
  const missing = [];
  charts.forEach(({ chart, card, drawing }, index) => {
    const series = answers[index].map(answer => answer.points.map(point => ({
      time: epochSeconds(point.timestamp),
      value: valueOf(point, chart.summed),
    })));
    const [times, ...values] = alignSeries(...series);
    card.hidden = times.length === 0;
    if (card.hidden) {
      missing.push(chart.title);
      return;
    }
    drawing.update(...(chart.bars ? [times, ...values] : breakGaps(BUCKET_SECONDS[range.bucket], times, ...values)));
    showLatest(chart, series, range);
  });
  document.getElementById('not-measured').textContent = missing.length === 0 ? ''
    : `Not measured by ${module.station_id} · ${module.module_type} in this range: ${missing.join(', ')}.`;
  document.getElementById('history-caption').textContent = `${module.station_id} · ${module.module_type} · ${range.label} · `
    + (range.bucket === 'raw' ? 'each reading' : `averages ${bucketName(range.bucket)}, rain summed`);
}

/** The newest value of each series, named when there are several, and when it was. */
function showLatest(chart, series, range) {
  const latest = series.map((points, index) => ({ point: points.at(-1), label: chart.metrics[index].label }))
    .filter(({ point }) => point);
  document.getElementById(`latest-${chart.id}`).textContent = latest.map(({ point, label }) =>
    (latest.length > 1 ? `${label} ` : '') + formatNumber(point.value, chart.unit, chart.digits ?? 1)).join(' · ');
  const time = formatDateTime(Math.max(...latest.map(({ point }) => point.time)));
  const kind = chart.summed ? 'sum' : 'average';
  document.getElementById(`latest-${chart.id}-time`).textContent = range.bucket === 'raw' ? time
    : `${kind} ${bucketName(range.bucket)} from ${time}`;
}

function valueOf(point, summed) {
  if (point.value !== undefined) {
    return point.value;
  }
  return summed ? point.avg * point.count : point.avg;
}

function history(module, metric, range) {
  const query = new URLSearchParams({ station_id: module.station_id, module_type: module.module_type, metric,
    ...historyParameters(range) });
  return getJson('/api/weather/history?' + query);
}

main().catch(error => showError(error));
