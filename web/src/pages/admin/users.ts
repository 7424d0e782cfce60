// Users and roles: the accounts table, creating an account linked to a person, changing its role, person or
// disabled flag, resetting its password and deleting it (after a confirmation page). Roles are explained in words
// beside the choice, as the README's "Signing in" table gives them.

import { createUser, deleteUser, endUserSessions, getUser, listPeople, listUsers, resetPassword, updateUser, type Person, type User } from '../../api/admin';
import { element, link, paragraph } from '../../dom';
import { createUserRequest, updateUserRequest, userFormFrom } from '../../domain/admin-forms';
import { adminPaths } from '../../domain/admin-routes';
import { count, roleChoices, roleText } from '../../domain/admin-words';
import { formatDate } from '../../domain/grid-rows';
import { navigate } from '../../router';
import { addFields, adminForm, checkboxField, deleteForm, note, radiosField, selectField, textField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext } from './shell';

const usersCrumbs = () => crumbsTo({ href: adminPaths.users(), text: 'Users and roles' });

export function showUsers(ctx: AdminContext): void {
  const page = layout(ctx, 'Users and roles', crumbsTo());
  void load(ctx, page.body, 'the accounts', listUsers(ctx.signal), (users) => {
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(adminPaths.userNew(), 'Create an account'));
    const rows = users.map(userRow);
    page.body.append(
      paragraph('Everyone who signs in to the tracker has an account here. A disabled account cannot sign in, and its API tokens stop working.'),
      actions,
      adminTable(`Accounts (${count(users.length, 'account')})`, ['Name', 'Username', 'Role', 'Linked person', 'Status', 'Actions'], rows),
      rolesExplained(),
    );
  });
}

function userRow(user: User): HTMLTableRowElement {
  const row = element('tr');
  const status = user.isDisabled
    ? tag('Disabled', 'disabled')
    : user.lockedUntil
      ? tag(`Locked from one address until ${lockedUntilText(user.lockedUntil)}`, 'locked')
      : tag('Active', 'active');
  row.append(
    rowHeader(user.displayName),
    cell(element('span', 'admin-username', user.username)),
    cell(roleText(user.role)),
    cell(user.personName ?? element('span', 'hint', 'None')),
    cell(status),
    actionsCell(
      actionLink(adminPaths.userEdit(user.id), 'Change', `${user.displayName}’s account`),
      actionLink(adminPaths.userPassword(user.id), 'Reset password', `for ${user.displayName}`),
      actionLink(adminPaths.userSessions(user.id), 'Sign out everywhere', `(${user.displayName})`),
      actionLink(adminPaths.userDelete(user.id), 'Delete', `${user.displayName}’s account`),
    ),
  );
  return row;
}

/** A lock-out's end as UK time, e.g. "23 November 2026, 09:45". */
function lockedUntilText(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(when);
  return `${formatDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(when))}, ${time}`;
}

/** The roles in words, under the table as well as beside the choice, so the table's "Board member" can be looked up. */
function rolesExplained(): HTMLElement {
  const section = element('section', 'admin-section');
  const heading = element('h2', undefined, 'What each role may do');
  heading.id = 'roles-heading';
  section.setAttribute('aria-labelledby', heading.id);
  const list = element('dl', 'summary-list');
  for (const role of roleChoices) {
    const row = element('div', 'summary-list__row');
    row.append(element('dt', 'summary-list__key', role.text), element('dd', 'summary-list__value', role.hint));
    list.append(row);
  }
  section.append(heading, list);
  return section;
}

function personOptions(people: readonly Person[]) {
  return [
    { value: '', text: 'No linked person' },
    ...people.map((p) => ({ value: String(p.id), text: p.name && p.jobTitle ? `${p.name} (${p.jobTitle})` : p.displayName })),
  ];
}

