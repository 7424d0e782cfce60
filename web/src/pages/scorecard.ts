// The scorecard's pages (issue 15): the scorecard (/plans/{planId}/scorecard), entering a period's values
// (/plans/{planId}/scorecard/values), importing values from CSV (/plans/{planId}/scorecard/import), one indicator
// (/plans/{planId}/indicators/{indicatorId}) and the forms that add, change and delete indicators and set a year's
// targets and comparators (…/indicators/new, …/{id}/edit, …/{id}/delete, …/{id}/years/{year}). This module waits
// for the session, then loads the pages (pages/scorecard/) on first use, so the app everyone downloads grows only by
// this loader and the routes.

import { failedState, loadingState, signInState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import type { Route } from '../domain/routes';
import { getSession, sessionLoaded } from '../session';

let pending: AbortController | null = null;
let pages: Promise<typeof import('./scorecard/index')> | null = null;

const titles = {
  scorecard: 'Performance scorecard', scorecardValues: 'Enter values', scorecardImport: 'Import values from a CSV file', indicator: 'Indicator', indicatorNew: 'Add an indicator',
  indicatorEdit: 'Change an indicator', indicatorDelete: 'Delete an indicator', indicatorYear: 'Targets and comparators',
} as const;

export function showScorecardPage(main: HTMLElement, url: URL, route: Route): void {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  const page = route.page as keyof typeof titles;
  document.title = `${titles[page]} – ${serviceName}`;
  const heading = pageHeading(titles[page]);
  main.replaceChildren(heading, loadingState('Loading…'));
  const what = page === 'scorecard' ? 'the scorecard' : page === 'scorecardValues' ? 'the values form' : page === 'scorecardImport' ? 'the import' : 'the indicator';

  void sessionLoaded.then(async () => {
    if (controller.signal.aborted) return;
    const session = getSession();
    if (!session) {
      main.replaceChildren(heading, signInState(url.pathname + url.search, what));
      return;
    }
    try {
      pages ??= import('./scorecard/index');
      const shown = await pages;
      if (controller.signal.aborted) return;
      const ctx = { main, url, signal: controller.signal, session, focusHeading: document.activeElement === heading };
      if (page === 'scorecardValues') await shown.showValuesForm(ctx, route.planId!);
      else if (page === 'scorecardImport') await shown.showValuesImport(ctx, route.planId!);
      else if (page === 'indicator') await shown.showIndicator(ctx, route.planId!, route.indicatorId!);
      else if (page === 'indicatorNew') await shown.showIndicatorForm(ctx, route.planId!, null);
      else if (page === 'indicatorEdit') await shown.showIndicatorForm(ctx, route.planId!, route.indicatorId!);
      else if (page === 'indicatorDelete') await shown.showIndicatorDelete(ctx, route.planId!, route.indicatorId!);
      else if (page === 'indicatorYear') await shown.showIndicatorYear(ctx, route.planId!, route.indicatorId!, route.year!);
      else await shown.showScorecard(ctx, route.planId!);
    } catch (error) {
      pages = null;
      if (!controller.signal.aborted) main.replaceChildren(heading, failedState(error, what, url.pathname, ''));
    }
  });
}
