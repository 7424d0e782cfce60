// PLACEHOLDER (scaffold): replaced by the page's real implementation. Until then it says honestly that it is not built.

import { emptyState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';

export function showAdminPage(main: HTMLElement, url: URL, adminPath: string): void {
  document.title = `Administration – ${serviceName}`;
  void url;
  void adminPath;
  main.replaceChildren(pageHeading('Administration'), emptyState('This page is not built yet.'));
}
