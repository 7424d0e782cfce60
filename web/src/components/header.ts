// The header's account area: who is signed in with a "Sign out" button, or a "Sign in" link that brings the person
// back to the page they were on.

import { signOut, type Session } from '../api/client';
import { element, link } from '../dom';
import { signInPath } from '../domain/routes';
import { providerSignOutTarget } from '../domain/sign-in-providers';
import { roleWord } from '../session';

export interface AccountArea {
  /** Redraws for `session` (null: nobody) on the page at `currentPath`. */
  update(session: Session | null, currentPath: string): void;
}

/**
 * `onSignedOut` runs after signing out of the tracker; `leave` (default: a full navigation) takes the browser to the
 * council provider's sign-out address when the session came from single sign-on (issue 16).
 */
export function accountArea(slot: HTMLElement, onSignedOut: () => void, leave: (address: string) => void = (a) => location.assign(a)): AccountArea {
  let pending = false;

  function signedIn(session: Session): Node[] {
    const who = element('p', 'site-header__who');
    who.append('Signed in as ', element('strong', undefined, session.displayName), ` (${roleWord(session.role)})`);
    const button = element('button', 'site-header__button', 'Sign out');
    button.type = 'button';
    const problem = element('p', 'site-header__problem');
    // An empty live region is in the page from the start, so a failure written into it is announced.
    problem.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      if (pending) return;
      pending = true;
      problem.textContent = '';
      try {
        const provider = await signOut();
        const address = providerSignOutTarget(provider);
        if (address) leave(address);
        else onSignedOut();
      } catch {
        problem.textContent = 'Signing out did not work. Try again.';
      } finally {
        pending = false;
      }
    });
    // The person's own settings: which reminder emails they receive.
    const settings = link('/settings/reminders', 'Reminder emails', 'site-header__link');
    return [who, settings, button, problem];
  }

  return {
    update(session, currentPath) {
      if (session) {
        slot.replaceChildren(...signedIn(session));
        return;
      }
      const signIn = link(signInPath(currentPath), 'Sign in');
      if (currentPath.startsWith('/sign-in')) signIn.setAttribute('aria-current', 'page');
      slot.replaceChildren(signIn);
    },
  };
}

