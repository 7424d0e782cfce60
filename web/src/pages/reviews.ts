// The board's review pages (/plans/{planId}/reviews, .../new, .../{reviewId}/close): the review cycle of one plan, for
// board members and administrators (the API refuses the others too). This module checks who is signed in, then loads
// the pages (pages/reviews/) on first use: the board opens and closes a review once a month, so their code stays out of
// the app everyone downloads, as the administration pages' does.

import { failedState, forbiddenState, loadingState, signInState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import type { Route } from '../domain/routes';
import { getSession, sessionLoaded } from '../session';

// A navigation away while a page loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
let pages: Promise<typeof import('./reviews/index')> | null = null;

const what = 'the board’s review pages';

export function showBoardReviewPage(main: HTMLElement, url: URL, route: Route): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  // The heading at once, so the router can focus it; the page replaces it once its code has loaded.
  document.title = `Reviews – ${serviceName}`;
  const heading = pageHeading(route.page === 'reviewOpen' ? 'Open the next review' : route.page === 'reviewClose' ? 'Close a review' : 'Reviews');
  main.replaceChildren(heading, loadingState('Loading…'));

  void sessionLoaded.then(async () => {
    if (controller.signal.aborted) return;
    const session = getSession();
    if (!session || (session.role !== 'board' && session.role !== 'administrator')) {
      main.replaceChildren(heading, session ? forbiddenState(what) : signInState(url.pathname + url.search, what));
      return;
    }
    try {
      pages ??= import('./reviews/index');
      const shown = await pages;
      if (controller.signal.aborted) return;
      const ctx = { main, url, signal: controller.signal, focusHeading: document.activeElement === heading };
      if (route.page === 'reviewOpen') shown.showReviewOpen(ctx, route.planId!);
      else if (route.page === 'reviewClose') shown.showReviewClose(ctx, route.planId!, route.reviewId!);
      else shown.showBoardReviews(ctx, route.planId!);
    } catch (error) {
      pages = null;
      if (!controller.signal.aborted) main.replaceChildren(heading, failedState(error, what, url.pathname, ''));
    }
  });
}
