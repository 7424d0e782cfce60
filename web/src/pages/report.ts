// PLACEHOLDER (scaffold): replaced by the page's real implementation. Until then it says honestly that it is not built.

import { emptyState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';

export function showReportPage(main: HTMLElement, url: URL, planId: number): void {
  document.title = `Scrutiny report – ${serviceName}`;
  void url;
  void planId;
  main.replaceChildren(pageHeading('Scrutiny report'), emptyState('This page is not built yet.'));
}
