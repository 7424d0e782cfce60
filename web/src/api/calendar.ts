// Calendar feeds (issue 17): secret, revocable iCalendar addresses of a person's deadlines and review dates
// (GET/POST /api/me/calendar-feeds, DELETE …/{id}) or of a whole plan's, for the board
// (GET/POST /api/plans/{planId}/calendar-feeds, DELETE …/{id}). A feed's address is in the answer to its creation only.

import { apiRoot, request } from './client';

export interface CalendarFeed {
  id: number;
  kind: 'person' | 'plan';
  name: string;
  personId: number | null;
  planId: number | null;
  createdBy: string;
  createdAt: string;
}

export interface NewCalendarFeed extends CalendarFeed {
  /** The secret address to subscribe to: shown once, never again. */
  url: string;
}

export interface CalendarFeeds {
  /** False when the account is not linked to a person, so it has no items of its own for a calendar. */
  canCreate: boolean;
  feeds: CalendarFeed[];
}

export interface CalendarFeedRequest {
  name: string;
}

/** One owner's feeds: the signed-in person's or a plan's; the calendar section draws either. */
export interface CalendarFeedApi {
  list(signal?: AbortSignal): Promise<CalendarFeeds>;
  create(body: CalendarFeedRequest): Promise<NewCalendarFeed>;
  revoke(feedId: number): Promise<void>;
}

const id = (n: number) => encodeURIComponent(String(n));

export const myCalendarFeeds: CalendarFeedApi = {
  list: (signal) => request<CalendarFeeds>('GET', `${apiRoot}/me/calendar-feeds`, { signal }),
  create: (body) => request<NewCalendarFeed>('POST', `${apiRoot}/me/calendar-feeds`, { body }),
  revoke: (feedId) => request<void>('DELETE', `${apiRoot}/me/calendar-feeds/${id(feedId)}`),
};

export const planCalendarFeeds = (planId: number): CalendarFeedApi => ({
  list: (signal) => request<CalendarFeeds>('GET', `${apiRoot}/plans/${id(planId)}/calendar-feeds`, { signal }),
  create: (body) => request<NewCalendarFeed>('POST', `${apiRoot}/plans/${id(planId)}/calendar-feeds`, { body }),
  revoke: (feedId) => request<void>('DELETE', `${apiRoot}/plans/${id(planId)}/calendar-feeds/${id(feedId)}`),
});
