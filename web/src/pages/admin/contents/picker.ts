// The person picker for an item's leads or owners: the people chosen, in the order the plan prints them, each with
// Move up, Move down and Remove; a search field (name or job title, GET /api/people?search=) whose results are buttons
// that choose a person, with the count announced in a status region; and "Add a new person" (name and/or job title,
// email; POST /api/people) inside the form, so the item being written is not left.
//
// Why buttons rather than an ARIA combobox: each result is a real button in the tab order, which every keyboard and
// screen reader operates without learning a widget's keys, and choosing one is an action (it adds to the list), not a
// value typed into the field. Enter in the search field searches at once instead of sending the whole form.

import { type Person } from '../../../api/admin';
import type { PersonRef } from '../../../api/client';
import { addPerson as createPerson, searchPeople } from '../../../api/contents';
import { formErrors } from '../../../api/problems';
import { element, paragraph } from '../../../dom';
import { addPerson, movePerson, personWords, removePerson, resultsText, resultsToOffer, searchable, type PickedPerson } from '../../../domain/person-picker';
import { fieldId, textField, type Field } from '../form';

export interface PersonPicker extends Field {
  ids(): number[];
}

export function personPicker(o: { name: string; legend: string; hint: string; role: string; chosen: readonly PersonRef[] }): PersonPicker {
  const id = fieldId(o.name);
  let chosen: PickedPerson[] = [...o.chosen];
  const group = element('div', 'form-group person-picker');
  const set = element('fieldset', 'fieldset');
  set.id = id;
  const legend = element('legend', 'fieldset__legend', o.legend);
  const hint = element('div', 'hint form-hint', o.hint);
  hint.id = `${id}-hint`;
  const error = element('p', 'error-message');
  error.id = `${id}-error`;
  error.hidden = true;
  set.setAttribute('aria-describedby', hint.id);

  const chosenList = element('ol', 'person-picker__chosen');
  chosenList.setAttribute('aria-label', `${o.legend}: chosen, in the order printed`);
  const none = paragraph('No one chosen.', 'person-picker__none');
  const status = element('p', 'person-picker__status');
  status.setAttribute('role', 'status');

  const searchId = `${id}-search`;
  const searchLabel = element('label', 'label', 'Find a person by name or job title');
  searchLabel.htmlFor = searchId;
  const search = element('input', 'input person-picker__search');
  search.id = searchId;
  search.type = 'search';
  search.autocomplete = 'off';
  search.spellcheck = false;
  const results = element('ul', 'person-picker__results');
  results.setAttribute('aria-label', `People found for ${o.legend.toLowerCase()}`);
  results.hidden = true;

  const say = (text: string) => {
    status.textContent = text;
  };

  const drawChosen = (focus?: { personId: number; action: string }) => {
    chosenList.replaceChildren();
    none.hidden = chosen.length > 0;
    chosenList.hidden = chosen.length === 0;
    chosen.forEach((person, index) => {
      const li = element('li', 'person-picker__person');
      const words = personWords(person);
      li.append(element('span', 'person-picker__name', words));
      const buttons = element('span', 'person-picker__buttons');
      const button = (action: string, text: string, run: () => void) => {
        const b = element('button', 'button button--secondary button--small');
        b.type = 'button';
        b.dataset.action = action;
        b.append(text, element('span', 'visually-hidden', ` ${words}`));
        b.addEventListener('click', run);
        buttons.append(b);
      };
      if (index > 0) button('up', 'Move up', () => move(person, -1));
      if (index < chosen.length - 1) button('down', 'Move down', () => move(person, 1));
      button('remove', 'Remove', () => remove(person, index));
      li.append(buttons);
      chosenList.append(li);
      if (focus?.personId === person.id) {
        const all = [...buttons.querySelectorAll<HTMLButtonElement>('button')];
        queueMicrotask(() => (all.find((b) => b.dataset.action === focus.action) ?? all[0])?.focus());
      }
    });
  };

  const move = (person: PickedPerson, by: -1 | 1) => {
    chosen = movePerson(chosen, person.id, by);
    drawChosen({ personId: person.id, action: by < 0 ? 'up' : 'down' });
    say(`${personWords(person)} is now ${chosen.findIndex((p) => p.id === person.id) + 1} of ${chosen.length}.`);
  };

  const remove = (person: PickedPerson, index: number) => {
    chosen = removePerson(chosen, person.id);
    const next = chosen[Math.min(index, chosen.length - 1)];
    drawChosen(next ? { personId: next.id, action: 'remove' } : undefined);
    if (!next) search.focus();
    say(`${personWords(person)} removed. ${chosenCount()}`);
  };

  const chosenCount = () => (chosen.length === 0 ? `No one chosen as ${o.role}.` : `${chosen.length} chosen as ${o.role}.`);

  const choose = (person: Person) => {
    chosen = addPerson(chosen, person);
    drawChosen();
    results.replaceChildren();
    results.hidden = true;
    search.value = '';
    search.focus();
    say(`${personWords(person)} chosen as ${o.role}. ${chosenCount()}`);
  };

  let searching: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runSearch = async () => {
    clearTimeout(timer);
    const text = search.value;
    searching?.abort();
    if (!searchable(text)) {
      results.replaceChildren();
      results.hidden = true;
      say(text.trim() === '' ? '' : 'Type at least 2 letters to search.');
      return;
    }
    const controller = new AbortController();
    searching = controller;
    try {
      const found = await searchPeople(text.trim(), controller.signal);
      if (controller.signal.aborted) return;
      const offered = resultsToOffer(found, chosen);
      results.replaceChildren(
        ...offered.map((person) => {
          const li = element('li');
          const b = element('button', 'person-picker__result');
          b.type = 'button';
          b.append(element('span', 'visually-hidden', 'Choose '), personWords(person));
          b.addEventListener('click', () => choose(person));
          li.append(b);
          return li;
        }),
      );
      results.hidden = offered.length === 0;
      say(resultsText(found.length, offered.length, text));
    } catch {
      if (!controller.signal.aborted) say('The search did not work. Check your connection and try again.');
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), 300);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void runSearch();
    }
  });

  // Adding a new person without leaving the form: fields of their own, sent by a button (a form cannot hold a form).
  const panelId = `${id}-new`;
  const toggle = element('button', 'button button--secondary person-picker__toggle', 'Add a new person');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panelId);
  const panel = element('div', 'person-picker__new');
  panel.id = panelId;
  panel.hidden = true;
  const newName = textField({ name: `${o.name}-new-name`, label: 'Name', hint: 'Leave it blank for someone the plan names by role only.', value: '', autocomplete: 'off', spellcheck: false });
  const newTitle = textField({ name: `${o.name}-new-jobTitle`, label: 'Job title', hint: 'As the plan prints it, for example Head of Service.', value: '', autocomplete: 'off' });
  const newEmail = textField({ name: `${o.name}-new-email`, label: 'Email (optional)', value: '', type: 'email', autocomplete: 'off', spellcheck: false });
  const add = element('button', 'button', `Add this person as ${o.role}`);
  add.type = 'button';
  const newProblem = element('p', 'error-message');
  newProblem.hidden = true;
  panel.append(newName.group, newTitle.group, newEmail.group, newProblem, add);
  toggle.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) newName.input.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      add.click();
    }
  });
  let adding = false;
  add.addEventListener('click', async () => {
    if (adding) return;
    adding = true;
    add.setAttribute('aria-disabled', 'true');
    const fields = { name: newName, jobTitle: newTitle, email: newEmail };
    for (const f of Object.values(fields)) f.setError([]);
    newProblem.hidden = true;
    try {
      const blank = (s: string) => (s.trim() === '' ? null : s.trim());
      const person = await createPerson({ name: blank(newName.input.value), jobTitle: blank(newTitle.input.value), email: blank(newEmail.input.value) });
      for (const f of Object.values(fields)) f.input.value = '';
      panel.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      chosen = addPerson(chosen, person);
      drawChosen();
      search.focus();
      say(`${personWords(person)} added as a new person and chosen as ${o.role}. ${chosenCount()}`);
    } catch (problem) {
      const errors = formErrors(problem, ['name', 'jobTitle', 'email'], null);
      let first: HTMLInputElement | null = null;
      for (const [key, f] of Object.entries(fields)) {
        const messages = errors.filter((e) => e.field === key).map((e) => e.message);
        f.setError(messages);
        if (messages.length && !first) first = f.input;
      }
      const general = errors.filter((e) => e.field === null).map((e) => e.message);
      if (general.length) {
        newProblem.hidden = false;
        newProblem.replaceChildren(element('span', 'visually-hidden', 'Error: '), general.join(' '));
      }
      (first ?? add).focus();
    } finally {
      adding = false;
      add.removeAttribute('aria-disabled');
    }
  });

  const searchGroup = element('div', 'person-picker__search-group');
  searchGroup.append(searchLabel, search);
  set.append(legend, hint, error, chosenList, none, searchGroup, status, results, toggle, panel);
  group.append(set);
  drawChosen();

  return {
    name: o.name,
    group,
    focusTarget: () => search,
    ids: () => chosen.map((p) => p.id),
    setError(messages: readonly string[]) {
      const has = messages.length > 0;
      group.classList.toggle('form-group--error', has);
      error.hidden = !has;
      error.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
      set.setAttribute('aria-describedby', has ? `${hint.id} ${error.id}` : hint.id);
    },
  };
}
