// The administration forms' parts, after the GOV.UK Design System: a form group per field with its label, hint and
// inline error; radios and checkboxes with their own hints; the three-box date; and one controller that sends the
// form, shows the API's errors in the error summary and beside each field, keeps everything typed, and says plainly
// when someone else changed the thing first (412). Text always goes in through textContent.

import { ApiError } from '../../api/client';
import { formErrors, type FieldError } from '../../api/problems';
import { errorSummary } from '../../components/error-summary';
import { element, link, paragraph } from '../../dom';
import { isStale, renameFields, staleMessage, type DateParts } from '../../domain/admin-forms';
import type { Choice } from '../../domain/admin-words';
import { navigate } from '../../router';

/** One field of a form: its group in the page, the element an error link focuses, and its inline error. */
export interface Field {
  name: string;
  group: HTMLElement;
  focusTarget(): HTMLElement;
  setError(messages: readonly string[]): void;
}

/** An id for a field name ("levels.2.colour" is "field-levels-2-colour"): one form per page, so names are unique. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

type Hint = string | Node | readonly (string | Node)[];

function hintElement(id: string, hint: Hint | undefined): HTMLElement | null {
  if (hint === undefined) return null;
  const p = element('div', 'hint form-hint');
  p.id = id;
  if (typeof hint === 'string') p.textContent = hint;
  else if (Array.isArray(hint)) p.append(...(hint as (string | Node)[]));
  else p.append(hint as Node);
  return p;
}

/**
 * The inline error of a group: hidden until there is one; "Error:" is read out before it, since the red border and
 * text cannot be seen by everyone. `described` are the elements whose aria-describedby should name hint and error.
 */
function inlineError(group: HTMLElement, id: string, hintId: string | null, described: readonly HTMLElement[], invalid: readonly HTMLElement[]) {
  const error = element('p', 'error-message');
  error.id = `${id}-error`;
  error.hidden = true;
  const describe = (withError: boolean) => {
    const ids = [hintId, withError ? error.id : null].filter((x): x is string => x !== null);
    for (const el of described) {
      if (ids.length > 0) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    }
  };
  describe(false);
  return {
    error,
    setError(messages: readonly string[]) {
      const has = messages.length > 0;
      group.classList.toggle('form-group--error', has);
      error.hidden = !has;
      error.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
      for (const el of invalid) {
        el.classList.toggle('input--error', has);
        if (has) el.setAttribute('aria-invalid', 'true');
        else el.removeAttribute('aria-invalid');
      }
      describe(has);
    },
  };
}

export interface TextOptions {
  name: string;
  label: string;
  hint?: Hint;
  value: string;
  type?: 'text' | 'password' | 'email';
  autocomplete?: string;
  /** Roughly how many characters the box is sized for; full width when absent. */
  width?: 3 | 5 | 10 | 20;
  spellcheck?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
}

export interface TextField extends Field {
  input: HTMLInputElement;
}

export function textField(o: TextOptions): TextField {
  const id = fieldId(o.name);
  const group = element('div', 'form-group');
  const label = element('label', 'label', o.label);
  label.htmlFor = id;
  const hint = hintElement(`${id}-hint`, o.hint);
  const input = element('input', `input${o.width ? ` input--width-${o.width}` : ''}`);
  input.id = id;
  input.name = o.name;
  input.type = o.type ?? 'text';
  input.value = o.value;
  if (o.autocomplete) input.autocomplete = o.autocomplete as AutoFill;
  if (o.spellcheck !== undefined) input.spellcheck = o.spellcheck;
  if (o.inputMode) input.inputMode = o.inputMode;
  const { error, setError } = inlineError(group, id, hint ? hint.id : null, [input], [input]);
  group.append(label, ...(hint ? [hint] : []), error, input);
  return { name: o.name, group, input, focusTarget: () => input, setError };
}

export interface TextAreaField extends Field {
  input: HTMLTextAreaElement;
}

export function textAreaField(o: { name: string; label: string; hint?: Hint; value: string; rows?: number }): TextAreaField {
  const id = fieldId(o.name);
  const group = element('div', 'form-group');
  const label = element('label', 'label', o.label);
  label.htmlFor = id;
  const hint = hintElement(`${id}-hint`, o.hint);
  const input = element('textarea', 'input textarea');
  input.id = id;
  input.name = o.name;
  input.rows = o.rows ?? 3;
  input.value = o.value;
  const { error, setError } = inlineError(group, id, hint ? hint.id : null, [input], [input]);
  group.append(label, ...(hint ? [hint] : []), error, input);
  return { name: o.name, group, input, focusTarget: () => input, setError };
}

export interface SelectField extends Field {
  input: HTMLSelectElement;
}