/** Creates an account (userId null) or changes one. */
export function showUserForm(ctx: AdminContext, userId: number | null): void {
  const page = layout(ctx, userId === null ? 'Create an account' : 'Change an account', usersCrumbs());
  const loading = Promise.all([userId === null ? Promise.resolve(null) : getUser(userId, ctx.signal), listPeople(ctx.signal)]);
  void load(
    ctx,
    page.body,
    userId === null ? 'the people to link to' : 'the account',
    loading,
    ([user, people]) => {
      if (user) page.retitle(`Change ${user.displayName}’s account`);
      page.body.append(userForm(user, people));
    },
    'There is no account at this address. It may have been deleted.',
    () => page.retitle('No such account'),
  );
}

function userForm(user: User | null, people: readonly Person[]): HTMLElement {
  const values = userFormFrom(user ?? undefined);
  const displayName = textField({
    name: 'displayName',
    label: 'Name',
    hint: 'As it appears in the header and in the history of changes, for example Aisha Rahman.',
    value: values.displayName,
    autocomplete: 'off',
    spellcheck: false,
  });
  const username = textField({
    name: 'username',
    label: 'Username',
    hint: 'What they type to sign in: usually their work email address. Letters, digits and . _ @ + - only.',
    value: values.username,
    autocomplete: 'off',
    spellcheck: false,
  });
  username.input.setAttribute('autocapitalize', 'none');
  const role = radiosField({ name: 'role', legend: 'Role', hint: 'What this account may do.', value: values.role, choices: roleChoices });
  const hint = [
    'Needed for a manager: they can score the items this person leads or owns. If the person is not listed, add them on the ',
    link(adminPaths.people(), 'People page'),
    ' first.',
  ];
  const personId = selectField({ name: 'personId', label: 'Linked person (optional)', hint, value: values.personId, options: personOptions(people) });
  const password = textField({
    name: 'password',
    label: 'First password',
    hint: 'At least 12 characters; a few unrelated words make a good one. Tell them it, and ask them to change it when they first sign in.',
    value: '',
    type: 'password',
    autocomplete: 'new-password',
  });
  const isDisabled = checkboxField({
    name: 'isDisabled',
    label: 'Disable this account',
    hint: 'It cannot sign in and its API tokens stop working. The account and its history stay.',
    checked: values.isDisabled,
  });

  const current = () => ({
    ...values,
    displayName: displayName.input.value,
    username: username.input.value,
    role: role.value(),
    personId: personId.input.value,
    password: password.input.value,
    isDisabled: isDisabled.input.checked,
  });

  if (user === null) {
    const fields = [displayName, username, role, personId, password];
    const form = adminForm({
      fields: () => fields,
      submitText: 'Create account',
      progressText: 'Creating the account…',
      cancel: { href: adminPaths.users(), text: 'Cancel' },
      thing: 'This account',
      otherwise: null,
      submit: async () => {
        const created = await createUser(createUserRequest(current()));
        setFlash(`Account created for ${created.displayName} (${created.username}), ${roleText(created.role).toLowerCase()}. Tell them their username and first password.`);
        navigate(adminPaths.users());
      },
    });
    addFields(form, ...fields);
    return form.element;
  }

  const fields = [displayName, role, personId, isDisabled];
  const form = adminForm({
    fields: () => fields,
    submitText: 'Save changes',
    progressText: 'Saving…',
    cancel: { href: adminPaths.users(), text: 'Cancel' },
    thing: 'This account',
    otherwise: null,
    submit: async () => {
      const saved = await updateUser(user.id, updateUserRequest(current()), user.version);
      setFlash(`Changes to ${saved.displayName}’s account saved.`);
      navigate(adminPaths.users());
    },
  });
  addFields(form, note(`Username: ${user.username} (it cannot change).`), displayName, role, personId, isDisabled);
  const more = element('p', 'admin-more');
  more.append(
    actionLink(adminPaths.userPassword(user.id), 'Reset the password', `for ${user.displayName}`),
    ' · ',
    actionLink(adminPaths.userSessions(user.id), 'Sign them out everywhere', `(${user.displayName})`),
    ' · ',
    actionLink(adminPaths.userDelete(user.id), 'Delete this account', `(${user.displayName})`),
  );
  const wrapper = element('div');
  wrapper.append(form.element, more);
  return wrapper;
}

