// The GOV.UK error summary: at the top of the form, announced (role="alert") and focused, one link per error that
// takes the person to the field. Errors about the whole form (no field) are listed as plain text.

import type { FieldError } from '../api/problems';
import { element } from '../dom';

/** `inputFor` gives the element a field's link should focus. */
export function errorSummary(errors: readonly FieldError[], inputFor: (field: string) => HTMLElement | null): HTMLElement {
  const summary = element('div', 'error-summary');
  summary.setAttribute('role', 'alert');
  summary.setAttribute('aria-labelledby', 'error-summary-title');
  // Focusable from script only, so the person lands on it and hears it before anything else.
  summary.tabIndex = -1;
  const title = element('h2', 'error-summary__title', 'There is a problem');
  title.id = 'error-summary-title';

  const list = element('ul', 'error-summary__list');
  for (const error of errors) {
    const item = element('li');
    const input = error.field ? inputFor(error.field) : null;
    if (input) {
      const a = element('a', undefined, error.message);
      a.href = `#${input.id}`;
      // Focus the field itself rather than only scrolling to it, and keep its label in view above it.
      a.addEventListener('click', (event) => {
        event.preventDefault();
        input.focus({ preventScroll: true });
        (input.closest('.form-group') ?? input).scrollIntoView({ block: 'start' });
      });
      item.append(a);
    } else {
      item.textContent = error.message;
    }
    list.append(item);
  }
  summary.append(title, list);
  return summary;
}
