// What the board's pages share: the back link and heading, the success message carried over from the form that saved,
// and loading with its designed states.

import { ApiError, type Session } from '../../api/client';
import { failedState, forbiddenState, loadingState } from '../../components/page-states';
import { element, link, pageHeading, serviceName } from '../../dom';

export interface BoardContext {
  main: HTMLElement;
  url: URL;
  /** Aborted when the person navigates elsewhere, so a late answer never draws over the next page. */
  signal: AbortSignal;
  session: Session;
  /** The router focused the loader's heading: the page's own heading takes it over. */
  focusHeading: boolean;
}

export interface Layout {
  heading: HTMLHeadingElement;
  body: HTMLElement;
  retitle(text: string): void;
}

// A success message waiting for the next page: set just before navigating away from a form that saved.
let flash: string | null = null;

export function setFlash(message: string): void {
  flash = message;
}

/** The back link, the h1 and an empty body; shows (and focuses) a success message left by the last page. */
export function layout(ctx: BoardContext, title: string, back: { href: string; text: string } | null): Layout {
  document.title = `${title} – ${serviceName}`;
  const heading = pageHeading(title);
  const body = element('div', 'board-page');
  const parts: HTMLElement[] = [];
  if (back) {
    const p = element('p', 'back');
    p.append(link(back.href, back.text));
    parts.push(p);
  }
  parts.push(heading);
  let banner: HTMLElement | null = null;
  if (flash) {
    banner = successBanner(flash);
    parts.push(banner);
    flash = null;
  }
  parts.push(body);
  ctx.main.replaceChildren(...parts);
  if (banner) banner.focus();
  else if (ctx.focusHeading) heading.focus();
  return {
    heading,
    body,
    retitle(text: string) {
      heading.textContent = text;
      document.title = `${text} – ${serviceName}`;
    },
  };
}

/**
 * A success message in a status region, focused (GOV.UK's success banner), so the person hears it first and Tab goes on
 * to the links in it. `links` are the ways on from here.
 */
export function successBanner(message: string, links: readonly { href: string; text: string }[] = []): HTMLElement {
  const banner = statusSlot();
  showSuccess(banner, message, links);
  return banner;
}

/** An empty status region, in the page from the start so that what is written into it later is announced. */
export function statusSlot(): HTMLElement {
  const slot = element('div', 'board-page__status');
  slot.setAttribute('role', 'status');
  slot.tabIndex = -1;
  return slot;
}

/** Writes a success message (and the ways on) into a status region made by statusSlot. */
export function showSuccess(slot: HTMLElement, message: string, links: readonly { href: string; text: string }[] = []): void {
  slot.classList.add('success-banner');
  const parts: HTMLElement[] = [element('p', 'success-banner__text', message)];
  if (links.length > 0) {
    const list = element('ul', 'board-page__links');
    for (const l of links) {
      const li = element('li');
      li.append(link(l.href, l.text));
      list.append(li);
    }
    parts.push(list);
  }
  slot.replaceChildren(...parts);
}

/** Loads what a page shows into `body`: "Loading …", then `draw`, or the designed state for the failure. */
export async function load<T>(ctx: BoardContext, body: HTMLElement, what: string, loading: Promise<T>, draw: (data: T) => void | Promise<void>,
  notFound = 'There is nothing at this address. It may have been deleted, or the link may be wrong.'): Promise<void> {
  body.replaceChildren(loadingState(`Loading ${what}…`));
  try {
    const data = await loading;
    if (ctx.signal.aborted) return;
    body.replaceChildren();
    await draw(data);
  } catch (error) {
    if (ctx.signal.aborted) return;
    if (error instanceof ApiError && error.status === 403) {
      body.replaceChildren(forbiddenState(what));
      return;
    }
    body.replaceChildren(failedState(error, what, ctx.url.pathname + ctx.url.search, notFound));
  }
}
