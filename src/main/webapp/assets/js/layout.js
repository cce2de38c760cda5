// The frame every page shares: the navigation, who is signed in, and sign-out.
import { currentSession, signOut } from './api.js';
import { element, replaceChildren, showError } from './dom.js';
import { formatTime } from './format.js';

const PAGES = [
  ['/', 'Home'],
  ['/energy', 'Energy'],
  ['/weather', 'Weather'],
  ['/recordings', 'Recordings'],
  ['/devices', 'Devices'],
  ['/jobs', 'Jobs'],
  ['/health-dashboard', 'Health'],
];

/** Draws the frame and answers the session: {user, role, signed_in, csrf_token}. */
export async function startPage() {
  const session = await currentSession();
  const links = PAGES.map(([path, label]) =>
    element('a', { href: path, 'aria-current': location.pathname === path ? 'page' : null }, label));
  const account = session.signed_in
    ? [element('span', { class: 'user', id: 'user' }, `${session.user} (${session.role})`),
       element('button', { type: 'button', id: 'sign-out', onclick: signOut }, 'Sign out')]
    : [element('a', { href: '/sign-in?next=' + encodeURIComponent(location.pathname), id: 'sign-in' }, 'Sign in')];
  replaceChildren(document.getElementById('top'),
    element('a', { class: 'brand', href: '/' }, 'MyHomeControl'),
    element('nav', { 'aria-label': 'Pages' }, links),
    element('div', { class: 'account' }, account));
  return session;
}

/** Whether the session may do what only admins may (the server checks again). */
export function isAdmin(session) {
  return session.role === 'admin';
}

/** Runs `load` now and every `milliseconds` after, saying in #status when it last succeeded or why it failed. */
export function refreshEvery(milliseconds, load) {
  const status = document.getElementById('status');
  const run = async () => {
    try {
      await load();
      status.textContent = `Updated ${formatTime(new Date())}, refreshed every ${milliseconds / 1000} s.`;
      status.className = 'status muted';
    } catch (error) {
      showError(error);
    }
  };
  run();
  setInterval(run, milliseconds);
}

/** Whether the session may do what operators and admins may, such as polling a device now (the server checks again). */
export function isOperator(session) {
  return session.role === 'operator' || session.role === 'admin';
}
