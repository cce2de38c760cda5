// The maintenance jobs page: each batch job's schedule, newest run and progress, refreshed often
// while a job runs; admins start a job with the parameters it takes; the backup sets below.
import { getJson, send } from '../api.js';
import { isAdmin, startPage } from '../layout.js';
import { badge, element, facts, labelled, replaceChildren, showError } from '../dom.js';
import { formatAge, formatBytes, formatDateTime, formatNumber } from '../format.js';

const RUNNING_REFRESH_MS = 2_000;
const IDLE_REFRESH_MS = 15_000;
const RUNNING = ['STARTING', 'STARTED', 'STOPPING'];
/** The jobs that replace what the platform holds ask before they start. */
const ASK_FIRST = {
  restore: 'Restore replaces the stores with the backup set. Start it?',
  migrate: 'Migrate backs up, then changes the stores\' schemas. Start it?',
};

let session;
let refresh;
/** What an admin typed into the start forms, kept across redraws. */
const typed = {};
/** The refusal of an admin's last start of a job, shown until a start of it succeeds. */
const refused = {};

function schedule(job) {
  if (job.schedule_problem) {
    return [badge('failed', 'not scheduled'), ' ', job.schedule_problem];
  }
  if (!job.schedule) {
    return 'on demand only';
  }
  if (job.schedule === 'off') {
    return ['off ', element('span', { class: 'muted' }, `(${job.schedule_setting})`)];
  }
  return [element('code', {}, job.schedule), ' ', element('span', { class: 'muted' }, `${job.schedule_time_zone}, ${job.schedule_setting}`)];
}

function progress(run) {
  if (!run?.progress) {
    return null;
  }
  const { step, done, planned } = run.progress;
  const bar = planned ? element('progress', { max: planned, value: done }) : element('progress', {});
  return element('div', { class: 'progress' }, bar, ' ',
    element('span', { class: 'muted' }, `${step}: ${formatNumber(done, '', 0)}${planned ? ` of ${formatNumber(planned, '', 0)}` : ''}`));
}

function lastRun(run) {
  if (!run) {
    return 'never (since the job repository began)';
  }
  const given = Object.entries(run.parameters || {}).map(([name, value]) => `${name}=${value}`).join(', ');
  return element('span', { class: 'run' },
    badge(run.status), ' ', element('span', { title: formatDateTime(run.started) }, `run #${run.execution_id}, ${formatAge(run.started)}`),
    run.ended ? element('div', { class: 'muted' }, `ended ${formatDateTime(run.ended)}`) : null,
    run.exit_status && run.exit_status !== run.status ? element('div', { class: 'exit-status' }, run.exit_status) : null,
    given ? element('div', { class: 'muted' }, `with ${given}`) : null);
}

function startForm(job) {
  const values = typed[job.name] ??= {};
  const problem = element('p', { class: refused[job.name] ? 'status error' : 'status', id: `problem-${job.name}`, role: 'alert' },
    refused[job.name]);
  const fields = job.parameter_names.map(name => labelled(name, element('input', { name, value: values[name] ?? '', placeholder: 'default',
    size: 12, oninput: event => { values[name] = event.target.value; } })));
  const form = element('form', { class: 'controls run-now', dataset: { job: job.name } },
    fields.length ? element('details', {}, element('summary', {}, 'Parameters'), element('div', { class: 'controls' }, fields)) : null,
    element('button', { type: 'submit', class: 'primary', id: `run-${job.name}` }, 'Run now'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (ASK_FIRST[job.name] && !confirm(ASK_FIRST[job.name])) {
      return;
    }
    const entries = [...new FormData(form)];
    entries.forEach(([name, value]) => { values[name] = value; });
    const parameters = Object.fromEntries(entries.map(([name, value]) => [name, value.trim()]).filter(([, value]) => value));
    try {
      const run = await send('POST', `/api/maintenance/jobs/${encodeURIComponent(job.name)}`, parameters);
      const status = document.getElementById('status');
      status.className = 'status';
      status.textContent = `${job.name} started as run #${run.execution_id}.`;
      typed[job.name] = {};
      delete refused[job.name];
      await load();
    } catch (error) {
      refused[job.name] = error.message;
      showError(error, document.getElementById(`problem-${job.name}`));
    }
  });
  return [form, problem];
}

function card(job) {
  return element('article', { class: 'card job', id: `job-${job.name}`,
    dataset: { status: job.last_run?.status || 'NONE', run: job.last_run?.execution_id ?? '' } },
    element('h3', {}, job.name),
    facts([
      ['Schedule', schedule(job)],
      ['Next run', job.next_run ? formatDateTime(job.next_run) : '–'],
      ['Last run', lastRun(job.last_run)],
    ]),
    progress(job.last_run),
    isAdmin(session) ? startForm(job) : null);
}

function parts(set) {
  return Object.entries(set.parts || {}).map(([part, outcome]) =>
    element('span', { class: 'tag', title: outcome }, `${part}: ${outcome}`));
}

function verification(set) {
  const check = set.verification;
  if (!check) {
    return element('span', { class: 'muted' }, 'not checked');
  }
  return [check.passed ? badge('completed', 'passed') : badge('failed', 'failed'), ' ',
    element('span', { class: 'muted', title: formatDateTime(check.checked_at) }, formatAge(check.checked_at)),
    check.problem ? element('div', {}, check.problem) : null];
}

function drawBackups(sets) {
  document.getElementById('backups-count').textContent = sets.length
    ? `${sets.length} set${sets.length === 1 ? '' : 's'} in the backup folder, newest first.` : 'No backup set yet.';
  document.getElementById('backups').closest('.table-wrap').hidden = sets.length === 0;
  replaceChildren(document.querySelector('#backups tbody'), sets.map(set => element('tr', { dataset: { set: set.name } },
    element('td', { title: set.path }, set.name),
    element('td', {}, formatDateTime(set.started)),
    element('td', { class: 'number' }, formatBytes(set.size_bytes)),
    element('td', {}, `time series v${set.timeseries_schema_version}`,
      set.media_schema_version ? `, media v${set.media_schema_version}` : ''),
    element('td', {}, parts(set)),
    element('td', {}, verification(set)))));
}

/** Draws the jobs again, keeping an open parameters form open and the focus where it was. */
function drawJobs(jobs) {
  const container = document.getElementById('jobs');
  const open = new Set([...container.querySelectorAll('details[open]')].map(details => details.closest('.job').id));
  const focused = document.activeElement?.closest?.('.job') ? [document.activeElement.closest('.job').id, document.activeElement.name] : null;
  replaceChildren(container, jobs.map(card));
  open.forEach(id => document.querySelector(`#${id} details`)?.setAttribute('open', ''));
  if (focused) {
    document.querySelector(`#${focused[0]} [name="${focused[1]}"]`)?.focus();
  }
}

async function load() {
  clearTimeout(refresh);
  try {
    const [jobs, sets] = await Promise.all([getJson('/api/maintenance/jobs'), getJson('/api/maintenance/backups')]);
    drawJobs(jobs);
    drawBackups(sets);
    const running = jobs.some(job => RUNNING.includes(job.last_run?.status));
    refresh = setTimeout(load, running ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS);
  } catch (error) {
    showError(error);
    refresh = setTimeout(load, IDLE_REFRESH_MS);
  }
}

async function start() {
  session = await startPage();
  await load();
}

start().catch(error => showError(error));
