// What the contents pages share: a problem said at once beside the outline (a move or an undo that did not work), with
// the way forward when someone else changed the item first.

import { ApiError } from '../../../api/client';
import { element, link, paragraph } from '../../../dom';
import { isStale } from '../../../domain/admin-forms';
import { navigate } from '../../../router';

/** The API's sentence for a refusal (a 409's reason), or what went wrong in words. */
export function problemReason(error: unknown): string {
  if (error instanceof ApiError) return error.problem?.errors?.[0]?.reason ?? error.problem?.detail ?? `The server answered ${error.status}.`;
  return 'The tracker could not be reached. Check your connection and try again.';
}

/** An error summary for a change made from the outline; on a 412 it says `staleText` and offers to reload. */
export function problemBox(error: unknown, staleText: string): HTMLElement {
  const box = element('div', 'error-summary');
  box.setAttribute('role', 'alert');
  box.append(element('h2', 'error-summary__title', 'There is a problem'), paragraph(isStale(error) ? `${staleText} Reload to see their version, then try again.` : problemReason(error)));
  if (isStale(error)) {
    const again = link(location.pathname, 'Reload this page to see their version');
    again.addEventListener('click', (event) => {
      event.preventDefault();
      navigate(location.pathname, true);
    });
    const p = element('p');
    p.append(again);
    box.append(p);
  }
  return box;
}
