// A newer version of a plan (issue 11), in words and as the decisions request: what the file would change in the plan
// it is a newer version of, which of the scores the two disagree on a person chose to take from the file, and what the
// commit did. DOM-free, so the wording and the request are tested on their own.

import type { DecisionChoice, DecisionChoiceWord, VersionApplied, VersionDecision, VersionSummary } from '../api/imports';
import { count } from './admin-words';

/** The plan preset by the plans list's "Bring in a newer version" (/admin/import?plan=12); null when none or no id. */
export function presetPlanId(search: string): number | null {
  const plan = new URLSearchParams(search).get('plan');
  return plan !== null && /^[1-9][0-9]{0,15}$/.test(plan) ? Number(plan) : null;
}

/** Joins phrases as a sentence lists them: "a, b and c". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The counts as one sentence: what the file adds, changes and leaves alone. */
export function versionSummaryText(s: VersionSummary): string {
  const adds = [
    s.newReviews > 0 ? count(s.newReviews, 'new review') : '',
    s.itemsNew > 0 ? count(s.itemsNew, 'new item') : '',
    s.scoresAdded > 0 ? count(s.scoresAdded, 'score', 'scores') + ' the tracker does not have' : '',
  ].filter(Boolean);
  const sentences = [
    `The file matches ${count(s.itemsMatched, 'item')} of the plan${adds.length > 0 ? ` and adds ${listed(adds)}` : ' and adds nothing'}.`,
  ];
  if (s.fieldChanges > 0) sentences.push(`${count(s.fieldChanges, 'detail')} of items ${s.fieldChanges === 1 ? 'differs' : 'differ'} and will be taken from the file.`);
  if (s.scoresDifferent > 0) {
    sentences.push(`${count(s.scoresDifferent, 'score')} ${s.scoresDifferent === 1 ? 'differs' : 'differ'} from the tracker's: the tracker's ${s.scoresDifferent === 1 ? 'is' : 'are'} kept unless you choose the file's.`);
  }
  const same = [
    s.scoresSame > 0 ? `${count(s.scoresSame, 'score')} ${s.scoresSame === 1 ? 'is' : 'are'} the same` : '',
    s.scoresLeftBlankInFile > 0 ? `${count(s.scoresLeftBlankInFile, 'score')} left blank in the file ${s.scoresLeftBlankInFile === 1 ? 'keeps its' : 'keep their'} value in the tracker` : '',
  ].filter(Boolean);
  if (same.length > 0) sentences.push(`${capitalised(listed(same))}.`);
  if (s.itemsMissing > 0) sentences.push(`${count(s.itemsMissing, 'item')} of the plan ${s.itemsMissing === 1 ? 'is' : 'are'} not in the file: kept, not deleted.`);
  return sentences.join(' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const fieldWords: Record<string, string> = { text: 'Text', deadline: 'Deadline', leads: 'Leads', owners: 'Owners' };

/** A changed field's name as the grid heads it. */
export function fieldText(field: string): string {
  return fieldWords[field] ?? capitalised(field);
}

/** A field's value, or the word for none. */
export function fieldValueText(value: string | null): string {
  return value === null || value.trim() === '' ? 'Blank' : value;
}

export const choiceTexts: readonly { value: DecisionChoiceWord; text: string }[] = [
  { value: 'keepTracker', text: 'Keep the tracker’s' },
  { value: 'takeFile', text: 'Take the file’s' },
];

/** Why a decision has no choice: a closed review's score is never changed by an import. */
export function closedReviewText(review: string): string {
  return `Kept: ${review} is closed, and an import does not change a closed review.`;
}

/**
 * The decisions request from the form: a choice for every decision a person can make (a closed review's is always
 * kept, so it is never sent), read by `chosen` and falling back to the choice the import holds.
 */
export function decisionsRequest(decisions: readonly VersionDecision[], chosen: (key: string) => string | null): DecisionChoice[] {
  return decisions
    .filter((d) => !d.reviewClosed)
    .map((d) => {
      const choice = chosen(d.key) ?? d.choice;
      return { key: d.key, choice: choice === 'takeFile' ? 'takeFile' : 'keepTracker' };
    });
}

/** What saving the choices did, for the status region. */
export function decisionsSavedText(decisions: readonly VersionDecision[]): string {
  const open = decisions.filter((d) => !d.reviewClosed);
  const taken = open.filter((d) => d.choice === 'takeFile').length;
  return `Your choices were saved: ${count(taken, 'score')} will be taken from the file and ${count(open.length - taken, 'score')} kept as the tracker has ${open.length - taken === 1 ? 'it' : 'them'}.`;
}

/** The commit's success message for a newer version. */
export function versionAppliedText(planTitle: string, applied: VersionApplied): string {
  const s = applied.summary;
  const parts = [
    count(s.newReviews, 'new review'),
    count(s.itemsNew, 'new item'),
    `${count(applied.scoresWritten, 'score')} written (${applied.scoresTakenFromFile} of them taken from the file over the tracker’s)`,
    `${count(s.fieldChanges, 'detail')} of items changed`,
  ];
  const missing = s.itemsMissing > 0 ? ` ${count(s.itemsMissing, 'item')} not in the file ${s.itemsMissing === 1 ? 'was' : 'were'} kept.` : '';
  return `The changes were applied to ${planTitle}: ${listed(parts)}.${missing}`;
}
