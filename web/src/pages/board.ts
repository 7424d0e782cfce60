// The board's pages about one plan (issue 12): scoring any item (/plans/{planId}/items/{kind}/{itemId}/score), a
// direction-of-travel override (.../direction), and the figures and averages a plan printed (/plans/{planId}/printed-figures).
// This module checks who is signed in, then loads the pages (pages/board/) on first use, so the app everyone
// downloads grows only by this check.
//
// Who sees what: board members and administrators everything; a manager the score page (the API lets them save only
// the items they lead or own, and its refusal is said in words); a viewer is told they can read but not change.

import { emptyState, failedState, forbiddenState, loadingState, signInState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import { isBoard } from '../domain/board-scoring';
import { itemPath, type Route } from '../domain/routes';
import { getSession, sessionLoaded } from '../session';

let pending: AbortController | null = null;
let pages: Promise<typeof import('./board/views')> | null = null;

const titles = { itemScore: 'Score an item', itemDirection: 'Direction of travel', printedFigures: 'Printed figures' } as const;

export function showBoardPage(main: HTMLElement, url: URL, route: Route): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  const page = route.page as keyof typeof titles;

  // The heading at once, so the router can focus it; the page's own replaces it once its code has loaded.
  document.title = `${titles[page]} – ${serviceName}`;
  const heading = pageHeading(titles[page]);
  main.replaceChildren(heading, loadingState('Loading…'));

  void sessionLoaded.then(async () => {
    if (controller.signal.aborted) return;
    const session = getSession();
    const what = page === 'printedFigures' ? 'the printed figures' : page === 'itemScore' ? 'the score form' : 'the direction of travel form';
    if (!session) {
      main.replaceChildren(heading, signInState(url.pathname + url.search, what));
      return;
    }
    const item = route.itemKind ? itemPath(route.planId!, route.itemKind, route.itemId!) : null;
    if (page === 'itemScore' && session.role === 'viewer') {
      main.replaceChildren(heading, emptyState('You can read this plan but not score it.',
        'Board members, administrators and the managers who lead or own an item record its score.', { href: item!, text: 'Back to the item' }));
      return;
    }
    if (page === 'itemDirection' && !isBoard(session.role)) {
      main.replaceChildren(heading, emptyState('You can read this plan but not change its direction of travel.',
        'Board members and administrators record an override of the direction the scores give.', { href: item!, text: 'Back to the item' }));
      return;
    }
    if (page === 'printedFigures' && !isBoard(session.role)) {
      main.replaceChildren(heading, forbiddenState(what));
      return;
    }
    try {
      pages ??= import('./board/views');
      const { showBoardView } = await pages;
      if (controller.signal.aborted) return;
      const hadFocus = document.activeElement === heading;
      await showBoardView({ main, url, signal: controller.signal, session, focusHeading: hadFocus }, route);
    } catch (error) {
      pages = null;
      if (!controller.signal.aborted) main.replaceChildren(heading, failedState(error, what, url.pathname, ''));
    }
  });
}
