// The keyset paging of a list view: the filter form starts again from the first page, the pager
// follows the API's `next` cursors forward and the cursors seen so far back; one load at a time.
import { getJson } from './api.js';
import { clearProblem, showProblem } from './render.js';

/**
 * Pages a list of the API into a view made of a filter form, a problem box, a status line, the
 * list and its previous/next buttons with a page number; the elements are named by their ids.
 * What differs between lists is passed in: the endpoint and the query the form makes of it, how
 * an item is shown, the words of the status line, and which form field each problem field names.
 * With `heading`, a pager button that turns itself off hands the keyboard focus on rather than
 * drop it to the start of the page.
 */
export function initPager({
  ids, endpoint, query, renderItem, noun, empty, problemFields, heading,
}) {
  const form = document.getElementById(ids.form);
  const problemBox = document.getElementById(ids.problem);
  const status = document.getElementById(ids.status);
  const list = document.getElementById(ids.list);
  const previous = document.getElementById(ids.previous);
  const next = document.getElementById(ids.next);
  const pageNumber = document.getElementById(ids.pageNumber);

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
      const { body } = await getJson(endpoint, { ...query(form), cursor });
      page = wanted;
      cursors = cursors.slice(0, page + 1);
      cursors[page] = cursor;
      nextCursor = body.next || null;
      list.replaceChildren(...body.items.map(renderItem));
      pageNumber.textContent = `Page ${page + 1}`;
      status.textContent = body.items.length
        ? `Page ${page + 1}: ${body.items.length} ${body.items.length === 1 ? noun.one : noun.many}${nextCursor ? ', more on the next page' : ', the last page'}.`
        : empty(page, form);
    } catch (error) {
      status.textContent = '';
      showProblem(problemBox, error, problemFields);
      problemBox.focus();
    } finally {
      loading = false;
      list.removeAttribute('aria-busy');
      // how many answers this list has shown: lets a watcher tell a new page from the old one
      list.dataset.loads = String(++loads);
      previous.disabled = page === 0;
      next.disabled = nextCursor === null;
      if (heading) {
        keepFocusOnPager(previous, next, heading);
      }
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
    /** The current page again: called each time the view is shown, as the list may have changed since. */
    refresh() {
      load(page, cursors[page]);
    },
  };
}

// A pager button that has just turned itself off would drop the keyboard focus to the start of
// the page: the focus moves to the other button, or to the view's heading.
function keepFocusOnPager(previous, next, heading) {
  const focused = document.activeElement;
  if (focused !== previous && focused !== next) {
    return;
  }
  if (!focused.disabled) {
    return;
  }
  const other = focused === next ? previous : next;
  (other.disabled ? document.getElementById(heading) : other).focus();
}