export function selectField(o: { name: string; label: string; hint?: Hint; value: string; options: readonly { value: string; text: string }[] }): SelectField {
  const id = fieldId(o.name);
  const group = element('div', 'form-group');
  const label = element('label', 'label', o.label);
  label.htmlFor = id;
  const hint = hintElement(`${id}-hint`, o.hint);
  const input = element('select', 'select');
  input.id = id;
  input.name = o.name;
  for (const option of o.options) {
    const opt = element('option', undefined, option.text);
    opt.value = option.value;
    input.append(opt);
  }
  // A value that is not among the options (a person since deleted) would silently become the first; keep it visible.
  if (o.value !== '' && !o.options.some((opt) => opt.value === o.value)) {
    const missing = element('option', undefined, `(id ${o.value}, no longer listed)`);
    missing.value = o.value;
    input.append(missing);
  }
  input.value = o.value;
  const { error, setError } = inlineError(group, id, hint ? hint.id : null, [input], [input]);
  group.append(label, ...(hint ? [hint] : []), error, input);
  return { name: o.name, group, input, focusTarget: () => input, setError };
}

/** A fieldset with its legend (sized as a label, since it asks one question). */
function fieldset(legendText: string, id: string, hint: Hint | undefined) {
  const group = element('div', 'form-group');
  const set = element('fieldset', 'fieldset');
  const legend = element('legend', 'fieldset__legend', legendText);
  const hintEl = hintElement(`${id}-hint`, hint);
  set.append(legend, ...(hintEl ? [hintEl] : []));
  group.append(set);
  return { group, set, hintId: hintEl ? hintEl.id : null };
}

export interface RadiosField extends Field {
  value(): string;
  inputs: HTMLInputElement[];
}

/** GOV.UK radios: one question, each answer with its own hint (used to explain roles and score levels in words). */
export function radiosField(o: { name: string; legend: string; hint?: Hint; value: string; choices: readonly Choice<string>[] }): RadiosField {
  const id = fieldId(o.name);
  const { group, set, hintId } = fieldset(o.legend, id, o.hint);
  const list = element('div', 'radios');
  const inputs: HTMLInputElement[] = [];
  o.choices.forEach((choice, i) => {
    const input = choiceItem(list, 'radio', id, o.name, choice, i, choice.value === o.value);
    inputs.push(input);
  });
  const { error, setError } = inlineError(group, id, hintId, [set], []);
  set.append(error, list);
  return {
    name: o.name,
    group,
    inputs,
    value: () => inputs.find((r) => r.checked)?.value ?? '',
    focusTarget: () => inputs.find((r) => r.checked) ?? inputs[0]!,
    setError,
  };
}

export interface CheckboxField extends Field {
  input: HTMLInputElement;
}

/** One checkbox answering a yes-or-no question, with its hint. */
export function checkboxField(o: { name: string; label: string; hint?: string; checked: boolean; legend?: string }): CheckboxField {
  const id = fieldId(o.name);
  const group = element('div', 'form-group');
  const item = element('div', 'checkboxes__item');
  const input = element('input', 'checkboxes__input');
  input.id = id;
  input.type = 'checkbox';
  input.name = o.name;
  input.checked = o.checked;
  const label = element('label', 'checkboxes__label', o.label);
  label.htmlFor = id;
  const hint = o.hint ? element('div', 'hint checkboxes__hint', o.hint) : null;
  if (hint) hint.id = `${id}-hint`;
  const { error, setError } = inlineError(group, id, hint ? hint.id : null, [input], []);
  item.append(input, label, ...(hint ? [hint] : []));
  group.append(error, item);
  return { name: o.name, group, input, focusTarget: () => input, setError };
}

export interface CheckboxesField extends Field {
  /** The values ticked, in the order offered. */
  values(): string[];
  inputs: HTMLInputElement[];
}

/** GOV.UK checkboxes: one question, several answers may be ticked (which levels a plan has). */
export function checkboxesField(o: { name: string; legend: string; hint?: Hint; values: readonly string[]; choices: readonly { value: string; text: string; hint?: string }[] }): CheckboxesField {
  const id = fieldId(o.name);
  const { group, set, hintId } = fieldset(o.legend, id, o.hint);
  const list = element('div', 'checkboxes');
  const inputs: HTMLInputElement[] = [];
  o.choices.forEach((choice, i) => {
    const input = choiceItem(list, 'checkbox', id, o.name, choice, i, o.values.includes(choice.value));
    inputs.push(input);
  });
  const { error, setError } = inlineError(group, id, hintId, [set], []);
  set.append(error, list);
  return {
    name: o.name,
    group,
    inputs,
    values: () => inputs.filter((i) => i.checked).map((i) => i.value),
    focusTarget: () => inputs[0]!,
    setError,
  };
}

