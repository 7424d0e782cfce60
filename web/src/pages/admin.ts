// The administration pages (/admin and below): accounts and roles, people, rating scales, plans and their reviews, inspections.
// Only administrators may use them; the API refuses everyone else too, and a 403 from it shows the same state.
// This module checks who is signed in, then loads the views (pages/admin/) on first use: they are most of the app's
// code, and only administrators need them.

import { failedState, forbiddenState, loadingState, signInState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import { getSession, sessionLoaded } from '../session';
import type { AdminContext } from './admin/shell';

// A navigation away while a page loads must not let the old request draw over the new page.
let pending: AbortController | null = null;
let views: Promise<typeof import('./admin/views')> | null = null;

export function showAdminPage(main: HTMLElement, url: URL, adminPath: string): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  const ctx: AdminContext = { main, url, signal: controller.signal };

  // The heading at once, so the router can focus it; the view replaces it once we know who is signed in and its
  // code has loaded (straight away after the first time).
  document.title = `Administration – ${serviceName}`;
  const heading = pageHeading('Administration');
  main.replaceChildren(heading, loadingState('Loading…'));

  void sessionLoaded.then(async () => {
    if (controller.signal.aborted) return;
    const session = getSession();
    if (!session || session.role !== 'administrator') {
      main.replaceChildren(
        heading,
        session ? forbiddenState('the administration pages') : signInState(url.pathname + url.search, 'the administration pages'),
      );
      return;
    }
    try {
      views ??= import('./admin/views');
      const { showAdminView } = await views;
      if (controller.signal.aborted) return;
      const hadFocus = document.activeElement === heading;
      // Some views load more code first (the inspection pages); the loading state stays until they draw.
      const drawn = showAdminView(ctx, adminPath);
      if (drawn) await drawn;
      if (controller.signal.aborted) return;
      // The view drew its own heading; keep focus where the router put it, unless the view has already moved it on
      // (a success message takes focus once it is drawn, which has happened by now when the view loaded later).
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (hadFocus && (!drawn || lost)) main.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      views = null;
      if (!controller.signal.aborted) main.replaceChildren(heading, failedState(error, 'the administration pages', url.pathname, ''));
    }
  });
}
