// The JSON API as the pages call it: same origin, problem+json errors turned into Error(detail), the instructor's
// API key kept for this tab only (sessionStorage) and sent as a Bearer token.
const KEY = "casemark-api-key";

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

export function signIn(key) {
  sessionStorage.setItem(KEY, key.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** fetch() with the key (when signed in) and JSON; resolves to the Response, rejects with ApiError on 4xx/5xx. */
export async function call(path, { method = "GET", json, form, accept, auth = false } = {}) {
  const headers = {};
  if (auth) headers.Authorization = "Bearer " + (apiKey() || "");
  if (accept) headers.Accept = accept;
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  const res = await fetch(path, { method, headers, body });
  if (!res.ok) {
    let detail = res.status + " " + res.statusText;
    try {
      const problem = await res.json();
      detail = problem.detail || problem.title || detail;
    } catch (e) {
      // not problem+json: keep the status line
    }
    throw new ApiError(res.status, detail);
  }
  return res;
}

export async function getJson(path, options) {
  return (await call(path, options)).json();
}

/** Shows an error in an element as text (never as markup). */
export function showError(el, error) {
  el.textContent = error instanceof Error ? error.message : String(error);
  el.hidden = false;
}

/** Creates an element with text content and attributes; children are appended as given. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k === "className") e.className = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Waits for the grader: the rubric list answers 503 until CoreNLP is loaded. */
export async function rubrics(onWait) {
  for (let i = 0; ; i++) {
    try {
      return (await getJson("/v1/rubrics")).rubrics;
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 503 || i > 120) throw e;
      if (onWait) onWait();
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
