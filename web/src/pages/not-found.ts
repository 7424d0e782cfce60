// The page for an address the app does not know. The server answers 200 with the app for every non-API path (so a
// shared link loads), which makes this page the only place a mistyped address can be explained.

import { element, link, pageHeading, paragraph, serviceName } from '../dom';

export function showNotFound(main: HTMLElement): void {
  document.title = `Page not found – ${serviceName}`;
  const back = element('p');
  back.append(link('/', 'Go to the plans'));
  main.replaceChildren(
    pageHeading('Page not found'),
    paragraph('If you typed the web address, check it is correct.'),
    paragraph('If you pasted the web address, check you copied the entire address.'),
    back,
  );
}
