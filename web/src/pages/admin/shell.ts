// What every administration page shares: breadcrumbs, the heading, the success message carried over from the page
// that saved, and loading with its designed states. Each page draws its h1 at once (the router focuses it), then
// fills the rest when the API answers.

import { ApiError } from '../../api/client';
import { failedState, forbiddenState, loadingState } from '../../components/page-states';
import { element, link, pageHeading, serviceName } from '../../dom';
import { adminPaths } from '../../domain/admin-routes';

export interface AdminContext {
  main: HTMLElement;
  url: URL;
  /** Aborted when the person navigates elsewhere, so a late answer never draws over the next page. */
  signal: AbortSignal;
}

export interface Crumb {
  href: string;
  text: string;
}

export interface Layout {
  heading: HTMLHeadingElement;
  body: HTMLElement;
  /** Changes the h1 and the window title together (an edit page learns the thing's name once it has loaded). */
  retitle(text: string): void;
  /**
   * Removes the success message carried over from the last page, once something newer has happened on this one
   * (closing the review just started): a page must not say "started" beside "now closed".
   */
  clearSuccess(): void;
}

// A success message waiting for the next page: set just before navigating away from a form that saved.
let flash: string | null = null;

export function setFlash(message: string): void {
  flash = message;
}

const titleFor = (text: string) => `${text} – Administration – ${serviceName}`;

/** Draws the breadcrumbs, the h1 and an empty body; shows (and focuses) a success message left by the last page. */
export function layout(ctx: AdminContext, title: string, crumbs: readonly Crumb[]): Layout {
  document.title = titleFor(title);
  const heading = pageHeading(title);
  const body = element('div', 'admin-body');
  const parts: HTMLElement[] = [];
  if (crumbs.length > 0) parts.push(breadcrumbs(crumbs));
  parts.push(heading);
  let banner: HTMLElement | null = null;
  if (flash) {
    banner = successBanner(flash);
    parts.push(banner);
    flash = null;
  }
  parts.push(body);
  ctx.main.replaceChildren(...parts);
  return {
    heading,
    body,
    retitle(text: string) {
      heading.textContent = text;
      document.title = titleFor(text);
    },
    clearSuccess() {
      banner?.remove();
      banner = null;
    },
  };
}

/** The crumbs above every page but the index, so a person always sees where they are and can go up a level. */
export function crumbsTo(...more: Crumb[]): Crumb[] {
  return [{ href: adminPaths.index(), text: 'Administration' }, ...more];
}

function breadcrumbs(crumbs: readonly Crumb[]): HTMLElement {
  const nav = element('nav', 'breadcrumbs');
  nav.setAttribute('aria-label', 'Breadcrumb');
  const list = element('ol', 'breadcrumbs__list');
  for (const crumb of crumbs) {
    const item = element('li', 'breadcrumbs__item');
    item.append(link(crumb.href, crumb.text));
    list.append(item);
  }
  nav.append(list);
  return nav;
}

/**
 * "Account created" after a save: a status region (a live region, so it is announced), focused once the router has
 * focused the h1, as GOV.UK's success banner is, so the person hears it first and Tab continues from there.
 */
function successBanner(message: string): HTMLElement {
  const banner = element('div', 'success-banner');
  banner.setAttribute('role', 'status');
  banner.tabIndex = -1;
  banner.append(element('p', 'success-banner__text', message));
  // After the router's synchronous focus on the h1.
  queueMicrotask(() => {
    if (banner.isConnected) banner.focus();
  });
  return banner;
}

/**
 * Loads what a page shows into `body`: "Loading …", then `draw`, or the designed state for the failure. A 403 is the
 * administration pages' forbidden state whichever call met it; a 404 says `notFound` and calls `onNotFound` (which
 * usually retitles the page "No such …").
 */
export async function load<T>(
  ctx: AdminContext,
  body: HTMLElement,
  what: string,
  loading: Promise<T>,
  draw: (data: T) => void,
  notFound = 'There is nothing at this address. It may have been deleted, or the link may be wrong.',
  onNotFound?: () => void,
): Promise<void> {
  body.replaceChildren(loadingState(`Loading ${what}…`));
  try {
    const data = await loading;
    if (ctx.signal.aborted) return;
    body.replaceChildren();
    draw(data);
  } catch (error) {
    if (ctx.signal.aborted) return;
    if (error instanceof ApiError && error.status === 403) {
      body.replaceChildren(forbiddenState('the administration pages'));
      return;
    }
    if (error instanceof ApiError && error.status === 404) onNotFound?.();
    body.replaceChildren(failedState(error, what, ctx.url.pathname + ctx.url.search, notFound));
  }
}

/** A link styled as a button, for "Create an account" and the like (it goes to a page; it changes nothing). */
export function buttonLink(href: string, text: string, secondary = false): HTMLAnchorElement {
  // Still a link to screen readers and keyboards: it navigates, so Enter follows it as any link.
  return link(href, text, secondary ? 'button button--secondary' : 'button');
}

/** "Change<hidden> Jo Bloggs’s account</hidden>": short to look at, unambiguous to a screen reader's list of links. */
export function actionLink(href: string, visible: string, hidden: string): HTMLAnchorElement {
  const a = link(href, visible);
  a.append(element('span', 'visually-hidden', ` ${hidden}`));
  return a;
}

/** A table in its own named, focusable scrolling region, so it reflows at 320 px (WCAG 1.4.10) like the plans table. */
export function adminTable(caption: string, headings: readonly string[], rows: readonly HTMLTableRowElement[], tableClass = 'table admin-table'): HTMLElement {
  const table = element('table', tableClass);
  const cap = element('caption', 'admin-table__caption', caption);
  table.append(cap);
  const head = element('thead');
  const headRow = element('tr');
  for (const text of headings) {
    const th = element('th', undefined, text);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody');
  body.append(...rows);
  table.append(head, body);
  const region = element('div', 'table-scroll admin-table-scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', caption);
  region.tabIndex = 0;
  region.append(table);
  return region;
}

/** A cell of a row. */
export function cell(...content: (string | Node)[]): HTMLTableCellElement {
  const td = element('td');
  td.append(...content);
  return td;
}

/** The row's header cell (the thing the row is about). */
export function rowHeader(...content: (string | Node)[]): HTMLTableCellElement {
  const th = element('th');
  th.scope = 'row';
  th.append(...content);
  return th;
}

/** The actions cell: links (and buttons) in a list, so they wrap neatly. */
export function actionsCell(...actions: HTMLElement[]): HTMLTableCellElement {
  const list = element('ul', 'admin-actions');
  for (const action of actions) {
    const item = element('li');
    item.append(action);
    list.append(item);
  }
  return cell(list);
}

/** A tag carrying its word (colour only repeats it). */
export function tag(text: string, modifier?: string): HTMLElement {
  return element('strong', modifier ? `tag tag--${modifier}` : 'tag', text);
}
