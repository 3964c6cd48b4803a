// Entry point of the page: three views, chosen by the address's fragment (#summarize, #articles, #stories),
// so the browser's back button and bookmarks work.
import { initArticles } from './articles.js';
import { initScoreTip } from './render.js';
import { initStories } from './stories.js';
import { initSummarize } from './summarize.js';

const VIEWS = ['summarize', 'articles', 'stories'];

initScoreTip();
initSummarize();
const articles = initArticles();
const stories = initStories();

function currentView() {
  const name = window.location.hash.slice(1);
  return VIEWS.includes(name) ? name : 'summarize';
}

function show(name, moveFocus) {
  for (const view of VIEWS) {
    document.getElementById(`${view}-view`).hidden = view !== name;
    const link = document.getElementById(`nav-${view}`);
    if (view === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  if (name === 'articles') {
    articles.refresh();
  }
  if (name === 'stories') {
    stories.refresh();
  }
  if (moveFocus) {
    document.getElementById(`${name}-heading`).focus();
  }
}

// other fragments (the skip link's #main) move within the view shown
window.addEventListener('hashchange', () => {
  if (VIEWS.includes(window.location.hash.slice(1))) {
    show(currentView(), true);
  }
});
show(currentView(), false);