export function showUserPassword(ctx: AdminContext, userId: number): void {
  const page = layout(ctx, 'Reset a password', usersCrumbs());
  void load(
    ctx,
    page.body,
    'the account',
    getUser(userId, ctx.signal),
    (user) => {
      page.retitle(`Reset ${user.displayName}’s password`);
      const password = textField({
        name: 'newPassword',
        label: 'New password',
        hint: 'At least 12 characters; a few unrelated words make a good one.',
        value: '',
        type: 'password',
        autocomplete: 'new-password',
      });
      const form = adminForm({
        fields: () => [password],
        submitText: 'Reset password',
        progressText: 'Resetting the password…',
        cancel: { href: adminPaths.users(), text: 'Cancel' },
        thing: 'This account',
        otherwise: null,
        submit: async () => {
          const saved = await resetPassword(user.id, password.input.value, user.version);
          setFlash(`Password reset for ${saved.displayName} (${saved.username}). Tell them the new password.`);
          navigate(adminPaths.users());
        },
      });
      addFields(
        form,
        paragraph(`This also lifts a lock-out and signs ${user.displayName} out everywhere they are signed in.`),
        password,
      );
      page.body.append(form.element);
    },
    'There is no account at this address. It may have been deleted.',
    () => page.retitle('No such account'),
  );
}

/**
 * Ends every session of an account (a lost laptop, a shared computer left signed in) after a confirmation page. The
 * account, its password and its API tokens stay as they are, so the person can sign in again at once.
 */
export function showUserSessions(ctx: AdminContext, userId: number): void {
  const page = layout(ctx, 'Sign an account out everywhere', usersCrumbs());
  void load(
    ctx,
    page.body,
    'the account',
    getUser(userId, ctx.signal),
    (user) => {
      page.retitle(`Sign ${user.displayName} out everywhere?`);
      const form = adminForm({
        fields: () => [],
        submitText: 'Sign out everywhere',
        progressText: 'Signing out…',
        cancel: { href: adminPaths.users(), text: 'Cancel' },
        thing: 'This account',
        otherwise: null,
        submit: async () => {
          await endUserSessions(user.id);
          setFlash(`${user.displayName} (${user.username}) has been signed out everywhere. They can sign in again with their password.`);
          navigate(adminPaths.users());
        },
      });
      addFields(
        form,
        paragraph(`Every browser where ${user.displayName} is signed in will ask them to sign in again at its next step.`),
        paragraph('Their password and API tokens do not change. If the password may be known to someone else, reset it instead; to stop an integration, revoke its token.'),
      );
      page.body.append(form.element);
    },
    'There is no account at this address. It may have been deleted.',
    () => page.retitle('No such account'),
  );
}

export function showUserDelete(ctx: AdminContext, userId: number): void {
  const page = layout(ctx, 'Delete an account', usersCrumbs());
  void load(
    ctx,
    page.body,
    'the account',
    getUser(userId, ctx.signal),
    (user) => {
      page.retitle(`Delete ${user.displayName}’s account?`);
      const disable = element('p');
      disable.append('If they may need it again, ', link(adminPaths.userEdit(user.id), 'disable the account'), ' instead.');
      const form = deleteForm({
        explain: [
          `${user.displayName} (${user.username}) will no longer be able to sign in, and their API tokens will stop working. The history of their changes is kept.`,
        ],
        submitText: 'Delete account',
        cancel: { href: adminPaths.users(), text: 'No, keep it' },
        thing: 'This account',
        submit: async () => {
          await deleteUser(user.id, user.version);
          setFlash(`The account for ${user.displayName} (${user.username}) has been deleted.`);
          navigate(adminPaths.users());
        },
      });
      form.form.insertBefore(disable, form.form.querySelector('.warning-text'));
      page.body.append(form.element);
    },
    'There is no account at this address. It may have been deleted.',
    () => page.retitle('No such account'),
  );
}