export interface DateField extends Field {
  value(): DateParts;
}

/** GOV.UK date input: day, month and year boxes in a fieldset, numeric keyboard on phones. */
export function dateField(o: { name: string; legend: string; hint?: string; value: DateParts }): DateField {
  const id = fieldId(o.name);
  const { group, set, hintId } = fieldset(o.legend, id, o.hint ?? 'For example, 27 3 2026');
  const boxes = element('div', 'date-input');
  const parts: [keyof DateParts, string, 3 | 5][] = [
    ['day', 'Day', 3],
    ['month', 'Month', 3],
    ['year', 'Year', 5],
  ];
  const inputs = {} as Record<keyof DateParts, HTMLInputElement>;
  for (const [part, text, width] of parts) {
    const item = element('div', 'date-input__item');
    const input = element('input', `input input--width-${width}`);
    // The day box carries the field's id, so the error summary's link lands on it.
    input.id = part === 'day' ? id : `${id}-${part}`;
    input.name = `${o.name}-${part}`;
    input.inputMode = 'numeric';
    input.value = o.value[part];
    const label = element('label', 'label date-input__label', text);
    label.htmlFor = input.id;
    item.append(label, input);
    boxes.append(item);
    inputs[part] = input;
  }
  const all = Object.values(inputs);
  const { error, setError } = inlineError(group, id, hintId, [set], all);
  set.append(error, boxes);
  return {
    name: o.name,
    group,
    value: () => ({ day: inputs.day.value, month: inputs.month.value, year: inputs.year.value }),
    focusTarget: () => inputs.day,
    setError,
  };
}

/** Errors a page found itself before sending (a date that is not a date); shown exactly as the API's are. */
export class FormProblems extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

export interface FormOptions {
  /** The form's fields, in page order; a function, because a scale's levels come and go. */
  fields: () => readonly Field[];
  /** Extra names the API may use that belong to no single box (a scale's "levels"), mapped to a field. */
  fieldFor?: (name: string) => Field | undefined;
  submitText: string;
  /** "Saving…" while the request is under way. */
  progressText: string;
  cancel?: { href: string; text: string };
  /** The thing being changed, as a sentence starts ("This plan"), for the message when someone changed it first. */
  thing: string;
  /** Where an API error that names no field of this form goes: a field name, or null for the summary only. */
  otherwise?: string | null;
  /** The API's field name as the form knows it (default: the same). */
  rename?: (name: string, reason: string) => string;
  /** When the API answers 409, the error summary also offers a link of this text that reloads the page. */
  reloadOnConflict?: string;
  /** A red button, for a change that cannot be undone (delete). */
  warningButton?: boolean;
  /** Sends the form; throws an ApiError or FormProblems to show, or returns once saved (usually navigating away). */
  submit: () => Promise<void>;
}

export interface AdminForm {
  /** The error summary's place (at the top) and the form. */
  element: HTMLElement;
  form: HTMLFormElement;
  showErrors(errors: readonly FieldError[], reload?: boolean, reloadText?: string): void;
}

/** The form and its controller. Add the fields' groups to `form` before the buttons with `form.insertBefore`. */
export function adminForm(o: FormOptions): AdminForm {
  const wrapper = element('div');
  const summarySlot = element('div');
  const form = element('form', 'form admin-form');
  // The API's messages, in the summary and beside each field, rather than the browser's own bubbles.
  form.noValidate = true;
  const buttons = element('div', 'button-group');
  const button = element('button', o.warningButton ? 'button button--warning' : 'button', o.submitText);
  button.type = 'submit';
  buttons.append(button);
  if (o.cancel) buttons.append(link(o.cancel.href, o.cancel.text, 'button-group__link'));
  const progress = element('p', 'form__progress');
  progress.setAttribute('role', 'status');
  form.append(buttons, progress);
  wrapper.append(summarySlot, form);
  const baseTitle = document.title;

  const lookup = (name: string): Field | undefined => o.fields().find((f) => f.name === name) ?? o.fieldFor?.(name);

  function showErrors(errors: readonly FieldError[], reload = false, reloadText = 'Reload this page to see their version'): void {
    const byField = new Map<string, string[]>();
    for (const e of errors) if (e.field) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    for (const field of o.fields()) field.setError(byField.get(field.name) ?? []);
    for (const [name, messages] of byField) {
      const field = lookup(name);
      if (field && !o.fields().includes(field)) field.setError(messages);
    }
    document.title = `Error: ${baseTitle}`;
    const summary = errorSummary(errors, (name) => lookup(name)?.focusTarget() ?? null);
    if (reload) {
      // Reloading replaces this page in the history rather than adding a second copy of it.
      const again = link(location.pathname + location.search, reloadText);
      again.addEventListener('click', (event) => {
        event.preventDefault();
        navigate(location.pathname + location.search, true);
      });
      const p = element('p', 'error-summary__reload');
      p.append(again);
      summary.append(p);
    }
    summarySlot.replaceChildren(summary);
    summary.focus();
  }

  let pending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    pending = true;
    button.setAttribute('aria-disabled', 'true');
    progress.textContent = o.progressText;
    try {
      await o.submit();
    } catch (error) {
      progress.textContent = '';
      if (error instanceof FormProblems) showErrors(error.errors);
      else if (isStale(error)) showErrors([{ field: null, message: staleMessage(o.thing) }], true);
      else {
        const names = o.fields().map((f) => f.name);
        const apiError = o.rename ? renameFields(error, o.rename) : error;
        const conflict = o.reloadOnConflict !== undefined && error instanceof ApiError && error.status === 409;
        showErrors(formErrors(apiError, [...names, ...extraNames(apiError, names, lookup)], o.otherwise ?? null), conflict, o.reloadOnConflict);
      }
    } finally {
      pending = false;
      button.removeAttribute('aria-disabled');
    }
  });

  return { element: wrapper, form, showErrors };
}

