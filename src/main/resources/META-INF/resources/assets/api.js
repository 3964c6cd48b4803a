// Calls to the Precis HTTP API. Paths are relative to the page, so the page keeps working when
// the service runs under a root path.

/** An answer other than 2xx, or no answer at all, with the problem document to show. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title);
    this.status = status;
    this.problem = problem;
  }
}

const FALLBACK_DETAILS = {
  0: 'The service could not be reached. Check that it is running, then try again.',
  413: 'The article is larger than the service accepts.',
  415: 'The service does not accept this kind of content.',
};

export function apiUrl(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  return url;
}

export function getJson(path, params) {
  return send(apiUrl(path, params), { method: 'GET' });
}

export function postJson(path, body) {
  return send(apiUrl(path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json, application/problem+json', ...(init.headers || {}) },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { title: 'No answer', status: 0, detail: FALLBACK_DETAILS[0] });
  }
  const body = await readJson(response);
  if (!response.ok) {
    throw new ApiError(response.status, problemOf(response, body));
  }
  return { status: response.status, body };
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    return await response.json();
  } catch {
    return null;
  }
}

// A bare error (the HTTP server's own 413, a proxy's 502) still gets a readable problem.
function problemOf(response, body) {
  const status = response.status;
  const problem = body && typeof body === 'object' ? body : {};
  let fallback = FALLBACK_DETAILS[status];
  if (!fallback) {
    fallback = status >= 500
      ? 'The service failed to answer the request. Try again later.'
      : 'The service rejected the request.';
  }
  return {
    title: typeof problem.title === 'string' ? problem.title : (response.statusText || 'Error'),
    status,
    detail: typeof problem.detail === 'string' && problem.detail ? problem.detail : fallback,
    errors: Array.isArray(problem.errors) ? problem.errors : [],
  };
}
