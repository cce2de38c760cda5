// What a page shows, kept in its address: a reload or a shared link opens the same view.

export function queryValue(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Replaces the named query parameters (null removes one) without a new history entry. */
export function setQueryValues(values) {
  const query = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) {
      query.delete(name);
    } else {
      query.set(name, value);
    }
  }
  history.replaceState(null, '', `${location.pathname}?${query}`);
}
