// What the return pages share: the way back, the heading, loading with its designed states, and tables of rows.

import { ApiError } from '../../api/client';
import { adminTable } from '../admin/shell';
import { failedState, loadingState } from '../../components/page-states';
import { element, link, pageHeading, serviceName } from '../../dom';

export interface ReturnContext {
  main: HTMLElement;
  url: URL;
  /** Aborted when the person navigates elsewhere, so a late answer never draws over the next page. */
  signal: AbortSignal;
  /** The router had focused the loading page's heading: focus this page's, so screen readers announce it. */
  focusHeading: boolean;
}

export interface ReturnLayout {
  heading: HTMLHeadingElement;
  body: HTMLElement;
  retitle(text: string): void;
}

const titleFor = (text: string) => `${text} – Monthly return – ${serviceName}`;

/** The way back to My actions, the h1 and an empty body. */
export function layout(ctx: ReturnContext, title: string): ReturnLayout {
  document.title = titleFor(title);
  const back = element('p', 'back');
  back.append(link('/my-actions', 'Back to My actions'));
  const heading = pageHeading(title);
  const body = element('div', 'return-page');
  ctx.main.replaceChildren(back, heading, body);
  if (ctx.focusHeading) heading.focus();
  return {
    heading,
    body,
    retitle(text: string) {
      heading.textContent = text;
      document.title = titleFor(text);
    },
  };
}

/** Loads what a page shows into `body`: "Loading …", then `draw`, or the designed state for the failure. */
export async function load<T>(ctx: ReturnContext, page: ReturnLayout, what: string, loading: Promise<T>, draw: (data: T) => void, notFound: string): Promise<void> {
  page.body.replaceChildren(loadingState(`Loading ${what}…`));
  try {
    const data = await loading;
    if (ctx.signal.aborted) return;
    page.body.replaceChildren();
    draw(data);
  } catch (error) {
    if (ctx.signal.aborted) return;
    if (error instanceof ApiError && error.status === 404) page.retitle('Not found');
    page.body.replaceChildren(failedState(error, what, ctx.url.pathname + ctx.url.search, notFound));
  }
}

/**
 * A part of the page under its h2. Not a named region: its table is one already (adminTable), under the same words,
 * and two landmarks of one name would only repeat themselves in a screen reader's list.
 */
export function section(id: string, title: string, ...content: HTMLElement[]): HTMLElement {
  const box = element('section', 'return-section');
  const h2 = element('h2', 'return-section__heading', title);
  h2.id = id;
  box.append(h2, ...content);
  return box;
}

/** Lines of words in one cell, each its own line (a level, then the update, its date, the evidence). */
export function lines(texts: readonly string[]): HTMLElement {
  const list = element('ul', 'return-lines');
  for (const text of texts) list.append(element('li', undefined, text));
  return list;
}

/**
 * A table of rows in its own named scrolling region (adminTable), its caption hidden from the eye only: the h2 above
 * says the same words on screen, and the caption keeps the table named for screen readers' table lists.
 */
export function rowsTable(caption: string, headings: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  const region = adminTable(caption, headings, rows);
  region.querySelector('caption')?.classList.add('visually-hidden');
  return region;
}
