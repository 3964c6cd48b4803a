// The stored-articles view: pages of articles, newest first, following the API's `next` cursors.
import { getJson } from './api.js';
import { initPager } from './pager.js';
import {
  el, formatScore, languageName, renderArticle, timeElement,
} from './render.js';

export function initArticles() {
  return initPager({
    ids: {
      form: 'articles-form',
      problem: 'articles-problem',
      status: 'articles-status',
      list: 'article-list',
      previous: 'previous-page',
      next: 'next-page',
      pageNumber: 'page-number',
    },
    endpoint: 'api/v1/articles',
    query: (form) => ({
      limit: form.elements.limit.value,
      source: form.elements.source.value.trim(),
    }),
    renderItem,
    noun: { one: 'article', many: 'articles' },
    empty: (page, form) => emptyMessage(page, form.elements.source.value.trim()),
    problemFields: { source: 'filter-source', limit: 'page-size' },
    heading: 'articles-heading',
  });
}

function emptyMessage(page, source) {
  if (page > 0) {
    return 'No more articles.';
  }
  return source
    ? `No articles from the source “${source}”.`
    : 'No articles stored yet. Store one from the Summarize view.';
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
