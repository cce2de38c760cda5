// The sign-in form goes back to the page that sent the user here, and says why it came back.
const query = new URLSearchParams(location.search);
document.getElementById('next').value = query.get('next') || '/';
const problem = query.has('failed') ? 'The user name or password is wrong.'
  : query.has('throttled') ? 'Too many wrong passwords from this address: try again in a quarter of an hour.' : null;
if (problem) {
  const status = document.getElementById('status');
  status.textContent = problem;
  status.className = 'status error';
}
