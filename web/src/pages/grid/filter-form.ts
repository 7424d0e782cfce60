// The grid's filter panel: a real form, its groups in fieldsets with legends, applied as soon as a control changes, with
// the as-of date as a labelled date input beside the filters. The form reads and writes a GridViewState
// (domain/grid-state.ts); which rows a state leaves is domain/grid-filters.ts's to say.

import type { Grid, Review } from '../../api/client';
import { levelTag } from '../../components/level-tag';
import { element } from '../../dom';
import { directionChoices } from '../../domain/grid-cells';
import type { FilterVocabulary } from '../../domain/grid-filters';
import { truncate } from '../../domain/grid-rows';
import { asOfYears, isFiltered, parseGridState, type GridViewState, type LevelChoice } from '../../domain/grid-state';
import { personWords } from '../../domain/grid-cells';

export interface FilterFormOptions {
  grid: Grid;
  words: FilterVocabulary;
  /** The bodies the plan's recommendations are addressed to; the addressee filter is offered when there are any. */
  addressees: readonly string[];
  /** The review the level filter judges: where the grid opened. */
  scoreReview: Review | null;
  /** A control changed: the state the form now describes (sort, folding and the rest kept from `current`). */
  onChange: (state: GridViewState) => void;
  /** "Clear filters" was pressed. */
  onClear: () => void;
  current: () => GridViewState;
}

export class FilterForm {
  readonly form: HTMLFormElement;
  private readonly details: HTMLDetailsElement;

  constructor(private readonly options: FilterFormOptions) {
    const { grid, words, scoreReview } = options;
    const form = element('form', 'grid-filters');
    form.setAttribute('aria-labelledby', 'grid-filters-title');
    form.noValidate = true;
    const title = element('h2', 'grid-filters__title', 'Filter the items');
    title.id = 'grid-filters-title';
    const groups = element('div', 'grid-filters__groups');
    const hasCurrent = grid.currentReviewId !== null;

    if (scoreReview) {
      const levels = fieldset(`Score at ${scoreReview.label}`);
      for (const level of [...grid.scale.levels].sort((a, b) => a.value - b.value)) {
        levels.append(checkbox('level', String(level.value), levelTag(grid.scale.levels, level.value, level.label)));
      }
      levels.append(checkbox('level', 'none', 'No score'));
      groups.append(levels);
    }

    const deadline = fieldset('Deadline');
    deadline.append(checkbox('overdue', '1', 'Overdue'), checkbox('dueSoon', '1', 'Due soon'));
    const updates = fieldset('Updates');
    updates.append(checkbox('stale', '1', 'Stale', 'No score, no update, or the update copied forward from the last review'));
    groups.append(deadline, updates);

    const who = fieldset('Who and where');
    who.append(select('person', 'Person', [['', 'Anyone'], ...words.people.map((p): [string, string] => [String(p.id), personText(p)])], 'Leads and owners named on the items'));
    if (options.addressees.length > 0) {
      who.append(select('addressee', 'Addressed to', [['', 'Any addressee'], ...options.addressees.map((a): [string, string] => [a, a])],
        'Who the report addresses each recommendation to, as printed'));
    }
    if (words.priorities.length > 0) {
      who.append(select('priority', 'Priority', [['', 'All priorities'], ...words.priorities.map((p): [string, string] => [String(p.id), `${p.number ?? 'Unnumbered'}: ${truncate(p.text, 60)}`])]));
    }
    groups.append(who);

    if (hasCurrent) {
      const direction = fieldset('Direction of travel');
      direction.append(
        select('direction', 'Direction', [['', 'Any'], ...directionChoices(grid.scale.higherIsBetter).map((c): [string, string] => [c.value, c.text])],
          'Worked out from the scores, at the current review'),
        select('override', 'Overrides', [
          ['', 'Any item'],
          ['any', 'Overridden by a person'],
          ['contradicts', 'Override contradicts the scores'],
        ]),
        select('printed', 'Printed direction', [
          ['', 'Any item'],
          ['any', 'Printed in the source'],
          ['contradicts', 'Printed direction contradicts the scores'],
        ], 'The direction of travel the plan’s own document printed'),
      );
      groups.append(direction);
    }

    const columns = fieldset('Show');
    const count = grid.reviews.length;
    columns.append(
      select('reviews', 'Review columns', [
        ['all', `All reviews (${count})`],
        ...(count > 6 ? [['last6', 'Last 6 reviews'] as [string, string]] : []),
        ...(count > 3 ? [['last3', 'Last 3 reviews'] as [string, string]] : []),
        ['current', 'Current review only'],
      ]),
      asOfField(),
    );
    groups.append(columns);

    const clear = element('button', 'button button--secondary grid-filters__clear', 'Clear filters');
    clear.type = 'button';
    clear.addEventListener('click', () => options.onClear());
    // Open, the panel fills most of a laptop's first screen and would push the grid below it, so it starts folded
    // unless the address already filters or asks for a date (show() opens it then); the line under the count says what is filtered.
    const details = element('details', 'grid-filters__details');
    details.append(element('summary', undefined, 'Show or hide the filters'), groups, clear);
    this.details = details;
    form.append(title, details);

    // Every control applies at once; Enter in the form must not reload the page.
    form.addEventListener('change', () => options.onChange(this.read()));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.form = form;
  }

