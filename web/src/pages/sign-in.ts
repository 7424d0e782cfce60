// The sign-in page: a GOV.UK-style form. Errors come back from the API (it owns the rules, and says the same thing
// to every client) and are shown twice, as GOV.UK does: in a summary at the top and beside the field.

import { signIn, signInProviders, type Session, type SignInProviders } from '../api/client';
import { formErrors, type FieldError } from '../api/problems';
import { errorSummary } from '../components/error-summary';
import { element, link, pageHeading, paragraph, serviceName } from '../dom';
import { getSession, roleWord, sessionLoaded } from '../session';
import { singleSignOnError, singleSignOnHref } from '../domain/sign-in-providers';

type Field = 'username' | 'password';
const fields: readonly Field[] = ['username', 'password'];
const pageTitle = `Sign in – ${serviceName}`;

export interface SignInOptions {
  /** Where to go afterwards, already checked to be a path on this site. */
  returnTo: string;
  /** A notice to show above the form, e.g. after signing out. */
  notice: string | null;
  /** The ?ssoError= code a failed single sign-on came back with (issue 16), shown in the error summary. */
  singleSignOnError: string | null;
  onSignedIn: (session: Session) => void;
}

export function showSignIn(main: HTMLElement, options: SignInOptions): void {
  document.title = pageTitle;
  const heading = pageHeading('Sign in');
  const body = element('div');
  const loading = paragraph('Checking whether you are already signed in…');
  loading.setAttribute('role', 'status');
  body.append(loading);
  main.replaceChildren(heading, body);
  if (options.notice) {
    const notice = element('div', 'notice', options.notice);
    notice.setAttribute('role', 'status');
    heading.after(notice);
  }

  // Without the providers (an old server, a network blip) the page still offers the password form.
  const providers = signInProviders().catch((): SignInProviders =>
    ({ singleSignOn: false, singleSignOnText: null, singleSignOnAddress: null, localAccounts: true }));
  void Promise.all([sessionLoaded, providers]).then(([, ways]) => {
    const session = getSession();
    body.replaceChildren(...(session ? alreadySignedIn(session, options.returnTo) : [signInForm(options, ways)]));
  });
}

function alreadySignedIn(session: Session, returnTo: string): Node[] {
  const continueLink = paragraph('');
  continueLink.append(link(returnTo, returnTo === '/' ? 'Go to the plans' : 'Continue'));
  return [paragraph(`You are signed in as ${session.displayName} (${roleWord(session.role)}).`), continueLink];
}

function signInForm(options: SignInOptions, ways: SignInProviders): HTMLElement {
  const wrapper = element('div');
  const summarySlot = element('div');
  const form = element('form', 'form');
  form.noValidate = true; // the API's messages, in the summary, rather than the browser's bubbles

  const username = textField('username', 'Email or username', 'text', 'username');
  username.input.spellcheck = false;
  username.input.setAttribute('autocapitalize', 'none');
  const password = textField('password', 'Password', 'password', 'current-password');
  const inputs: Record<Field, ReturnType<typeof textField>> = { username, password };

  const button = element('button', 'button', 'Sign in');
  button.type = 'submit';
  const progress = element('p', 'form__progress');
  progress.setAttribute('role', 'status');

  form.append(username.group, password.group, button, progress);
  wrapper.append(summarySlot);
  if (ways.singleSignOn && ways.singleSignOnAddress) {
    // A link, not a form: the server redirects to the council's provider and back (GET /api/session/sso).
    const council = link(singleSignOnHref(ways.singleSignOnAddress, options.returnTo), ways.singleSignOnText ?? 'Sign in with your council account', 'button');
    council.id = 'single-sign-on';
    wrapper.append(paragraph('Use the account you sign in to your council’s computers and email with.'), element('p'));
    wrapper.lastElementChild!.append(council);
  }
  if (ways.localAccounts) {
    if (ways.singleSignOn) wrapper.append(element('h2', undefined, 'Or sign in with a username and password'));
    wrapper.append(form);
  } else {
    // Passwords are off; the emergency (break-glass) administrator accounts named in the settings still use one.
    const details = element('details');
    details.append(element('summary', undefined, 'Emergency administrator sign-in'), form);
    wrapper.append(details);
  }

  let pending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (pending) return;
    pending = true;
    button.setAttribute('aria-disabled', 'true');
    progress.textContent = 'Signing in…';
    try {
      const session = await signIn(username.input.value, password.input.value);
      options.onSignedIn(session);
    } catch (error) {
      progress.textContent = '';
      const errors = formErrors(error, fields, 'username');
      // A wrong password is not kept: the person types it again rather than editing what they cannot see.
      password.input.value = '';
      showErrors(errors);
    } finally {
      pending = false;
      button.removeAttribute('aria-disabled');
    }
  });

  function showErrors(errors: FieldError[]): void {
    for (const field of fields) inputs[field].setError(errors.filter((e) => e.field === field).map((e) => e.message));
    document.title = `Error: ${pageTitle}`;
    const summary = errorSummary(errors, (field) => (field in inputs ? inputs[field as Field].input : null));
    summarySlot.replaceChildren(summary);
    summary.focus();
  }

  const ssoMessage = singleSignOnError(options.singleSignOnError);
  if (ssoMessage) {
    document.title = `Error: ${pageTitle}`;
    const council = wrapper.querySelector<HTMLElement>('#single-sign-on');
    summarySlot.replaceChildren(errorSummary([{ field: 'singleSignOn', message: ssoMessage }], () => council));
    queueMicrotask(() => summarySlot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  return wrapper;
}

/** A labelled input with room for an inline error, in the GOV.UK form-group pattern. */
function textField(name: Field, label: string, type: 'text' | 'password', autocomplete: string) {
  const group = element('div', 'form-group');
  const labelElement = element('label', 'label', label);
  labelElement.htmlFor = name;
  const error = element('p', 'error-message');
  error.id = `${name}-error`;
  error.hidden = true;
  const input = element('input', 'input');
  input.id = name;
  input.name = name;
  input.type = type;
  input.autocomplete = autocomplete as AutoFill;
  group.append(labelElement, error, input);

  return {
    group,
    input,
    setError(messages: string[]) {
      const has = messages.length > 0;
      group.classList.toggle('form-group--error', has);
      input.classList.toggle('input--error', has);
      error.hidden = !has;
      // "Error:" is read out before the message, since the red border and text cannot be seen by everyone.
      error.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
      if (has) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    },
  };
}
