// The email outbox for administrators (issue 17): GET /api/admin/mail/outbox, PUT /api/admin/mail/sending, and the
// reminder defaults: GET/PUT /api/admin/mail/reminder-defaults.

import { apiRoot, request } from './client';
import type { ReminderChoices } from './reminders';

export interface OutboxEmail {
  id: number;
  kind: string;
  status: 'waiting' | 'failed' | 'sent';
  personId: number | null;
  recipientName: string;
  recipientEmail: string;
  planId: number | null;
  reviewId: number | null;
  subject: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string | null;
  /** When a waiting email can go: its next attempt, or the end of the quiet hours that falls in. */
  sendsAt: string | null;
  lastError: string | null;
  sentAt: string | null;
}

export interface Outbox {
  configured: boolean;
  paused: boolean;
  version: number;
  /** While it is quiet hours, when they end. */
  quietUntil: string | null;
  waitingCount: number;
  failedCount: number;
  sentCount: number;
  emails: OutboxEmail[];
}

export const getOutbox = (signal?: AbortSignal): Promise<Outbox> => request<Outbox>('GET', `${apiRoot}/admin/mail/outbox`, { signal });

export const setSendingPaused = (paused: boolean, version: number): Promise<unknown> =>
  request<unknown>('PUT', `${apiRoot}/admin/mail/sending`, { body: { paused }, ifMatch: `"${version}"` });

/** The defaults as sent: the choices, and the days before a review's "updates due by" date that its reminder goes (1–14). */
export interface ReminderDefaultsRequest extends ReminderChoices {
  daysBefore: number;
}

export interface ReminderDefaults extends ReminderDefaultsRequest {
  /** The email settings row's version (shared with the switch), sent back in If-Match. */
  version: number;
}

export const getReminderDefaults = (signal?: AbortSignal): Promise<ReminderDefaults> =>
  request<ReminderDefaults>('GET', `${apiRoot}/admin/mail/reminder-defaults`, { signal });

export const setReminderDefaults = (body: ReminderDefaultsRequest, version: number): Promise<ReminderDefaults> =>
  request<ReminderDefaults>('PUT', `${apiRoot}/admin/mail/reminder-defaults`, { body, ifMatch: `"${version}"` });
