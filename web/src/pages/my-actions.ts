// PLACEHOLDER (scaffold): replaced by the page's real implementation. Until then it says honestly that it is not built.

import { emptyState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';

export function showMyActionsPage(main: HTMLElement, url: URL): void {
  document.title = `My actions – ${serviceName}`;
  void url;
  main.replaceChildren(pageHeading('My actions'), emptyState('This page is not built yet.'));
}
