// People: who leads recommendations and owns actions. Listed, added, changed and removed here; a manager's account
// is linked to one of them on the account's page.

import { createPerson, deletePerson, getPerson, listPeople, updatePerson, type Person } from '../../api/admin';
import { element, paragraph } from '../../dom';
import { personFormFrom, personRequest } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { navigate } from '../../router';
import { addFields, adminForm, deleteForm, textField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, type AdminContext } from './shell';

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
  row.append(
    rowHeader(person.displayName),
    cell(person.jobTitle ?? ''),
    cell(person.email ? element('span', 'admin-username', person.email) : ''),
    actionsCell(actionLink(adminPaths.personEdit(person.id), 'Change', person.displayName), actionLink(adminPaths.personDelete(person.id), 'Remove', person.displayName)),
  );
  return row;
}

/** Adds a person (personId null) or changes one. */
export function showPersonForm(ctx: AdminContext, personId: number | null): void {
  const page = layout(ctx, personId === null ? 'Add a person' : 'Change a person', peopleCrumbs());
  const draw = (person: Person | null) => {
    if (person) page.retitle(`Change ${person.displayName}`);
    const values = personFormFrom(person ?? undefined);
    const name = textField({ name: 'name', label: 'Name', hint: 'As the plan prints it: a name, or initials where that is all it gives.', value: values.name, autocomplete: 'off' });
    const jobTitle = textField({ name: 'jobTitle', label: 'Job title (optional)', hint: 'For example, Head of Service, Children in Care.', value: values.jobTitle, autocomplete: 'off' });
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
