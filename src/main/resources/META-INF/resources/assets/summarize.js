// The summarize view: the form, the call to the API, and the answer.
import { postJson } from './api.js';
import {
  clearProblem, el, extraFacts, languageName, renderArticle, renderFacts, renderKeywords, showProblem,
} from './render.js';

// API field names and the controls they come from, to point at the control of an invalid field.
const FIELD_CONTROLS = {
  text: 'text',
  html: 'text',
  title: 'title',
  sentences: 'sentences',
  algorithm: 'algorithm',
  keywords: 'keywords',
  avoidQuotes: 'avoid-quotes',
  avoidQuestions: 'avoid-questions',
  source: 'source',
};

// as in precis.css: below this width the form and the answer stack
const ONE_COLUMN = '(max-width: 63.99rem)';

// Fields of a summary with a place of their own on the page; any others are listed under Details.
const SHOWN_FIELDS = ['sentences', 'summary', 'algorithm', 'language', 'stats', 'keywords', 'text'];

export function initSummarize() {
  const form = document.getElementById('summarize-form');
  const problemBox = document.getElementById('summarize-problem');
  const status = document.getElementById('summarize-status');
  const result = document.getElementById('result');
  const storeButton = document.getElementById('store-button');
  let busy = false;

  const run = async (action) => {
    if (busy) {
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    clearProblem(problemBox, form);
    try {
      await action();
    } catch (error) {
      status.textContent = '';
      showProblem(problemBox, error, FIELD_CONTROLS);
      problemBox.focus();
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(async () => {
      const request = readRequest(form);
      result.hidden = true;
      status.textContent = 'Summarizing…';
      const started = performance.now();
      const { body } = await postJson('api/v1/summaries', request.body);
      const took = Math.round(performance.now() - started);
      showSummary(body, request, took);
      result.hidden = false;
      status.textContent = `Summarized in ${took} ms: ${body.sentences.length} of ${body.stats.sentenceCount} sentences chosen.`;
      // in one column the answer is below the form, out of sight
      if (window.matchMedia(ONE_COLUMN).matches) {
        status.scrollIntoView({ block: 'start' });
      }
    });
  });

  storeButton.addEventListener('click', () => {
    run(async () => {
      const request = readRequest(form);
      const source = form.elements.source.value.trim();
      status.textContent = 'Storing…';
      const { status: code, body } = await postJson('api/v1/articles', { ...request.body, ...(source ? { source } : {}) });
      status.replaceChildren(
        document.createTextNode(code === 201
          ? `Stored as article ${body.id}. `
          : `This text was already stored, as article ${body.id}; nothing new was stored. `),
        el('a', { text: 'See the stored articles', attrs: { href: '#articles' } }));
    });
  });
}

/** The request body from the form; numbers the browser cannot read are sent as typed, for the API to name. */
function readRequest(form) {
  const fields = form.elements;
  const format = fields.format ? fields.format.value : 'text';
  const pasted = fields.text.value;
  const body = format === 'html' ? { html: pasted } : { text: pasted };
  const title = fields.title.value.trim();
  if (title) {
    body.title = title;
  }
  const sentences = numberOf(fields.sentences);
  if (sentences !== undefined) {
    body.sentences = sentences;
  }
  const keywords = numberOf(fields.keywords);
  if (keywords !== undefined) {
    body.keywords = keywords;
  }
  body.algorithm = fields.algorithm.value;
  if (fields.avoidQuotes.checked) {
    body.avoidQuotes = true;
  }
  if (fields.avoidQuestions.checked) {
    body.avoidQuestions = true;
  }
  return { body, format, pasted };
}

function numberOf(input) {
  if (input.validity.badInput) {
    return input.value || 'not a number';
  }
  const value = input.value.trim();
  if (value === '') {
    return undefined;
  }
  const number = Number(value);
  return Number.isInteger(number) ? number : value;
}

function showSummary(answer, request, took) {
  document.getElementById('summary-text').textContent = answer.summary;

  const stats = answer.stats || {};
  renderFacts(document.getElementById('facts'), [
    ['Algorithm', answer.algorithm],
    ['Language', languageName(answer.language)],
    ['Sentences in the article', stats.sentenceCount],
    ['Words in the article', stats.wordCount],
    ['Time taken (round trip)', `${took} ms`],
    ...extraFacts(answer, SHOWN_FIELDS),
    ...extraFacts(stats, ['sentenceCount', 'wordCount']),
  ]);

  renderKeywords(document.getElementById('keyword-list'), answer.keywords);

  // offsets are into the text the service summarized: the pasted text, or the text it took out
  // of pasted HTML when it returns that
  const articleView = document.getElementById('article-view');
  const text = typeof answer.text === 'string' ? answer.text : (request.format === 'text' ? request.pasted : null);
  if (text !== null) {
    renderArticle(articleView, text, answer.sentences);
    return;
  }
  // without that text, the chosen sentences are shown on their own, a paragraph each
  let joined = '';
  const placed = [];
  for (const sentence of answer.sentences) {
    joined += joined ? '\n\n' : '';
    placed.push({ ...sentence, start: joined.length, end: joined.length + sentence.text.length });
    joined += sentence.text;
  }
  renderArticle(articleView, joined, placed);
}
