import { describe, expect, it } from 'vitest';
import type { User } from '../api/admin';
import { ApiError, type Plan } from '../api/client';
import {
  createUserRequest,
  dateFromParts,
  datePartsFrom,
  idOrNull,
  isStale,
  optionalText,
  inspectionChoiceText,
  linkCandidates,
  linkedMessage,
  namedPersonId,
  personChoiceText,
  personFormFrom,
  personRequest,
  planFormFrom,
  planRequest,
  renameFields,
  reviewFormFrom,
  reviewMoved,
  reviewPlaceText,
  reviewRequest,
  reviewWithStatus,
  staleMessage,
  updateUserRequest,
  userFormFrom,
} from './admin-forms';

describe('dates in three boxes', () => {
  it.each([
    [{ day: '', month: '', year: '' }, { ok: true, value: null }],
    [{ day: ' ', month: '', year: '  ' }, { ok: true, value: null }],
    [{ day: '4', month: '3', year: '2026' }, { ok: true, value: '2026-03-04' }],
    [{ day: '04', month: '03', year: '2026' }, { ok: true, value: '2026-03-04' }],
    [{ day: '29', month: '2', year: '2028' }, { ok: true, value: '2028-02-29' }],
    [{ day: '29', month: '2', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'day' }],
    [{ day: '31', month: '4', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'day' }],
    [{ day: '0', month: '4', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'day' }],
    [{ day: '1', month: '13', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'month' }],
    [{ day: 'first', month: '1', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'day' }],
    [{ day: '1', month: 'March', year: '2026' }, { ok: false, message: 'The date must be a real date.', part: 'month' }],
    [{ day: '1', month: '3', year: '26' }, { ok: false, message: 'The date must have a year with 4 numbers, like 2026.', part: 'year' }],
    [{ day: '', month: '3', year: '2026' }, { ok: false, message: 'The date must include a day.', part: 'day' }],
    [{ day: '1', month: '', year: '' }, { ok: false, message: 'The date must include a month and year.', part: 'month' }],
    [{ day: '', month: '', year: '2026' }, { ok: false, message: 'The date must include a day and month.', part: 'day' }],
  ])('%j gives %j', (parts, expected) => {
    expect(dateFromParts(parts, 'The date')).toEqual(expected);
  });

  it.each([
    ['2026-03-04', { day: '4', month: '3', year: '2026' }],
    ['2026-11-20', { day: '20', month: '11', year: '2026' }],
    [null, { day: '', month: '', year: '' }],
    ['not a date', { day: '', month: '', year: '' }],
  ])('%s fills the boxes with %j', (iso, parts) => {
    expect(datePartsFrom(iso)).toEqual(parts);
  });

  it('a date read into the boxes comes back out the same', () => {
    for (const iso of ['2026-01-01', '1999-12-31', '2024-02-29']) expect(dateFromParts(datePartsFrom(iso), 'x')).toEqual({ ok: true, value: iso });
  });
});

describe('small mappings', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['  v3.2 ', 'v3.2'],
  ])('optionalText(%j) is %j', (text, expected) => {
    expect(optionalText(text)).toBe(expected);
  });

  it.each([
    ['', null],
    ['7', 7],
    ['0', null],
    ['x', null],
  ])('idOrNull(%j) is %j', (text, expected) => {
    expect(idOrNull(text)).toBe(expected);
  });
});

