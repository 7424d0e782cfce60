// The starting point of a merge: both updates in one text, each under a marker line naming whose it is, for the person
// to edit into one. DOM-free (score-merge.test.ts).

import type { ScoreDraft } from './score-draft';

export const yourMarker = '----- Your update -----';

export function theirMarker(savedBy: string): string {
  return `----- Update saved by ${savedBy} -----`;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Both texts, marked. Where nothing needs merging it says so by returning one of them: the same text twice, one side
 * empty, or one side already containing the other (someone added to what the other wrote).
 */
export function mergedText(mine: string, theirs: string, savedBy: string): string {
  const a = normalise(mine);
  const b = normalise(theirs);
  if (b === '' || a === b || a.includes(b)) return mine;
  if (a === '' || b.includes(a)) return theirs;
  return `${yourMarker}\n${mine.trim()}\n${theirMarker(savedBy)}\n${theirs.trim()}`;
}

/** True while a marker line is still in the text: saved as it is, the update would carry them into reports. */
export function hasMergeMarkers(text: string): boolean {
  return /^-----\s.*\s-----\s*$/m.test(text);
}

/** The merge form's starting values: my score, both updates and both pieces of evidence, my date. */
export function mergedDraft(mine: ScoreDraft, theirs: ScoreDraft, savedBy: string): ScoreDraft {
  return {
    level: mine.level ?? theirs.level,
    narrative: mergedText(mine.narrative, theirs.narrative, savedBy),
    narrativeDate: mine.narrativeDate || theirs.narrativeDate,
    evidence: mergedText(mine.evidence, theirs.evidence, savedBy),
  };
}
