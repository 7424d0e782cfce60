// The signed-in person's reminder emails (issue 17): GET/PUT /api/me/reminders.

import { apiRoot, request } from './client';

export type DigestDay = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface ReminderChoices {
  reviewReminders: boolean;
  deadlinesDigest: boolean;
  signOff: boolean;
  reviewClosed: boolean;
  digestDay: DigestDay;
}

export interface MyReminders extends ReminderChoices {
  /** False when the account is not linked to a person: the administrator's defaults apply. */
  canChoose: boolean;
  /** 0 while the person has never chosen; sent back in If-Match. */
  version: number;
}

export const getMyReminders = (signal?: AbortSignal): Promise<MyReminders> =>
  request<MyReminders>('GET', `${apiRoot}/me/reminders`, { signal });

export const saveMyReminders = (body: ReminderChoices, version: number): Promise<MyReminders> =>
  request<MyReminders>('PUT', `${apiRoot}/me/reminders`, { body, ifMatch: `"${version}"` });
