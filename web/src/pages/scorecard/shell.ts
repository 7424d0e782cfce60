// What the scorecard's pages share: their context, the page heading (focused when the loader's had focus), a status
// region and today's date.

import type { Session } from '../../api/client';
import { pageHeading } from '../../dom';
import { element } from '../../dom';
import './scorecard.css';

export interface ScorecardContext {
  main: HTMLElement;
  url: URL;
  signal: AbortSignal;
  session: Session;
  /** The loader's heading had focus (the router put it there), so the page's own heading takes it. */
  focusHeading: boolean;
}

/** The page's h1, put in place of the loader's at once and focused when that one was. */
export function heading(ctx: ScorecardContext, text: string): HTMLHeadingElement {
  const h1 = pageHeading(text);
  const old = ctx.main.querySelector('h1');
  if (old) old.replaceWith(h1);
  else ctx.main.prepend(h1);
  if (ctx.focusHeading) h1.focus();
  return h1;
}

/**
 * Puts the page's parts in place under its h1. Moving the focused h1 (replaceChildren takes it out and back) drops
 * focus to the body, so a heading that had it gets it back: after a navigation the page's title is announced and Tab
 * starts from the top of the content, as on every other page.
 */
export function show(ctx: ScorecardContext, h1: HTMLHeadingElement, ...parts: (Node | string)[]): void {
  const focused = document.activeElement === h1;
  ctx.main.replaceChildren(h1, ...parts);
  if (focused) h1.focus({ preventScroll: true });
}

/** An empty status region, in the page from the start so what is written into it later is announced. */
export function statusRegion(): HTMLElement {
  const slot = element('div', 'scorecard-status');
  slot.setAttribute('role', 'status');
  slot.tabIndex = -1;
  return slot;
}

/** Today in the UK, yyyy-mm-dd. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

// A success message waiting for the next scorecard page ("Indicator CP1 added"): set just before navigating away from
// a form that saved, shown (and focused, after the heading) by the page that follows.
let flash: string | null = null;

export function setFlash(message: string): void {
  flash = message;
}

/** The waiting success message as a status region focused after the heading, or null; shown once. */
export function takeFlash(): HTMLElement | null {
  if (flash === null) return null;
  const banner = element('div', 'success-banner');
  banner.setAttribute('role', 'status');
  banner.tabIndex = -1;
  banner.append(element('p', 'success-banner__text', flash));
  flash = null;
  queueMicrotask(() => {
    if (banner.isConnected) banner.focus();
  });
  return banner;
}

/** Board members and administrators add and change indicators; managers and viewers do not (the API refuses them). */
export function canEditIndicators(ctx: ScorecardContext): boolean {
  return ctx.session.role === 'administrator' || ctx.session.role === 'board';
}
