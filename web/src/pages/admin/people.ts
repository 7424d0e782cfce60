// People: who leads recommendations and owns actions. Listed, added, changed and removed here; a manager's account
// is linked to one of them on the account's page. Plans often name someone by role only ("Head of Service"): such a
// person has a job title and no name, is shown as such, and once the board knows who it is can be linked to a named
// person, which moves every place they hold (POST /api/people/{id}/link).

import { createPerson, deletePerson, getPerson, linkPerson, listPeople, updatePerson, type Person } from '../../api/admin';
import { element, paragraph } from '../../dom';
import { linkCandidates, linkedMessage, namedPersonId, personChoiceText, personFormFrom, personRequest } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { navigate } from '../../router';
import { addFields, adminForm, deleteForm, selectField, textField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext } from './shell';

const peopleCrumbs = () => crumbsTo({ href: adminPaths.people(), text: 'People' });
const noSuchPerson = 'There is no person at this address. They may have been removed.';

export function showPeople(ctx: AdminContext): void {
  const page = layout(ctx, 'People', crumbsTo());
  void load(ctx, page.body, 'the people', listPeople(ctx.signal), (people) => {
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(adminPaths.personNew(), 'Add a person'));
    page.body.append(
      paragraph('The people a plan names as leads, responsible officers and owners. Link a manager’s account to their person on the Users and roles page.'),
      actions,
      people.length === 0
        ? paragraph('Nobody has been added yet.')
        : adminTable(`People (${count(people.length, 'person', 'people')})`, ['Name', 'Job title', 'Email', 'Actions'], people.map(personRow)),
    );
  });
}

function personRow(person: Person): HTMLTableRowElement {
  const row = element('tr');
  // Someone named by role only is their role, said once, with a tag in words: the Name column holds no name for them.
  const name = rowHeader(person.displayName);
  if (person.roleOnly) name.append(' ', tag('Named by role only', 'role-only'));
  const actions = [actionLink(adminPaths.personEdit(person.id), 'Change', person.displayName)];
  if (person.roleOnly) actions.push(actionLink(adminPaths.personLink(person.id), 'Link to a named person', `(${person.displayName})`));
  actions.push(actionLink(adminPaths.personDelete(person.id), 'Remove', person.displayName));
  row.append(
    name,
    cell(person.jobTitle ?? ''),
    cell(person.email ? element('span', 'admin-username', person.email) : ''),
    actionsCell(...actions),
  );
  return row;
}

/** Adds a person (personId null) or changes one. */
export function showPersonForm(ctx: AdminContext, personId: number | null): void {
  const page = layout(ctx, personId === null ? 'Add a person' : 'Change a person', peopleCrumbs());
  const draw = (person: Person | null) => {
    if (person) page.retitle(`Change ${person.displayName}`);
    const values = personFormFrom(person ?? undefined);
    const name = textField({
      name: 'name',
      label: 'Name',
      hint: 'As the plan prints it: a name, or initials where that is all it gives. Leave it blank when the plan names them only by their role, such as Head of Service, and give the role as the job title.',
      value: values.name,
      autocomplete: 'off',
    });
    const jobTitle = textField({
      name: 'jobTitle',
      label: 'Job title',
      hint: 'For example, Head of Service, Children in Care. Optional when there is a name; without one, the person is named by this role only, and can be linked to a named person later.',
      value: values.jobTitle,
      autocomplete: 'off',
    });
    const email = textField({ name: 'email', label: 'Email address (optional)', value: values.email, type: 'email', autocomplete: 'off', spellcheck: false });
    const fields = [name, jobTitle, email];
    const current = () => ({ name: name.input.value, jobTitle: jobTitle.input.value, email: email.input.value });
    const form = adminForm({
      fields: () => fields,
      submitText: person ? 'Save changes' : 'Add person',
      progressText: 'Saving…',
      cancel: { href: adminPaths.people(), text: 'Cancel' },
      thing: 'This person',
      submit: async () => {
        const saved = person ? await updatePerson(person.id, personRequest(current()), person.version) : await createPerson(personRequest(current()));
        setFlash(person ? `Changes to ${saved.displayName} saved.` : `${saved.displayName} added.`);
        navigate(adminPaths.people());
      },
    });
    addFields(form, ...fields);
    page.body.append(form.element);
  };
  if (personId === null) {
    draw(null);
    return;
  }
  void load(ctx, page.body, 'the person', getPerson(personId, ctx.signal), draw, noSuchPerson, () => page.retitle('No such person'));
}

