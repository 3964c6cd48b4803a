// The stories view: pages of stories (the stored articles grouped by the event they report),
// newest first by their latest article; a story opened shows its summary, each sentence linked to
// the article it comes from, and its articles.
import { getJson } from './api.js';
import { initPager } from './pager.js';
import { el, languageName, timeElement } from './render.js';

// stories change with every store: the view reads its current page again each time it is shown
export function initStories() {
  return initPager({
    ids: {
      form: 'stories-form',
      problem: 'stories-problem',
      status: 'stories-status',
      list: 'story-list',
      previous: 'stories-previous',
      next: 'stories-next',
      pageNumber: 'stories-page-number',
    },
    endpoint: 'api/v1/stories',
    query: (form) => ({
      limit: form.elements.limit.value,
      q: form.elements.q.value.trim(),
    }),
    renderItem: renderStory,
    noun: { one: 'story', many: 'stories' },
    empty: (page) => (page > 0 ? 'No more stories.' : 'No stories yet: every stored article starts one or joins one.'),
    problemFields: { q: 'filter-words', limit: 'stories-page-size' },
  });
}

function renderStory(story) {
  const headingId = `story-${story.id}-title`;
  const size = `${story.size} ${story.size === 1 ? 'article' : 'articles'}`;
  const meta = el('p', { className: 'meta' },
    document.createTextNode(`Story ${story.id} · ${size}`),
    story.sources && story.sources.length ? document.createTextNode(` · ${story.sources.join(', ')}`) : null,
    story.language ? document.createTextNode(` · ${languageName(story.language)}`) : null,
    document.createTextNode(' · '),
    timeElement(story.firstAt),
    story.latestAt !== story.firstAt ? document.createTextNode(' to ') : null,
    story.latestAt !== story.firstAt ? timeElement(story.latestAt) : null);

  const body = el('div', { className: 'story-body' });
  const details = el('details', {}, el('summary', { text: 'Summary and articles' }), body);
  let read = false;
  details.addEventListener('toggle', () => {
    if (details.open && !read) {
      read = true;
      showStory(body, story.id).catch(() => { read = false; });
    }
  });

  return el('li', { attrs: { 'data-id': story.id } },
    el('article', { className: 'panel stored', attrs: { 'aria-labelledby': headingId } },
      el('h2', { text: story.headline || 'Untitled story', attrs: { id: headingId } }),
      meta,
      details));
}

/** The story's summary and articles, read when the story is first opened. */
async function showStory(container, id) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(document.createTextNode('Loading the story…'));
  try {
    const [detail, summary] = await Promise.all([
      getJson(`api/v1/stories/${encodeURIComponent(id)}`),
      getJson(`api/v1/stories/${encodeURIComponent(id)}/summary`),
    ]);
    const articles = detail.body.articles || [];
    const titles = new Map(articles.map((a) => [a.id, a.title || `Article ${a.id}`]));
    const anchor = (articleId) => `story-${id}-article-${articleId}`;
    const sentences = (summary.body.sentences || []).map((s) => el('li', { attrs: { 'data-article': s.articleId } },
      el('span', { className: 'sentence', text: s.text }),
      document.createTextNode(' '),
      titles.has(s.articleId)
        ? el('a', { className: 'source-link', text: titles.get(s.articleId), attrs: { href: `#${anchor(s.articleId)}` } })
        : el('span', { className: 'source-link', text: `Article ${s.articleId}` })));
    const listed = articles.map((a) => el('li', { attrs: { id: anchor(a.id), 'data-id': a.id, tabindex: '-1' } },
      el('span', { className: 'story-article-title', text: a.title || `Article ${a.id}` }),
      el('span', { className: 'meta' },
        document.createTextNode(` · article ${a.id}`),
        a.source ? document.createTextNode(` · ${a.source}`) : null,
        document.createTextNode(' · '),
        timeElement(a.publishedAt || a.createdAt),
        a.copyOf ? document.createTextNode(` · near copy of article ${a.copyOf}`) : null)));
    container.replaceChildren(
      el('h3', { text: 'Summary' }),
      el('p', { className: 'hint', text: `From ${summary.body.articles} of its articles; each sentence links to the article it comes from.` }),
      el('ol', { className: 'story-summary' }, ...sentences),
      el('h3', { text: detail.body.size > articles.length ? `Its ${articles.length} newest articles` : 'Its articles' }),
      el('ol', { className: 'story-articles' }, ...listed));
  } catch (error) {
    container.replaceChildren(document.createTextNode(`The story could not be loaded (${error.message}). Close and open it again to retry.`));
    throw error;
  } finally {
    container.removeAttribute('aria-busy');
  }
}
