// Who is signed in, as far as this tab knows: loaded once at start-up, then changed by signing in and out.

import { currentSession, type Role, type Session } from './api/client';

let current: Session | null = null;
const listeners = new Set<(session: Session | null) => void>();

/** Settles once GET /api/session has answered; a failure counts as nobody signed in (the page can still offer sign-in). */
export const sessionLoaded: Promise<void> = currentSession().then(
  (session) => setSession(session),
  () => setSession(null),
);

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: (session: Session | null) => void): void {
  listeners.add(listener);
}

const roleWords: Record<Role, string> = {
  administrator: 'administrator',
  board: 'board member',
  manager: 'manager',
  viewer: 'viewer',
};

export function roleWord(role: Role): string {
  return roleWords[role] ?? role;
}
