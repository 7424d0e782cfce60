// PLACEHOLDER (scaffold): replaced by the page's real implementation. Until then it says honestly that it is not built.

import { emptyState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';

export function showDashboardPage(main: HTMLElement, url: URL, planId: number): void {
  document.title = `Board dashboard – ${serviceName}`;
  void url;
  void planId;
  main.replaceChildren(pageHeading('Board dashboard'), emptyState('This page is not built yet.'));
}
