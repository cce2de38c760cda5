// The pages' access to the REST API: JSON in and out, the session's CSRF token on every write,
// problem details turned into errors that name what went wrong, and sign-in when the session ends.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

let session;

/** Who is signed in: {user, role, signed_in, csrf_token}; fetched once per page. */
export function currentSession() {
  session ??= request('GET', '/api/session');
  return session;
}

export function getJson(path) {
  return request('GET', path);
}

export async function send(method, path, body) {
  const { csrf_token: token } = await currentSession();
  return request(method, path, body, token);
}

export async function signOut() {
  const { csrf_token: token } = await currentSession();
  await fetch('/sign-out', { method: 'POST', headers: headers(token), credentials: 'same-origin' });
  location.assign('/sign-in');
}

export function toSignIn() {
  location.assign('/sign-in?next=' + encodeURIComponent(location.pathname + location.search));
}

async function request(method, path, body, csrfToken) {
  const init = { method, headers: headers(csrfToken), credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    toSignIn();
  }
  const type = response.headers.get('Content-Type') || '';
  const answer = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, answer);
  }
  return answer;
}

function headers(csrfToken) {
  const result = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  if (csrfToken) {
    result['X-CSRF-Token'] = csrfToken;
  }
  return result;
}
