// The devices page: each polled device's state, the Netatmo account's modules, a poll on demand for
// operators, and for admins the plugs' configuration (add, change, remove).
import { getJson, send } from '../api.js';
import { isAdmin, isOperator, startPage } from '../layout.js';
import { badge, element, facts, labelled, replaceChildren, showError } from '../dom.js';
import { formatAge, formatDateTime, formatNumber, formatTime } from '../format.js';

const REFRESH_MS = 10_000;
const STATUS_TEXT = { auth_failed: 'sign-in refused', rate_limited: 'rate limited' };

let session;
let configuration;

function when(value) {
  return value ? element('span', { title: formatDateTime(value) }, formatAge(value)) : 'never';
}

function problems(device) {
  const listed = device.problems.map(problem => element('li', {}, problem));
  return listed.length ? element('ul', { class: 'problems' }, listed) : null;
}

function card(device) {
  const title = device.nickname && device.nickname !== device.device_id
    ? [device.nickname, ' ', element('span', { class: 'muted' }, device.device_id)] : device.device_id;
  const model = [device.model, device.hardware_version && `hw ${device.hardware_version}`].filter(Boolean).join(', ');
  return element('article', { class: 'card device', dataset: { device: device.device_id } },
    element('h3', {}, title, ' ', badge(device.status, STATUS_TEXT[device.status] || device.status)),
    facts([
      ['Kind', device.kind === 'netatmo' ? 'Netatmo account' : 'Tapo P115 plug'],
      ['Protocol', device.protocol.replace('_', ' ')],
      ['Model', model],
      ['Firmware', device.firmware_version],
      ['Last reading', when(device.last_success)],
      ['Next poll', device.next_poll ? formatTime(device.next_poll) : null],
      ['Readings', element('span', { class: 'readings' }, formatNumber(device.readings_stored, '', 0))],
      ['Measures', device.measures?.length ? device.measures.join(', ') : null],
      ['Last error', device.last_error],
    ]),
    problems(device),
    isOperator(session) ? element('div', { class: 'actions' },
      element('button', { type: 'button', class: 'poll', onclick: event => poll(device.device_id, event.target) }, 'Poll now')) : null);
}

async function poll(deviceId, button) {
  button.disabled = true;
  try {
    const device = await send('POST', `/api/devices/${encodeURIComponent(deviceId)}/poll`);
    document.querySelector(`[data-device="${CSS.escape(deviceId)}"]`)?.replaceWith(card(device));
    const status = document.getElementById('status');
    status.className = 'status';
    status.textContent = `${deviceId} polled at ${formatTime(new Date().toISOString())}: ${device.status}`;
  } catch (error) {
    showError(error);
    button.disabled = false;
  }
}

function drawModules(devices) {
  const modules = devices.filter(device => device.kind === 'netatmo').flatMap(device => device.modules);
  document.getElementById('netatmo').hidden = modules.length === 0;
  replaceChildren(document.querySelector('#modules tbody'), modules.map(module => element('tr', { dataset: { module: module.module_id } },
    element('td', {}, module.module_name || module.module_id),
    element('td', {}, module.module_type),
    element('td', {}, module.netatmo_type),
    element('td', {}, module.online ? badge('online') : badge('offline', module.reachable ? 'not reporting' : 'unreachable')),
    element('td', { class: 'number' }, module.battery_percent === null ? 'mains' : formatNumber(module.battery_percent, '%', 0)),
    element('td', {}, when(module.last_seen)))));
}

async function loadDevices() {
  const devices = await getJson('/api/devices');
  document.getElementById('emulated-note').hidden = !devices.some(device => device.emulated);
  replaceChildren(document.getElementById('devices'), devices.length ? devices.map(card)
    : element('p', { class: 'muted' }, 'No device is polled.'));
  drawModules(devices);
}

function refreshDevices() {
  setTimeout(() => loadDevices().catch(error => showError(error)).finally(refreshDevices), REFRESH_MS);
}