/** Names the API used that are not a box but that fieldFor knows ("levels"), so formErrors keeps them. */
function extraNames(error: unknown, names: readonly string[], lookup: (name: string) => Field | undefined): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).map((e) => e.name).filter((n) => !names.includes(n) && lookup(n) !== undefined);
}

/** Adds fields' groups to a form, before its buttons. */
export function addFields(form: AdminForm, ...items: (Field | HTMLElement)[]): void {
  const buttons = form.form.querySelector('.button-group');
  for (const item of items) form.form.insertBefore(item instanceof HTMLElement ? item : item.group, buttons);
}

/** A short paragraph in a form, e.g. the username that cannot change. */
export function note(text: string): HTMLElement {
  return paragraph(text, 'form-note');
}

/**
 * A delete confirmation: what will happen, in words, and a red button, with a way back that keeps everything. A page
 * of its own rather than a dialog, so it works with every keyboard, screen reader and the Back button.
 */
export function deleteForm(o: { explain: readonly string[]; submitText: string; cancel: { href: string; text: string }; thing: string; submit: () => Promise<void> }): AdminForm {
  const form = adminForm({
    fields: () => [],
    submitText: o.submitText,
    progressText: 'Deleting…',
    cancel: o.cancel,
    thing: o.thing,
    warningButton: true,
    submit: o.submit,
  });
  const warning = element('div', 'warning-text');
  const icon = element('span', 'warning-text__icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  const text = element('strong', 'warning-text__text');
  text.append(element('span', 'visually-hidden', 'Warning: '), 'This cannot be undone.');
  warning.append(icon, text);
  addFields(form, ...o.explain.map((t) => paragraph(t)), warning);
  return form;
}

/**
 * Runs an upload from `form` (work), its submit button disabled meanwhile: aria-disabled alone would let a second
 * press queue a second upload. A 413 from a proxy or the server's own limit, before the endpoint could word it, has no
 * problem details, so it becomes `tooLarge` at the file field.
 */
export async function whileUploading<T>(form: HTMLFormElement, tooLarge: string, work: () => Promise<T>): Promise<T> {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (button) button.disabled = true;
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.status === 413 && !error.problem?.errors?.length) {
      throw new FormProblems([{ field: 'file', message: tooLarge }]);
    }
    throw error;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Puts "Uploading… 42%" in the form's progress status region, only when it changes (so it is not re-announced). */
export function showProgress(form: HTMLFormElement, text: string): void {
  const status = form.querySelector('.form__progress');
  if (status && status.textContent !== text) status.textContent = text;
}

/** One radio or checkbox with its label and hint, added to its list. */
function choiceItem(
  list: HTMLElement,
  type: 'radio' | 'checkbox',
  id: string,
  name: string,
  choice: { value: string; text: string; hint?: string },
  index: number,
  checked: boolean,
): HTMLInputElement {
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  const item = element('div', `${block}__item`);
  const input = element('input', `${block}__input`);
  // The first answer carries the field's id, so the error summary's link lands on the question's first answer.
  input.id = index === 0 ? id : `${id}-${choice.value}`;
  input.type = type;
  input.name = name;
  input.value = choice.value;
  input.checked = checked;
  const label = element('label', `${block}__label`, choice.text);
  label.htmlFor = input.id;
  item.append(input, label);
  if (choice.hint) {
    const hint = element('div', `hint ${block}__hint`, choice.hint);
    hint.id = `${input.id}-item-hint`;
    input.setAttribute('aria-describedby', hint.id);
    item.append(hint);
  }
  list.append(item);
  return input;
}
