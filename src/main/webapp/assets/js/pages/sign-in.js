// The sign-in form goes back to the page that sent the user here, and says why it came back.
const query = new URLSearchParams(location.search);
document.getElementById('next').value = query.get('next') || '/';
if (query.has('failed')) {
  const status = document.getElementById('status');
  status.textContent = 'The user name or password is wrong.';
  status.className = 'status error';
}
