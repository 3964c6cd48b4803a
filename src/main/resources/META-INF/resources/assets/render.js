// Building blocks of the page. Everything that comes from an article or from the API is put into
// the page as text nodes (textContent), never parsed as HTML, so markup in an article shows as
// characters.

/** A new element with optional class, text and attributes; children are appended in order. */
export function el(tag, options = {}, ...children) {
  const node = document.createElement(tag);
  if (options.className) {
    node.className = options.className;
  }
  if (options.text !== undefined && options.text !== null) {
    node.textContent = String(options.text);
  }
  for (const [name, value] of Object.entries(options.attrs || {})) {
    node.setAttribute(name, String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function formatScore(score) {
  return typeof score === 'number' ? score.toFixed(3) : '?';
}

/**
 * Writes the article into the container with each chosen sentence in a focusable mark. The API
 * gives each sentence's start and end as offsets into the text it was sent; sentences that do not
 * fit the text are left unmarked rather than guessed.
 */
export function renderArticle(container, text, sentences) {
  container.replaceChildren();
  const chosen = (sentences || [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const ranks = rankByScore(chosen);
  let position = 0;
  for (const sentence of chosen) {
    if (sentence.start < position) {
      continue;
    }
    container.append(document.createTextNode(text.slice(position, sentence.start)));
    const rank = ranks.get(sentence);
    const description = `Score ${formatScore(sentence.score)}, rank ${rank} of ${chosen.length}`;
    container.append(el('mark', {
      className: 'chosen',
      attrs: {
        tabindex: 0,
        'data-index': sentence.index,
        'data-score': formatScore(sentence.score),
        'data-tip': description,
      },
    }, el('span', { className: 'sentence', text: text.slice(sentence.start, sentence.end) }),
    el('span', { className: 'visually-hidden', text: ` (${description})` })));
    position = sentence.end;
  }
  container.append(document.createTextNode(text.slice(position)));
}

function rankByScore(sentences) {
  const ordered = [...sentences].sort((a, b) => (b.score - a.score) || (a.index - b.index));
  return new Map(ordered.map((sentence, i) => [sentence, i + 1]));
}

export function renderKeywords(list, keywords) {
  list.replaceChildren(...(keywords || []).map((keyword) => el('li', {},
    el('span', { className: 'word', text: keyword.word }),
    el('span', { className: 'visually-hidden', text: ', weight ' }),
    el('span', { className: 'weight', text: formatScore(keyword.weight) }))));
  if (!list.children.length) {
    list.append(el('li', { className: 'none', text: 'No keywords were asked for.' }));
  }
}

/** Rows of a definition list: [label, value] pairs, values as text. */
export function renderFacts(list, rows) {
  list.replaceChildren();
  for (const [label, value] of rows) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    list.append(el('div', {}, el('dt', { text: label }), el('dd', { text: value })));
  }
}

/** A time as a <time> element in a medium date and short time; the value as it is if it is no time. */
export function timeElement(iso) {
  if (!iso) {
    return document.createTextNode('at an unknown time');
  }
  const date = new Date(iso);
  const shown = Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return el('time', { text: shown, attrs: { datetime: iso } });
}

export function languageName(code) {
  if (!code) {
    return null;
  }
  try {
    const name = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/**
 * Fields of an answer that the page has no special place for, as readable rows: a newer service
 * can report more about an article (how it cleaned it, whether it detected the language) and the
 * page shows it without a change.
 */
export function extraFacts(answer, known) {
  const rows = [];
  for (const [name, value] of Object.entries(answer || {})) {
    if (known.includes(name)) {
      continue;
    }
    if (isScalar(value)) {
      rows.push([humanize(name), formatValue(value)]);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [part, partValue] of Object.entries(value)) {
        if (isScalar(partValue)) {
          rows.push([`${humanize(name)}: ${humanize(part).toLowerCase()}`, formatValue(partValue)]);
        }
      }
    }
  }
  return rows;
}

function isScalar(value) {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

function formatValue(value) {
  if (typeof value === 'boolean') {
    return value ? 'yes' : 'no';
  }
  if (typeof value === 'number') {
    return value.toLocaleString('en');
  }
  return value;
}

function humanize(name) {
  const words = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Shows an API problem: its title and detail, and each invalid field, linked to the control it
 * belongs to and repeated under that control. `fields` maps API field names to control ids.
 */
export function showProblem(box, error, fields = {}) {
  const problem = error.problem || { title: 'Error', detail: String(error.message || error) };
  const heading = problem.status ? `${problem.title} (${problem.status})` : problem.title;
  const items = (problem.errors || []).map((fieldError) => {
    const controlId = fields[fieldError.field];
    const name = el(controlId ? 'a' : 'span', { className: 'field-name', text: fieldError.field, attrs: controlId ? { href: `#${controlId}` } : {} });
    if (controlId) {
      markInvalid(controlId, fieldError.message);
      name.addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById(controlId).focus();
      });
    }
    return el('li', {}, name, document.createTextNode(`: ${fieldError.message}`));
  });
  box.replaceChildren(
    el('p', { className: 'problem-title', text: heading }),
    el('p', { className: 'problem-detail', text: problem.detail }),
    items.length ? el('ul', { className: 'problem-fields' }, ...items) : null);
  box.hidden = false;
}

export function clearProblem(box, form) {
  box.hidden = true;
  box.replaceChildren();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }
  for (const message of form.querySelectorAll('.field-error')) {
    message.hidden = true;
    message.textContent = '';
  }
}

function markInvalid(controlId, message) {
  const control = document.getElementById(controlId);
  const errorText = document.getElementById(`${controlId}-error`);
  if (control) {
    control.setAttribute('aria-invalid', 'true');
  }
  if (errorText) {
    errorText.textContent = message;
    errorText.hidden = false;
  }
}

/**
 * One tooltip for every chosen sentence on the page: it follows the pointer and the keyboard
 * focus, and Escape hides it. Screen readers get the score from the text inside each mark.
 */
export function initScoreTip() {
  const tip = document.getElementById('score-tip');
  let anchor = null;

  const show = (mark) => {
    anchor = mark;
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    place(tip, mark);
  };
  const hide = () => {
    anchor = null;
    tip.hidden = true;
  };

  document.addEventListener('focusin', (event) => {
    const mark = event.target.closest && event.target.closest('mark.chosen');
    if (mark) {
      show(mark);
    } else if (anchor) {
      hide();
    }
  });
  document.addEventListener('focusout', (event) => {
    if (event.target === anchor) {
      hide();
    }
  });
  document.addEventListener('mouseover', (event) => {
    const mark = event.target.closest && event.target.closest('mark.chosen');
    if (mark) {
      show(mark);
    }
  });
  document.addEventListener('mouseout', (event) => {
    const mark = event.target.closest && event.target.closest('mark.chosen');
    if (mark && !mark.contains(event.relatedTarget) && document.activeElement !== mark) {
      hide();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && anchor) {
      hide();
    }
  });
  window.addEventListener('resize', () => anchor && place(tip, anchor));
}

// Above the first line of the sentence, kept inside the viewport's width; below it when there is
// no room above.
function place(tip, mark) {
  const line = mark.getClientRects()[0] || mark.getBoundingClientRect();
  const margin = 8;
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const viewport = document.documentElement.clientWidth;
  const left = Math.max(margin, Math.min(line.left, viewport - width - margin));
  const above = line.top - height - 6;
  const top = above >= margin ? above : line.bottom + 6;
  tip.style.left = `${Math.round(left + window.scrollX)}px`;
  tip.style.top = `${Math.round(top + window.scrollY)}px`;
}