  /** The state the form's controls describe, with the sort and folded rows as they are. */
  read(): GridViewState {
    const data = new FormData(this.form);
    const query = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string' && value !== '') query.append(name, value);
    const read = parseGridState(`?${query.toString()}`);
    return { ...this.options.current(), filters: read.filters, reviews: read.reviews, asOf: read.asOf };
  }

  /** Sets the form's controls to a state (after Back, or a link that opened the page filtered). */
  write(state: GridViewState): void {
    const f = state.filters;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (input.name === 'level') input.checked = f.levels.includes(input.value === 'none' ? 'none' : (Number(input.value) as LevelChoice));
      else input.checked = Boolean(f[input.name as 'overdue' | 'dueSoon' | 'stale']);
    }
    const set = (name: string, value: string) => {
      const control = this.form.elements.namedItem(name);
      if (control instanceof HTMLInputElement) {
        control.value = value;
        return;
      }
      if (!(control instanceof HTMLSelectElement)) return;
      control.value = value;
      // A link naming someone or something not in this plan: say so in the list rather than silently showing "Anyone".
      if (control.value !== value) {
        const option = element('option', undefined, name === 'person' ? `Unknown person (${value})` : `Unknown (${value})`);
        option.value = value;
        control.append(option);
        control.value = value;
      }
    };
    set('person', f.person === null ? '' : String(f.person));
    set('addressee', f.addressee ?? '');
    set('priority', f.priority === null ? '' : String(f.priority));
    set('direction', f.direction ?? '');
    set('override', f.override ?? '');
    set('printed', f.printed ?? '');
    set('reviews', state.reviews);
    set('asOf', state.asOf ?? '');
    // A link or Back that brings filters or a date opens the panel, so the choices are there to see and change.
    if (isFiltered(f) || state.asOf) this.details.open = true;
  }

  /** Puts focus on the as-of date (after the grid was read again for a new date). */
  focusAsOf(): void {
    this.details.open = true;
    this.form.querySelector<HTMLInputElement>('#grid-filter-asOf')?.focus();
  }
}

function fieldset(legend: string): HTMLFieldSetElement {
  const group = element('fieldset', 'grid-filters__group');
  group.append(element('legend', 'grid-filters__legend', legend));
  return group;
}

function checkbox(name: string, value: string, label: string | HTMLElement, hint?: string): HTMLElement {
  const id = `grid-filter-${name}-${value}`;
  const wrapper = element('div', 'grid-filters__checkbox');
  const input = element('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  input.id = id;
  const text = element('label', undefined);
  text.htmlFor = id;
  text.append(label);
  wrapper.append(input, text);
  if (hint) wrapper.append(hintFor(input, id, hint));
  return wrapper;
}

function select(name: string, label: string, options: [string, string][], hint?: string): HTMLElement {
  const id = `grid-filter-${name}`;
  const wrapper = element('div', 'grid-filters__field');
  const text = element('label', 'label', label);
  text.htmlFor = id;
  const control = element('select', 'select');
  control.name = name;
  control.id = id;
  for (const [value, optionText] of options) {
    const option = element('option', undefined, optionText);
    option.value = value;
    control.append(option);
  }
  wrapper.append(text);
  if (hint) wrapper.append(hintFor(control, id, hint));
  wrapper.append(control);
  return wrapper;
}

/** The as-of date: a real date input, labelled, bounded by the years the API accepts. */
function asOfField(): HTMLElement {
  const id = 'grid-filter-asOf';
  const wrapper = element('div', 'grid-filters__field');
  const text = element('label', 'label', 'Figures as of');
  text.htmlFor = id;
  const input = element('input', 'input grid-filters__date');
  input.type = 'date';
  input.name = 'asOf';
  input.id = id;
  input.min = `${asOfYears.first}-01-01`;
  input.max = `${asOfYears.last}-12-31`;
  wrapper.append(text, hintFor(input, id, 'Leave empty for today. An earlier date shows the plan as it stood then: later reviews are left out.'), input);
  return wrapper;
}

function hintFor(control: HTMLElement, id: string, words: string): HTMLElement {
  const hint = element('span', 'hint grid-filters__hint', words);
  hint.id = `${id}-hint`;
  control.setAttribute('aria-describedby', hint.id);
  return hint;
}

function personText(person: Parameters<typeof personWords>[0]): string {
  const words = personWords(person);
  return words.jobTitle ? `${words.name}, ${words.jobTitle}` : words.name;
}
