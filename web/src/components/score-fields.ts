// The fields of a score form, in the GOV.UK pattern (label, hint, inline error, then the input), shared by the score
// form and the conflict view's merge: the level as radios, text areas, and the date of the update.

import type { GridLevel } from '../api/client';
import { element } from '../dom';
import { levelTag } from './level-tag';

/** A field with room for an inline error; `focusTarget` is what an error summary's link moves focus to. */
export interface Field {
  group: HTMLElement;
  setError(messages: readonly string[]): void;
  focusTarget(): HTMLElement;
}

function errorSlot(id: string): HTMLParagraphElement {
  const error = element('p', 'error-message');
  error.id = `${id}-error`;
  error.hidden = true;
  return error;
}

/** Shows or clears the messages, and points the inputs' descriptions at them ("Error:" is read before the message). */
function applyError(group: HTMLElement, error: HTMLElement, inputs: readonly HTMLElement[], hintIds: (input: HTMLElement) => string[], messages: readonly string[]): void {
  const has = messages.length > 0;
  group.classList.toggle('form-group--error', has);
  error.hidden = !has;
  error.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
  for (const input of inputs) {
    const ids = [...hintIds(input), ...(has ? [error.id] : [])];
    if (ids.length > 0) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
    if (has) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    input.classList.toggle('input--error', has && !(input instanceof HTMLInputElement && input.type === 'radio'));
  }
}

export interface LevelRadios extends Field {
  value(): number | null;
  set(value: number | null): void;
  onChange(listener: () => void): void;
}

/**
 * The scale's levels as a radio group: each option shows the level's tag (shape, number and label on its colour) with its
 * meaning as a hint. Arrow keys move between options, as in any radio group. `mark` adds words such as "(yours)".
 */
export function levelRadios(id: string, legend: string, legendHidden: string, levels: readonly GridLevel[], value: number | null,
  mark?: (level: number) => string | null): LevelRadios {
  const group = element('div', 'form-group');
  const fieldset = element('fieldset', 'fieldset');
  const legendElement = element('legend', 'label', legend);
  if (legendHidden) legendElement.append(element('span', 'visually-hidden', legendHidden));
  const error = errorSlot(id);
  const list = element('div', 'radios');
  const inputs: HTMLInputElement[] = [];
  const hints = new Map<HTMLElement, string>();
  for (const level of levels) {
    const item = element('div', 'radios__item');
    const input = element('input', 'radios__input');
    input.type = 'radio';
    input.name = id;
    input.id = `${id}-${level.value}`;
    input.value = String(level.value);
    input.checked = level.value === value;
    const label = element('label', 'radios__label');
    label.htmlFor = input.id;
    label.append(levelTag(levels, level.value, level.label));
    const extra = mark?.(level.value);
    if (extra) label.append(' ', element('span', 'radios__mark', extra));
    item.append(input, label);
    if (level.meaning) {
      const hint = element('div', 'hint radios__hint', level.meaning);
      hint.id = `${input.id}-hint`;
      input.setAttribute('aria-describedby', hint.id);
      hints.set(input, hint.id);
      item.append(hint);
    }
    inputs.push(input);
    list.append(item);
  }
  fieldset.append(legendElement, error, list);
  group.append(fieldset);
  const hintIds = (input: HTMLElement) => (hints.has(input) ? [hints.get(input)!] : []);
  return {
    group,
    value: () => {
      const checked = inputs.find((i) => i.checked);
      return checked ? Number(checked.value) : null;
    },
    set: (v) => {
      for (const input of inputs) input.checked = Number(input.value) === v;
    },
    onChange: (listener) => list.addEventListener('change', listener),
    setError: (messages) => applyError(group, error, inputs, hintIds, messages),
    // The chosen option, or the first: where focus lands in a radio group anyway.
    focusTarget: () => inputs.find((i) => i.checked) ?? inputs[0] ?? fieldset,
  };
}

export interface TextField<T extends HTMLInputElement | HTMLTextAreaElement> extends Field {
  input: T;
}

function labelled<T extends HTMLInputElement | HTMLTextAreaElement>(id: string, label: string, hint: string | null, input: T): TextField<T> {
  const group = element('div', 'form-group');
  const labelElement = element('label', 'label', label);
  labelElement.htmlFor = id;
  input.id = id;
  input.name = id;
  const hintElement = hint ? element('div', 'hint', hint) : null;
  if (hintElement) {
    hintElement.id = `${id}-hint`;
    input.setAttribute('aria-describedby', hintElement.id);
  }
  const error = errorSlot(id);
  group.append(labelElement, ...(hintElement ? [hintElement] : []), error, input);
  return {
    group,
    input,
    setError: (messages) => applyError(group, error, [input], () => (hintElement ? [hintElement.id] : []), messages),
    focusTarget: () => input,
  };
}

export function textAreaField(id: string, label: string, hint: string | null, value: string, rows = 4): TextField<HTMLTextAreaElement> {
  const textarea = element('textarea', 'textarea');
  textarea.rows = rows;
  textarea.value = value;
  textarea.spellcheck = true;
  return labelled(id, label, hint, textarea);
}

export function dateField(id: string, label: string, hint: string | null, value: string): TextField<HTMLInputElement> {
  const input = element('input', 'input input--date');
  input.type = 'date';
  input.value = value;
  return labelled(id, label, hint, input);
}
