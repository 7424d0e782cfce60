// Small pieces the import pages share.

import { element } from '../../../dom';

/**
 * A square of a cell's fill colour, for the eye only: the hex is always written beside it in words, so nothing
 * depends on seeing the colour. The colour is set through the CSSOM, which the Content-Security-Policy allows.
 */
export function swatch(fill: string): HTMLElement {
  const box = element('span', 'import-swatch');
  box.setAttribute('aria-hidden', 'true');
  box.style.backgroundColor = fill;
  return box;
}

/** A summary list (GOV.UK's): key and value pairs, for the file's details. */
export function summaryList(rows: readonly [string, string | Node | readonly (string | Node)[]][]): HTMLElement {
  const list = element('dl', 'summary-list');
  for (const [key, value] of rows) {
    const row = element('div', 'summary-list__row');
    const dd = element('dd', 'summary-list__value');
    if (typeof value === 'string' || value instanceof Node) dd.append(value);
    else dd.append(...value);
    row.append(element('dt', 'summary-list__key', key), dd);
    list.append(row);
  }
  return list;
}