/** Marks the form's controls a refusal names, and shows its detail beside the form. */
function showRefusal(error, form, where) {
  showError(error, where);
  const named = new Set((error.problem?.errors || []).map(refusal => refusal.field.replace(/^tapo_plugs\[\d+\]\./, '')));
  form.querySelectorAll('input').forEach(input => input.setAttribute('aria-invalid', String(named.has(input.name))));
}

function clearProblem(where) {
  where.textContent = '';
  where.className = 'status';
}

/** A whole number as a number; anything else as typed, for the server to refuse naming the field. */
function seconds(text) {
  return /^\d+$/.test(text.trim()) ? Number(text) : text;
}

async function changed(action, form, where) {
  clearProblem(where);
  try {
    configuration = await action() ?? await getJson('/api/devices/config');
    drawConfiguration();
    await loadDevices();
    return true;
  } catch (error) {
    showRefusal(error, form, where);
    return false;
  }
}

function plugRow(plug, index) {
  const row = element('tr', { dataset: { plug: plug.device_id } });
  const host = element('input', { name: 'host', value: plug.host, 'aria-label': `Host of ${plug.device_id}`, size: 18 });
  const interval = element('input', { name: 'poll_seconds', value: plug.poll_seconds, 'aria-label': `Poll interval of ${plug.device_id}`,
    inputmode: 'numeric', size: 6 });
  const problem = document.getElementById('config-problem');
  const save = () => {
    const plugs = configuration.tapo_plugs.map((other, at) => at === index
      ? { ...other, host: host.value.trim(), poll_seconds: seconds(interval.value) } : other);
    return changed(() => send('PUT', '/api/devices/config', { ...configuration, tapo_plugs: plugs }), row, problem);
  };
  const remove = () => {
    if (confirm(`Stop polling ${plug.device_id} and remove it from the devices file? Its readings stay.`)) {
      changed(() => send('DELETE', `/api/devices/${encodeURIComponent(plug.device_id)}`), row, problem);
    }
  };
  row.append(element('td', {}, plug.device_id), element('td', {}, host), element('td', {}, interval),
    element('td', { class: 'actions' }, element('button', { type: 'button', class: 'save', onclick: save }, 'Save'),
      element('button', { type: 'button', class: 'remove', onclick: remove }, 'Remove')));
  return row;
}

function drawConfiguration() {
  const plugs = configuration.tapo_plugs.map(plugRow);
  replaceChildren(document.querySelector('#plugs tbody'), plugs.length ? plugs
    : element('tr', {}, element('td', { colspan: 4, class: 'muted' }, 'No plug is configured.')));
}

function drawAddForm() {
  const form = document.getElementById('add-plug');
  const problem = document.getElementById('add-problem');
  replaceChildren(form,
    labelled('Device id', element('input', { name: 'device_id', id: 'plug-device_id', required: true, placeholder: 'kitchen' })),
    labelled('Host', element('input', { name: 'host', id: 'plug-host', required: true, placeholder: '192.168.1.20' })),
    labelled('Poll every (s)', element('input', { name: 'poll_seconds', id: 'plug-poll_seconds', value: 60, inputmode: 'numeric', size: 6 })),
    element('button', { type: 'submit', class: 'primary', id: 'plug-add' }, 'Add plug'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData(form);
    const plug = { device_id: data.get('device_id').trim(), host: data.get('host').trim(), poll_seconds: seconds(data.get('poll_seconds')) };
    if (await changed(() => send('POST', '/api/devices/plugs', plug), form, problem)) {
      form.reset();
    }
  });
}

async function start() {
  session = await startPage();
  await loadDevices();
  refreshDevices();
  if (isAdmin(session)) {
    configuration = await getJson('/api/devices/config');
    document.getElementById('configuration').hidden = false;
    drawConfiguration();
    drawAddForm();
  }
}

start().catch(error => showError(error));