const user: User = {
  id: 5,
  username: 'aisha@council.example',
  displayName: 'Aisha Rahman',
  role: 'manager',
  personId: 9,
  personName: 'Aisha Rahman',
  isDisabled: false,
  lockedUntil: null,
  version: 3,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('accounts', () => {
  it('a new account has no role chosen, so nobody gets one by leaving the default', () => {
    expect(userFormFrom()).toEqual({ username: '', displayName: '', role: '', personId: '', password: '', isDisabled: false });
  });

  it('creating sends trimmed names, the person as an id and the password exactly as typed', () => {
    const form = { ...userFormFrom(), username: ' jo@council.example ', displayName: ' Jo Bloggs ', role: 'viewer', personId: '', password: ' a long password ' };
    expect(createUserRequest(form)).toEqual({
      username: 'jo@council.example',
      displayName: 'Jo Bloggs',
      role: 'viewer',
      personId: null,
      password: ' a long password ',
    });
  });

  it('changing an account sends what can change and round-trips the account read', () => {
    expect(updateUserRequest(userFormFrom(user))).toEqual({ displayName: 'Aisha Rahman', role: 'manager', personId: 9, isDisabled: false });
    expect(updateUserRequest({ ...userFormFrom(user), personId: '', isDisabled: true })).toEqual({
      displayName: 'Aisha Rahman',
      role: 'manager',
      personId: null,
      isDisabled: true,
    });
  });
});

describe('people', () => {
  it('blank job title and email are sent as none', () => {
    expect(personRequest({ name: ' Sam Lee ', jobTitle: ' ', email: '' })).toEqual({ name: 'Sam Lee', jobTitle: null, email: null });
  });

  it('someone named by role only is sent with no name and their job title', () => {
    expect(personRequest({ name: '  ', jobTitle: ' Head of Service ', email: '' })).toEqual({ name: null, jobTitle: 'Head of Service', email: null });
  });

  it('reads a role-only person back with an empty name box', () => {
    const person = { id: 4, name: null, jobTitle: 'Head of Service', displayName: 'Head of Service', roleOnly: true, email: null, version: 1 };
    expect(personFormFrom(person)).toEqual({ name: '', jobTitle: 'Head of Service', email: '' });
  });

  const people = [
    { id: 1, name: 'Dana Whitfield', jobTitle: 'Head of Service', displayName: 'Dana Whitfield', roleOnly: false, email: null, version: 1 },
    { id: 2, name: null, jobTitle: 'Head of Service', displayName: 'Head of Service', roleOnly: true, email: null, version: 3 },
    { id: 3, name: null, jobTitle: 'Service Manager', displayName: 'Service Manager', roleOnly: true, email: null, version: 1 },
    { id: 4, name: 'Sam Lee', jobTitle: null, displayName: 'Sam Lee', roleOnly: false, email: null, version: 1 },
  ];

  it('offers only other people with a name to link a role-only person to', () => {
    expect(linkCandidates(people, 2).map((p) => p.id)).toEqual([1, 4]);
    expect(linkCandidates(people, 1).map((p) => p.id)).toEqual([4]);
  });

  it('names each choice with the job title beside the name, once', () => {
    expect(people.map(personChoiceText)).toEqual(['Dana Whitfield, Head of Service', 'Head of Service', 'Service Manager', 'Sam Lee']);
  });

  it('sends no choice as 0, for the API to ask for one at the field', () => {
    expect(namedPersonId('')).toBe(0);
    expect(namedPersonId('12')).toBe(12);
  });

  it.each([
    [3, 1, 'Head of Service is now Dana Whitfield: 3 items they led or owned and 1 account moved.'],
    [1, 0, 'Head of Service is now Dana Whitfield: 1 item they led or owned moved.'],
    [0, 2, 'Head of Service is now Dana Whitfield: 0 items they led or owned and 2 accounts moved.'],
  ])('says what moved: %i items, %i accounts', (items, accounts, expected) => {
    expect(linkedMessage('Head of Service', 'Dana Whitfield', items, accounts)).toBe(expected);
  });
});

const plan: Plan = {
  id: 3,
  title: 'Ofsted ILACS 2026 action plan',
  sourceType: 'Ofsted ILACS inspection',
  sourceReportDate: '2026-03-14',
  overallJudgement: 'Requires improvement to be good',
  planVersion: null,
  planDate: null,
  leadHeading: null,
  ownerHeading: null,
  status: 'active',
  scaleId: 2,
  scaleName: 'Score 1 to 3',
  groupedByPriority: true,
  scoreLevel: 'measure',
  inspectionId: 7,
  version: 4,
  createdAt: '',
  updatedAt: '',
};

describe('plans', () => {
  it('a new plan is a draft with no scale or score level chosen', () => {
    const form = planFormFrom();
    expect(form.status).toBe('draft');
    expect(form.scaleId).toBe('');
    expect(form.scoreLevel).toBe('');
  });

  it('a plan read into the form makes the same request back', () => {
    expect(planRequest(planFormFrom(plan))).toEqual({
      ok: true,
      request: {
        title: 'Ofsted ILACS 2026 action plan',
        sourceType: 'Ofsted ILACS inspection',
        sourceReportDate: '2026-03-14',
        overallJudgement: 'Requires improvement to be good',
        planVersion: null,
        planDate: null,
        leadHeading: null,
        ownerHeading: null,
        status: 'active',
        scaleId: 2,
        groupedByPriority: true,
        scoreLevel: 'measure',
        inspectionId: 7,
      },
    });
  });

  it('no scale chosen is sent as 0, for the API to say so at the field', () => {
    const prepared = planRequest({ ...planFormFrom(), title: 'T', sourceType: 'S', scoreLevel: 'action' });
    expect(prepared.ok && prepared.request.scaleId).toBe(0);
    expect(prepared.ok && prepared.request.sourceReportDate).toBeNull();
  });

  it('keeps what the plan prints in its header and the inspection it answers', () => {
    const printed = { ...plan, planDate: '2026-03-01', leadHeading: 'Assigned lead', ownerHeading: 'Responsible officer' };
    const form = planFormFrom(printed);
    expect([form.planDate, form.leadHeading, form.ownerHeading, form.inspectionId]).toEqual([
      { day: '1', month: '3', year: '2026' },
      'Assigned lead',
      'Responsible officer',
      '7',
    ]);
    const prepared = planRequest(form);
    expect(prepared.ok && [prepared.request.planDate, prepared.request.leadHeading, prepared.request.ownerHeading, prepared.request.inspectionId]).toEqual([
      '2026-03-01',
      'Assigned lead',
      'Responsible officer',
      7,
    ]);
  });

  it('blank headings mean the tracker’s words, and no inspection is none', () => {
    const prepared = planRequest({ ...planFormFrom(plan), leadHeading: '  ', ownerHeading: '', inspectionId: '' });
    expect(prepared.ok && [prepared.request.leadHeading, prepared.request.ownerHeading, prepared.request.inspectionId]).toEqual([null, null, null]);
  });

  it('names an inspection by its inspectorate, kind, title and publication', () => {
    expect(inspectionChoiceText({ inspectorate: 'Ofsted', kind: 'ILACS', title: 'Children’s services', publishedOn: '2026-03-14' })).toBe(
      'Ofsted ILACS: Children’s services, published 14 March 2026',
    );
    expect(inspectionChoiceText({ inspectorate: 'HMIP', kind: null, title: null, publishedOn: null })).toBe('HMIP');
  });

  it('a plan date that is not a date stops the form at that field, beside a bad report date', () => {
    expect(planRequest({ ...planFormFrom(plan), sourceReportDate: { day: '31', month: '2', year: '2026' }, planDate: { day: '1', month: '', year: '2026' } })).toEqual({
      ok: false,
      errors: [
        { field: 'sourceReportDate', message: 'The report date must be a real date.' },
        { field: 'planDate', message: 'The date of this version must include a month.' },
      ],
    });
  });

  it('a report date that is not a date stops the form at that field', () => {
    expect(planRequest({ ...planFormFrom(plan), sourceReportDate: { day: '31', month: '2', year: '2026' } })).toEqual({
      ok: false,
      errors: [{ field: 'sourceReportDate', message: 'The report date must be a real date.' }],
    });
  });
});

describe('reviews', () => {
  const review = { id: 9, planId: 3, label: 'RAG 11/26', reviewDate: '2026-11-20', position: 1, reviewer: null, status: 'open', updatesDueBy: '2026-11-13', version: 2 };

  it('round-trips a review, its column included, and sends a blank reviewer as none', () => {
    expect(reviewRequest(reviewFormFrom(review))).toEqual({
      ok: true,
      request: { label: 'RAG 11/26', reviewDate: '2026-11-20', reviewer: null, status: 'open', updatesDueBy: '2026-11-13', position: 1 },
    });
  });

  it('a new review is open, has no date and no column, so the API places it by its date', () => {
    expect(reviewFormFrom()).toEqual({ label: '', reviewDate: { day: '', month: '', year: '' }, reviewer: '', status: 'open', updatesDueBy: { day: '', month: '', year: '' }, position: '' });
    const prepared = reviewRequest({ ...reviewFormFrom(), label: 'x' });
    expect(prepared.ok && prepared.request.reviewDate).toBeNull();
    expect(prepared.ok && 'position' in prepared.request).toBe(false);
  });

  it('a review known only by its label is sent without a date, at the column asked for', () => {
    const prepared = reviewRequest({ ...reviewFormFrom(), label: 'RAG 03/18', position: ' 2 ' });
    expect(prepared).toEqual({ ok: true, request: { label: 'RAG 03/18', reviewDate: null, reviewer: null, status: 'open', updatesDueBy: null, position: 2 } });
  });

  it.each(['two', '1.5', '-1'])('a column of "%s" cannot be sent as a whole number', (position) => {
    expect(reviewRequest({ ...reviewFormFrom(), label: 'x', position })).toEqual({
      ok: false,
      errors: [{ field: 'position', message: 'Enter the column as a whole number, like 2, or leave it blank.' }],
    });
  });

  it('a column of 0 is sent, for the API to judge', () => {
    const prepared = reviewRequest({ ...reviewFormFrom(), label: 'x', position: '0' });
    expect(prepared.ok && prepared.request.position).toBe(0);
  });

  it('moves a review one column earlier or later, and not past either end', () => {
    const second = { ...review, position: 2, status: 'closed' };
    expect(reviewMoved(second, -1, 3)).toEqual({ label: 'RAG 11/26', reviewDate: '2026-11-20', reviewer: null, status: 'closed', updatesDueBy: '2026-11-13', position: 1 });
    expect(reviewMoved(second, 1, 3)?.position).toBe(3);
    expect(reviewMoved(review, -1, 3)).toBeNull();
    expect(reviewMoved({ ...review, position: 3 }, 1, 3)).toBeNull();
  });

  it('says where a review now sits, beside its neighbour', () => {
    const list = [
      { id: 2, label: 'RAG 03/18' },
      { id: 1, label: 'RAG 01/18' },
      { id: 3, label: 'RAG 05/18' },
    ];
    expect(reviewPlaceText(list, 2)).toBe('RAG 03/18 is now column 1 of 3, before RAG 01/18.');
    expect(reviewPlaceText(list, 3)).toBe('RAG 05/18 is now column 3 of 3, after RAG 01/18.');
    expect(reviewPlaceText([{ id: 2, label: 'Only' }], 2)).toBe('Only is now column 1 of 1.');
  });

  it('closing changes only the status, keeping the date updates were due by', () => {
    expect(reviewWithStatus({ ...review, reviewer: 'Alex Morgan' }, 'closed')).toEqual({
      label: 'RAG 11/26',
      reviewDate: '2026-11-20',
      reviewer: 'Alex Morgan',
      status: 'closed',
      updatesDueBy: '2026-11-13',
    });
  });

  it('an "updates due by" date that is not a date is said at its field, with the review date’s own error', () => {
    const prepared = reviewRequest({ ...reviewFormFrom(), label: 'x', updatesDueBy: { day: '31', month: '2', year: '2026' } });
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.errors.map((e) => e.field)).toEqual(['updatesDueBy']);
  });
});

describe('errors', () => {
  it('a 412 is a stale edit and nothing else is', () => {
    expect(isStale(new ApiError(412, undefined))).toBe(true);
    expect(isStale(new ApiError(409, undefined))).toBe(false);
    expect(isStale(new Error('offline'))).toBe(false);
  });

  it('the stale message says someone else changed it and to reload', () => {
    expect(staleMessage('This plan')).toBe(
      'This plan has been changed by someone else since you opened this page, so your changes have not been saved. Reload to see their version, then make your changes again.',
    );
  });

  it('renames the API’s field names and keeps everything else', () => {
    const error = new ApiError(400, { status: 400, title: 'Bad', errors: [{ name: 'levels[1].label', reason: 'Too long.' }] });
    const renamed = renameFields(error, (name) => name.replace('[1]', '.1')) as ApiError;
    expect(renamed).toBeInstanceOf(ApiError);
    expect(renamed.status).toBe(400);
    expect(renamed.problem?.title).toBe('Bad');
    expect(renamed.problem?.errors).toEqual([{ name: 'levels.1.label', reason: 'Too long.' }]);
    const other = new Error('offline');
    expect(renameFields(other, (n) => n)).toBe(other);
  });
});
