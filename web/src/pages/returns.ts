// The monthly return's pages (/plans/{planId}/returns/...): upload a filled-in return, then its dry run and its apply.
// Managers, board members and administrators use them (the API refuses viewers too). This module checks who is signed
// in, then loads the pages (pages/returns/) on first use: a return is uploaded once a month, so their code stays out of
// the app everyone downloads, as the administration pages' does.

import { failedState, forbiddenState, loadingState, signInState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import type { Route } from '../domain/routes';
import { getSession, sessionLoaded } from '../session';

// A navigation away while a page loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
let pages: Promise<typeof import('./returns/index')> | null = null;

const what = 'the monthly return';

export function showReturnPage(main: HTMLElement, url: URL, route: Route): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;

  // The heading at once, so the router can focus it; the page replaces it once its code has loaded.
  document.title = `Monthly return – ${serviceName}`;
  const heading = pageHeading(route.page === 'returnUpload' ? 'Upload your filled-in return' : 'Your return');
  main.replaceChildren(heading, loadingState('Loading…'));

  void sessionLoaded.then(async () => {
    if (controller.signal.aborted) return;
    const session = getSession();
    if (!session || session.role === 'viewer') {
      main.replaceChildren(heading, session ? forbiddenState(what) : signInState(url.pathname + url.search, what));
      return;
    }
    try {
      pages ??= import('./returns/index');
      const shown = await pages;
      if (controller.signal.aborted) return;
      const hadFocus = document.activeElement === heading;
      const ctx = { main, url, signal: controller.signal, focusHeading: hadFocus };
      if (route.page === 'returnUpload') shown.showReturnUpload(ctx, route.planId!);
      else shown.showReturnUploaded(ctx, route.planId!, route.importId!);
    } catch (error) {
      pages = null;
      if (!controller.signal.aborted) main.replaceChildren(heading, failedState(error, what, url.pathname, ''));
    }
  });
}
