// The words the administration pages use for roles, statuses and a plan's score level, in one place so the tables,
// the forms' hints and the tests agree. DOM-free (admin-words.test.ts). The role rights follow the README's
// "Signing in" table, which the API enforces (tests/Api/Authorization/AuthorizationMatrixTests.cs).

import type { PlanStatus, Role, ScoreLevel } from '../api/client';

export interface Choice<T extends string> {
  value: T;
  text: string;
  hint: string;
}

/** Least powerful first, so the safe choice is the first one a person reads. */
export const roleChoices: readonly Choice<Role>[] = [
  {
    value: 'viewer',
    text: 'Viewer (scrutiny member)',
    hint: 'Reads plans, grids, summaries, reviews, scores and their history. Cannot change anything.',
  },
  {
    value: 'manager',
    text: 'Manager',
    hint: 'As a viewer, and records scores and updates for the items they lead or own, while a review is open. Link the account to the person whose items they are.',
  },
  {
    value: 'board',
    text: 'Board member',
    hint: 'As a viewer, and scores any item, opens and closes reviews, signs off completed items, records direction-of-travel judgements and printed averages, and changes a plan’s details.',
  },
  {
    value: 'administrator',
    text: 'Administrator',
    hint: 'Everything: accounts, people, rating scales, plans and their structure, as well as everything a board member does.',
  },
];

/** A role in words ("Board member"); an unknown role keeps its own word. */
export function roleText(role: string): string {
  return roleChoices.find((c) => c.value === role)?.text ?? role;
}

export const planStatusChoices: readonly Choice<PlanStatus>[] = [
  { value: 'draft', text: 'Draft', hint: 'Being written: not yet reviewed or scored by the board.' },
  { value: 'active', text: 'Active', hint: 'In use: reviewed and scored each cycle.' },
  { value: 'closed', text: 'Closed', hint: 'Finished: signed off as business as usual. It stays readable.' },
];

export function planStatusText(status: string): string {
  return planStatusChoices.find((c) => c.value === status)?.text ?? status;
}

/** What "score level" means, said as the rows that get a score in each review. */
export const scoreLevelChoices: readonly Choice<ScoreLevel>[] = [
  {
    value: 'recommendation',
    text: 'Each recommendation',
    hint: 'One score per recommendation in each review. Usual for plans that answer an inspection’s recommendations.',
  },
  {
    value: 'action',
    text: 'Each action',
    hint: 'One score per action, under its recommendation or priority.',
  },
  {
    value: 'measure',
    text: 'Each success measure',
    hint: 'One score per success measure under each action. Usual for development plans grouped by priority.',
  },
];

/** A score level in a sentence: "scores each recommendation". */
export function scoreLevelText(level: string): string {
  const choice = scoreLevelChoices.find((c) => c.value === level);
  return choice ? `Scores ${choice.text.charAt(0).toLowerCase()}${choice.text.slice(1)}` : level;
}

export const reviewStatusChoices: readonly Choice<'open' | 'closed'>[] = [
  { value: 'open', text: 'Open', hint: 'Scores and updates can be recorded.' },
  { value: 'closed', text: 'Closed', hint: 'The scores are kept as they are; nothing more can be recorded until it is opened again.' },
];

export function reviewStatusText(status: string): string {
  return reviewStatusChoices.find((c) => c.value === status)?.text ?? status;
}

/** A scale's direction in words. */
export function directionText(higherIsBetter: boolean | null): string {
  if (higherIsBetter === null) return 'Which end is better is not stated';
  return higherIsBetter ? 'Higher is better' : 'Lower is better';
}

/** "1 account", "3 accounts". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