export function showPersonDelete(ctx: AdminContext, personId: number): void {
  const page = layout(ctx, 'Remove a person', peopleCrumbs());
  void load(
    ctx,
    page.body,
    'the person',
    getPerson(personId, ctx.signal),
    (person) => {
      page.retitle(`Remove ${person.displayName}?`);
      const form = deleteForm({
        explain: [
          `${person.displayName} will no longer be offered as a lead, responsible officer or owner. Someone who still leads or owns items cannot be removed: reassign the items first. The history of their changes is kept.`,
        ],
        submitText: 'Remove person',
        cancel: { href: adminPaths.people(), text: 'No, keep them' },
        thing: 'This person',
        submit: async () => {
          await deletePerson(person.id, person.version);
          setFlash(`${person.displayName} has been removed.`);
          navigate(adminPaths.people());
        },
      });
      page.body.append(form.element);
    },
    noSuchPerson,
    () => page.retitle('No such person'),
  );
}

/**
 * Links a person named by role only to a named person: a person picker and, on the same page, what will move, in words,
 * before the button that moves it (as the delete pages confirm). The API moves every place they lead or own and any
 * account linked to them, and removes them; its errors go to the shared error summary.
 */
export function showPersonLink(ctx: AdminContext, personId: number): void {
  const page = layout(ctx, 'Link to a named person', peopleCrumbs());
  void load(
    ctx,
    page.body,
    'the person',
    Promise.all([getPerson(personId, ctx.signal), listPeople(ctx.signal)]),
    ([person, people]) => {
      page.retitle(`Link ${person.displayName} to a named person`);
      const candidates = linkCandidates(people, person.id);
      const intro = person.roleOnly
        ? `The plan names ${person.displayName} only by their role. When the board knows who holds it, link them to that person.`
        : `Use this when ${person.displayName} is the same person as someone else in the list.`;
      if (candidates.length === 0) {
        const actions = element('p', 'admin-actions-bar');
        actions.append(buttonLink(adminPaths.personNew(), 'Add a person'));
        page.body.append(paragraph(intro), paragraph('There is nobody with a name to link to yet. Add the person first, then come back.'), actions);
        return;
      }
      const chosen = selectField({
        name: 'namedPersonId',
        label: 'Named person',
        hint: 'Only people with a name are offered.',
        value: '',
        options: [{ value: '', text: 'Choose a person' }, ...candidates.map((p) => ({ value: String(p.id), text: personChoiceText(p) }))],
      });
      // What will move, said again with the name once one is chosen; polite, so it is read after the choice itself.
      const consequence = element('div', 'inset-text admin-link__consequence');
      consequence.setAttribute('aria-live', 'polite');
      const say = () => {
        const to = candidates.find((p) => String(p.id) === chosen.input.value)?.displayName ?? 'the person you choose';
        consequence.replaceChildren(
          element('h2', 'admin-link__heading', 'What will happen'),
          paragraph(`Every recommendation, action and success measure that ${person.displayName} leads or owns, in every plan, will be led or owned by ${to} instead.`),
          paragraph(`Any account linked to ${person.displayName} will be linked to ${to}.`),
          paragraph(`${person.displayName} will then be removed from the people list. The history of changes keeps both, and records each item changing hands.`),
        );
      };
      say();
      chosen.input.addEventListener('change', say);
      const form = adminForm({
        fields: () => [chosen],
        submitText: 'Link and move their places',
        progressText: 'Linking…',
        cancel: { href: adminPaths.people(), text: 'Cancel' },
        thing: 'This person',
        otherwise: null,
        submit: async () => {
          const result = await linkPerson(person.id, namedPersonId(chosen.input.value), person.version);
          setFlash(linkedMessage(person.displayName, result.person.displayName, result.itemsMoved, result.accountsMoved));
          navigate(adminPaths.people());
        },
      });
      const warning = element('div', 'warning-text');
      const icon = element('span', 'warning-text__icon', '!');
      icon.setAttribute('aria-hidden', 'true');
      const text = element('strong', 'warning-text__text');
      text.append(element('span', 'visually-hidden', 'Warning: '), 'This cannot be undone.');
      warning.append(icon, text);
      addFields(form, paragraph(intro), chosen, consequence, warning);
      page.body.append(form.element);
    },
    noSuchPerson,
    () => page.retitle('No such person'),
  );
}
