// Building elements without innerHTML, so that no value from the API can become markup.

/** element('td', {class: 'x', dataset: {id: 1}}, 'text', child) */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  node.append(...children.flat().filter(child => child !== null && child !== undefined).map(child =>
    child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren(...children.flat().filter(child => child !== null && child !== undefined));
}

/** A message in the page's status line: what failed, in words. */
export function showError(error, where = document.getElementById('status')) {
  console.warn(error);
  if (where) {
    where.textContent = error.message || String(error);
    where.className = 'status error';
  }
}

/** A form control with its label above it, as `.controls` lays them out. */
export function labelled(text, control) {
  return element('label', {}, text, control);
}

/** A status badge: its class is the status in lower case, which app.css colours. */
export function badge(status, text = status, id = null) {
  return element('span', { class: `badge ${String(status).toLowerCase()}`, id }, text);
}

/** A list of [term, value] pairs as a <dl> of that class; pairs without a value are left out. */
export function facts(pairs, className = 'facts') {
  return element('dl', { class: className }, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .flatMap(([term, value]) => [element('dt', {}, term), element('dd', {}, value)]));
}
