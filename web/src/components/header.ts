// The header's account area: who is signed in with a "Sign out" button, or a "Sign in" link that brings the person
// back to the page they were on.

import { signOut, type Session } from '../api/client';
import { element, link } from '../dom';
import { signInPath } from '../domain/routes';
import { roleWord } from '../session';

export interface AccountArea {
  /** Redraws for `session` (null: nobody) on the page at `currentPath`. */
  update(session: Session | null, currentPath: string): void;
}

export function accountArea(slot: HTMLElement, onSignedOut: () => void): AccountArea {
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
        await signOut();
        onSignedOut();
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
