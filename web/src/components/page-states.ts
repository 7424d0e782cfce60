// The designed states every page shares: loading, empty, "sign in to see this", not found, and failed. Pages say
// what they were loading ("the action plan"), so the words fit; the boxes and their roles are the same everywhere.

import { ApiError } from '../api/client';
import { element, link, paragraph } from '../dom';
import { signInPath } from '../domain/routes';

/** "Loading …" in a status region, so a screen reader hears it without losing its place. */
export function loadingState(text: string): HTMLElement {
  const loading = paragraph(text, 'loading-state');
  loading.setAttribute('role', 'status');
  return loading;
}

/** Nothing to show yet: what is missing, why, and (optionally) the way to fill it. */
export function emptyState(title: string, detail?: string, action?: { href: string; text: string }): HTMLElement {
  const box = element('div', 'empty-state');
  box.append(paragraph(title, 'empty-state__title'));
  if (detail) box.append(paragraph(detail));
  if (action) {
    const p = element('p');
    p.append(link(action.href, action.text));
    box.append(p);
  }
  return box;
}

/** Reading needs an account; not an error, so it is said calmly with the way forward back to `path`. */
export function signInState(path: string, what: string): HTMLElement {
  return emptyState(`You need to sign in to see ${what}.`, undefined, { href: signInPath(path), text: `Sign in to see ${what}` });
}

/** The signed-in account's role does not allow this page (the API's 403). */
export function forbiddenState(what: string): HTMLElement {
  return emptyState(`Your account cannot see ${what}.`, 'Ask the service’s administrator if you need it.', { href: '/', text: 'Go to the plans' });
}

/** An address naming something that is not there (the API's 404). */
export function notFoundState(message: string): HTMLElement {
  return emptyState(message, undefined, { href: '/', text: 'Go to the plans' });
}

/**
 * A failure, announced at once (role="alert"), with what the server said and what to do. `what` completes
 * "Sorry, … could not be loaded"; `headingLevel` keeps the page's heading outline in order.
 */
export function errorState(error: unknown, what: string, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const box = element('div', 'error-state');
  box.setAttribute('role', 'alert');
  const detail =
    error instanceof ApiError
      ? `The server answered ${error.status}${error.problem?.title ? ` (${error.problem.title})` : ''}.`
      : 'The server could not be reached.';
  box.append(
    element(headingLevel, 'error-state__title', `Sorry, ${what} could not be loaded`),
    paragraph(detail),
    paragraph('Try again later. If it keeps happening, tell the service’s administrator.'),
  );
  return box;
}

/** The state for a failed load: sign in on 401, not allowed on 403, `notFound` on 404, otherwise the error. */
export function failedState(error: unknown, what: string, path: string, notFound: string, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  if (error instanceof ApiError && error.status === 401) return signInState(path, what);
  if (error instanceof ApiError && error.status === 403) return forbiddenState(what);
  if (error instanceof ApiError && error.status === 404) return notFoundState(notFound);
  return errorState(error, what, headingLevel);
}
