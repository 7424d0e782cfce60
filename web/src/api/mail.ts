// The email outbox for administrators (issue 17): GET /api/admin/mail/outbox, PUT /api/admin/mail/sending.

import { apiRoot, request } from './client';

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
  lastError: string | null;
  sentAt: string | null;
}

export interface Outbox {
  configured: boolean;
  paused: boolean;
  version: number;
  waitingCount: number;
  failedCount: number;
  sentCount: number;
  emails: OutboxEmail[];
}

export const getOutbox = (signal?: AbortSignal): Promise<Outbox> => request<Outbox>('GET', `${apiRoot}/admin/mail/outbox`, { signal });

export const setSendingPaused = (paused: boolean, version: number): Promise<unknown> =>
  request<unknown>('PUT', `${apiRoot}/admin/mail/sending`, { body: { paused }, ifMatch: `"${version}"` });
