// The stored-articles view: pages of articles, newest first, following the API's `next` cursors.
import { getJson } from './api.js';
import {
  clearProblem, el, formatScore, languageName, renderArticle, showProblem,
} from './render.js';

export function initArticles() {
  const form = document.getElementById('articles-form');
  const problemBox = document.getElementById('articles-problem');
  const status = document.getElementById('articles-status');
  const list = document.getElementById('article-list');
  const previous = document.getElementById('previous-page');
  const next = document.getElementById('next-page');
  const pageNumber = document.getElementById('page-number');

  // the cursor of each page seen so far; the first page has none
  let cursors = [null];
  let page = 0;
  let nextCursor = null;
  let loading = false;
  let loads = 0;

  const load = async (wanted, cursor) => {
    if (loading) {
      return;
    }
    loading = true;
    list.setAttribute('aria-busy', 'true');
    clearProblem(problemBox, form);
    status.textContent = 'Loading…';
    try {
      const { body } = await getJson('api/v1/articles', {
        limit: form.elements.limit.value,
        source: form.elements.source.value.trim(),
        cursor,
      });
      page = wanted;
      cursors = cursors.slice(0, page + 1);
      cursors[page] = cursor;
      nextCursor = body.next || null;
      list.replaceChildren(...body.items.map(renderItem));
      pageNumber.textContent = `Page ${page + 1}`;
      status.textContent = body.items.length
        ? `Page ${page + 1}: ${body.items.length} ${body.items.length === 1 ? 'article' : 'articles'}${nextCursor ? ', more on the next page' : ', the last page'}.`
        : emptyMessage(page, form.elements.source.value.trim());
    } catch (error) {
      status.textContent = '';
      showProblem(problemBox, error, { source: 'filter-source', limit: 'page-size' });
      problemBox.focus();
    } finally {
      loading = false;
      list.removeAttribute('aria-busy');
      // how many answers this list has shown: lets a watcher tell a new page from the old one
      list.dataset.loads = String(++loads);
      previous.disabled = page === 0;
      next.disabled = nextCursor === null;
      keepFocusOnPager(previous, next);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cursors = [null];
    load(0, null);
  });
  next.addEventListener('click', () => {
    if (nextCursor) {
      cursors[page + 1] = nextCursor;
      load(page + 1, nextCursor);
    }
  });
  previous.addEventListener('click', () => {
    if (page > 0) {
      load(page - 1, cursors[page - 1]);
    }
  });

  return {
    /** Called each time the view is shown: the current page again, as articles may have been stored since. */
    refresh() {
      load(page, cursors[page]);
    },
  };
}

function emptyMessage(page, source) {
  if (page > 0) {
    return 'No more articles.';
  }
  return source
    ? `No articles from the source “${source}”.`
    : 'No articles stored yet. Store one from the Summarize view.';
}

// A pager button that has just turned itself off would drop the keyboard focus to the start of
// the page: the focus moves to the other button, or to the view's heading.
function keepFocusOnPager(previous, next) {
  const focused = document.activeElement;
  if (focused !== previous && focused !== next) {
    return;
  }
  if (!focused.disabled) {
    return;
  }
  const other = focused === next ? previous : next;
  (other.disabled ? document.getElementById('articles-heading') : other).focus();
}

function renderItem(article) {
  const summary = article.summary || { sentences: [], keywords: [] };
  const headingId = `article-${article.id}-title`;
  const meta = el('p', { className: 'meta' },
    document.createTextNode(`Article ${article.id}`),
    article.source ? document.createTextNode(` · ${article.source}`) : null,
    document.createTextNode(' · stored '),
    timeElement(article.createdAt),
    article.publishedAt ? document.createTextNode(' · published ') : null,
    article.publishedAt ? timeElement(article.publishedAt) : null,
    article.language ? document.createTextNode(` · ${languageName(article.language)}`) : null,
    summary.algorithm ? document.createTextNode(` · ${summary.algorithm}`) : null);

  const text = el('div', { className: 'article' });
  const whole = el('details', {},
    el('summary', { text: 'Whole article, summary sentences highlighted' }),
    text);
  // lists leave the texts out (they can be 200,000 characters each): the text is read from the
  // article's own URL the first time it is opened, with the summary that belongs to it
  let read = false;
  whole.addEventListener('toggle', () => {
    if (whole.open && !read) {
      read = true;
      showText(text, article.id).catch(() => { read = false; });
    }
  });

  const keywords = (summary.keywords || []).map((k) => `${k.word} (${formatScore(k.weight)})`).join(', ');

  return el('li', { attrs: { 'data-id': article.id } },
    el('article', { className: 'panel stored', attrs: { 'aria-labelledby': headingId } },
      el('h2', { text: article.title || 'Untitled article', attrs: { id: headingId } }),
      meta,
      el('p', { className: 'summary', text: summary.summary }),
      keywords ? el('p', { className: 'meta' }, el('span', { className: 'label', text: 'Keywords: ' }), document.createTextNode(keywords)) : null,
      whole));
}

async function showText(container, id) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(document.createTextNode('Loading the article…'));
  try {
    const { body } = await getJson(`api/v1/articles/${encodeURIComponent(id)}`);
    renderArticle(container, body.text || '', (body.summary && body.summary.sentences) || []);
  } catch (error) {
    container.replaceChildren(document.createTextNode(`The article could not be loaded (${error.message}). Close and open it again to retry.`));
    throw error;
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function timeElement(iso) {
  if (!iso) {
    return document.createTextNode('at an unknown time');
  }
  const date = new Date(iso);
  const shown = Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return el('time', { text: shown, attrs: { datetime: iso } });
}
