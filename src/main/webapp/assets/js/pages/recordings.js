// The recordings and snapshots page: the storage figures, and the media the filters select (kept in
// the URL's query, so a filtered view can be bookmarked), newest first, a page at a time by cursor.
import { getJson } from '../api.js';
import { startPage } from '../layout.js';
import { badge, element, labelled, replaceChildren, showError } from '../dom.js';
import { formatBytes, formatDateTime, formatNumber } from '../format.js';

const PAGE_SIZE = 25;
const RANGES = [['', 'Any time'], ['1', 'Last hour'], ['24', 'Last 24 hours'], ['168', 'Last 7 days'],
  ['720', 'Last 30 days'], ['custom', 'From … to …']];
const TYPES = [['', 'Any type'], ['on_demand', 'On demand'], ['automatic', 'Automatic'], ['motion', 'Motion'],
  ['emergency', 'Emergency']];
const KINDS = { recordings: { id: 'recording_id', label: 'Recordings' }, snapshots: { id: 'snapshot_id', label: 'Snapshots' } };

const form = document.getElementById('filters');
const rows = document.getElementById('media-rows');
const more = document.getElementById('more');
const count = document.getElementById('media-count');
let current;
let nextCursor = null;
let shown = 0;

/** The filters as the URL holds them: the API's parameter names, plus kind, range and confidence in percent. */
function filtersFromUrl() {
  const query = new URLSearchParams(location.search);
  return {
    kind: query.get('kind') === 'snapshots' ? 'snapshots' : 'recordings',
    camera_id: query.get('camera_id') || '',
    recording_type: query.get('recording_type') || '',
    emergency_only: query.get('emergency_only') === 'true',
    unusual_only: query.get('unusual_only') === 'true',
    analysis_type: query.get('analysis_type') || '',
    min_confidence: query.get('min_confidence') || '',
    range: query.get('range') || '',
    since: query.get('since') || '',
    until: query.get('until') || '',
  };
}

function filtersFromForm() {
  const data = new FormData(form);
  const text = name => (data.get(name) || '').trim();
  return {
    kind: text('kind') || 'recordings', camera_id: text('camera_id'), recording_type: text('recording_type'),
    emergency_only: data.has('emergency_only'), unusual_only: data.has('unusual_only'),
    analysis_type: text('analysis_type'), min_confidence: text('min_confidence'), range: text('range'),
    since: text('since'), until: text('until'),
  };
}

function urlQuery(filters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    const kept = name === 'kind' ? value !== 'recordings' : value !== '' && value !== false;
    if (kept && (filters.range === 'custom' || (name !== 'since' && name !== 'until'))) {
      query.set(name, String(value));
    }
  }
  return query;
}

/** The API's query for the filters: only what the kind of media takes. */
function apiQuery(filters, cursor) {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), with_ai_analysis: 'true' });
  const put = (name, value) => value !== '' && value !== false && query.set(name, String(value));
  put('camera_id', filters.camera_id);
  put('analysis_type', filters.analysis_type);
  put('min_confidence', filters.min_confidence === '' ? '' : Number(filters.min_confidence) / 100);
  if (filters.kind === 'recordings') {
    put('recording_type', filters.recording_type);
    put('emergency_only', filters.emergency_only);
    put('unusual_only', filters.unusual_only);
  }
  if (filters.range === 'custom') {
    put('since', filters.since && new Date(filters.since).toISOString());
    put('until', filters.until && new Date(filters.until).toISOString());
  } else {
    put('hours', filters.range);
  }
  if (cursor) {
    query.set('cursor', cursor);
  }
  return query;
}

function select(name, choices, value) {
  return element('select', { name, id: `filter-${name}` },
    choices.map(([option, label]) => element('option', { value: option, selected: option === value }, label)));
}

function drawForm(filters, cameras) {
  const recordings = filters.kind === 'recordings';
  const custom = filters.range === 'custom';
  const cameraChoices = [['', 'All cameras'], ...cameras.map(camera => [camera, camera])];
  if (filters.camera_id && !cameras.includes(filters.camera_id)) {
    cameraChoices.push([filters.camera_id, filters.camera_id]);
  }
  replaceChildren(form,
    labelled('Show', select('kind', Object.entries(KINDS).map(([kind, { label }]) => [kind, label]), filters.kind)),
    labelled('Camera', select('camera_id', cameraChoices, filters.camera_id)),
    recordings ? labelled('Type', select('recording_type', TYPES, filters.recording_type)) : null,
    recordings ? element('label', {}, 'Emergency only',
      element('input', { type: 'checkbox', name: 'emergency_only', id: 'filter-emergency_only', checked: filters.emergency_only })) : null,
    recordings ? element('label', {}, 'Unusual only',
      element('input', { type: 'checkbox', name: 'unusual_only', id: 'filter-unusual_only', checked: filters.unusual_only })) : null,
    labelled('AI label', element('input', { name: 'analysis_type', id: 'filter-analysis_type', value: filters.analysis_type,
      placeholder: 'person', size: 10 })),
    labelled('Min. confidence (%)', element('input', { type: 'number', name: 'min_confidence', id: 'filter-min_confidence',
      min: 0, max: 100, step: 1, value: filters.min_confidence, size: 5 })),
    labelled('Time', select('range', RANGES, filters.range)),
    custom ? labelled('From', element('input', { type: 'datetime-local', name: 'since', id: 'filter-since', value: filters.since })) : null,
    custom ? labelled('To', element('input', { type: 'datetime-local', name: 'until', id: 'filter-until', value: filters.until })) : null,
    element('button', { type: 'submit', class: 'primary', id: 'apply' }, 'Apply'));
}

