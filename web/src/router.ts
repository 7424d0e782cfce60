// A tiny router on the History API: the address says which page is showing, links between pages do not reload, and
// the back and forward buttons work. Which page an address means is decided in domain/routes.ts.

import { pageFor, type PageName } from './domain/routes';

export type RenderPage = (page: PageName, url: URL) => void;

let render: RenderPage = () => {};

/** Draws the page for the current address and from then on for every navigation. */
export function startRouter(renderPage: RenderPage): void {
  render = renderPage;
  window.addEventListener('popstate', () => show(true));
  document.addEventListener('click', followLink);
  show(false);
}

/** Goes to `path` (a path with its query) inside the app; `replace` leaves no history entry for the page left behind. */
export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  show(true);
}

function show(moveFocus: boolean): void {
  const url = new URL(location.href);
  render(pageFor(url.pathname), url);
  // On a new page, focus its heading so screen readers announce it and Tab starts from the top of the content,
  // as after a full page load. The first load leaves focus alone, so the skip link stays the first Tab stop.
  if (moveFocus) document.querySelector<HTMLElement>('main h1')?.focus();
}

/**
 * Scrolls to the element the address's fragment names and focuses it (making a heading focusable from script), so a
 * link such as "See the list" lands there and keyboard and screen reader users with it. Pages that draw their content
 * after it has loaded call this once it is drawn: the browser's own jump happened before the target existed.
 * Returns whether there was such an element.
 */
export function revealFragmentTarget(): boolean {
  const id = decodeFragment(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (!target) return false;
  if (!target.matches('a[href], button, input, select, textarea, summary, [tabindex]')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function followLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
  // A link within the page ("See the list", the skip link) is not a navigation: left to the browser, its popstate
  // would draw the page again, reloading its data and losing the place. The address takes the fragment (so it can be
  // shared, and Back returns), and the target is brought into view and focused.
  const href = anchor.getAttribute('href');
  if (href?.startsWith('#')) {
    event.preventDefault();
    if (href !== location.hash) history.pushState(null, '', location.pathname + location.search + href);
    revealFragmentTarget();
    return;
  }
  // Only the app's own pages: /swagger, /api and anything unknown load from the server as usual.
  if (pageFor(anchor.pathname) === 'notFound') return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
