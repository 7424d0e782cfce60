// PLACEHOLDER (scaffold): replaced by the page's real implementation. Until then it says honestly that it is not built.

import { emptyState } from '../components/page-states';
import { pageHeading, serviceName } from '../dom';
import type { ItemKindInPath } from '../domain/routes';

export function showItemPage(main: HTMLElement, url: URL, planId: number, kind: ItemKindInPath, itemId: number): void {
  document.title = `Item detail – ${serviceName}`;
  void url;
  void planId; void kind; void itemId;
  main.replaceChildren(pageHeading('Item detail'), emptyState('This page is not built yet.'));
}