function head(kind) {
  const columns = kind === 'recordings'
    ? ['Time', 'Camera', 'AI analyses', 'Type', 'Flags', 'Duration', 'Size', 'File']
    : ['Time', 'Camera', 'AI analyses', 'Size', 'File'];
  const numeric = ['Duration', 'Size'];
  replaceChildren(document.querySelector('#media thead'),
    element('tr', {}, columns.map(column => element('th', { class: numeric.includes(column) ? 'number' : null }, column))));
}

function analysisTags(analyses = []) {
  return analyses.map(analysis => element('span', { class: 'tag', title: formatDateTime(analysis.detected_at) },
    `${analysis.analysis_type} ${formatNumber(analysis.confidence * 100, '%', 0)}`));
}

function fileName(path) {
  return element('span', { title: path }, path.substring(path.lastIndexOf('/') + 1));
}

function row(kind, medium) {
  const id = medium[KINDS[kind].id];
  const common = [element('td', {}, formatDateTime(medium.timestamp)), element('td', {}, medium.camera_id),
    element('td', {}, analysisTags(medium.ai_analysis))];
  const size = element('td', { class: 'number' }, formatBytes(medium.file_size_bytes));
  const file = element('td', {}, fileName(medium.file_path));
  if (kind === 'snapshots') {
    return element('tr', { dataset: { id } }, common, size, file);
  }
  const flags = [medium.is_emergency ? badge('critical', 'emergency') : null, medium.is_unusual ? badge('warning', 'unusual') : null];
  return element('tr', { dataset: { id } }, common, element('td', {}, medium.recording_type.replace('_', ' ')),
    element('td', {}, flags), element('td', { class: 'number' }, formatNumber(medium.duration_seconds, 's', 0)), size, file);
}

async function loadPage(filters, cursor) {
  const answer = await getJson(`/api/${filters.kind}?${apiQuery(filters, cursor)}`);
  const media = answer[filters.kind];
  if (!cursor) {
    head(filters.kind);
    rows.replaceChildren();
    shown = 0;
  }
  rows.append(...media.map(medium => row(filters.kind, medium)));
  shown += media.length;
  nextCursor = answer.next_cursor;
  more.hidden = !nextCursor;
  count.textContent = answer.total === 0 ? `No ${filters.kind} match.` : `Showing ${shown} of ${answer.total} ${filters.kind}, newest first.`;
}

function figure(title, value, note) {
  return element('div', { class: 'card' }, element('h3', {}, title), element('div', { class: 'figure' }, value),
    note ? element('div', { class: 'muted' }, note) : null);
}

function drawStorage(stats) {
  replaceChildren(document.getElementById('storage'),
    figure('Recordings', formatNumber(stats.total_recordings, '', 0), `${formatNumber(stats.today_recordings, '', 0)} today`),
    figure('Snapshots', formatNumber(stats.total_snapshots, '', 0)),
    figure('Stored', formatBytes(stats.total_size_bytes), `${formatNumber(stats.total_size_gb, 'GiB', 3)}`),
    figure('Emergency', formatNumber(stats.emergency_recordings, '', 0), `${formatNumber(stats.unusual_recordings, '', 0)} unusual`));
  const number = value => element('td', { class: 'number' }, formatNumber(value, '', 0));
  replaceChildren(document.querySelector('#cameras tbody'), stats.cameras.map(camera => element('tr', { dataset: { camera: camera.camera_id } },
    element('td', {}, camera.camera_id), number(camera.recordings), number(camera.today_recordings),
    number(camera.emergency_recordings), number(camera.unusual_recordings), number(camera.snapshots),
    element('td', { class: 'number' }, formatBytes(camera.size_bytes)))));
  document.getElementById('cameras-details').open = stats.cameras.length <= 8;
}

async function show(filters, cameras) {
  current = filters;
  drawForm(filters, cameras);
  document.getElementById('status').textContent = '';
  await loadPage(filters);
}

async function start() {
  await startPage();
  const stats = await getJson('/api/storage/stats');
  drawStorage(stats);
  const cameras = stats.cameras.map(camera => camera.camera_id);
  const apply = () => {
    const filters = filtersFromForm();
    history.replaceState(null, '', `${location.pathname}?${urlQuery(filters)}`);
    show(filters, cameras).catch(error => showError(error));
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('change', event => {
    if (event.target.tagName === 'SELECT' || event.target.type === 'checkbox') {
      apply();
    }
  });
  more.addEventListener('click', () => loadPage(current, nextCursor).catch(error => showError(error)));
  await show(filtersFromUrl(), cameras);
}

start().catch(error => showError(error));
