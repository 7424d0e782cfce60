// What differs between a person's unsaved score and the one someone else saved meanwhile: which fields, and which words
// of the two updates. DOM-free (score-diff.test.ts); the conflict view draws it.

import type { ScoreDraft } from './score-draft';

/** A run of text in both versions, or only in one of them. */
export interface DiffPart {
  text: string;
  in: 'both' | 'mine' | 'theirs';
}

// Above this many token pairs the middle of two long, wholly rewritten updates is shown as changed as a whole rather
// than compared word by word: the comparison costs (words in one) × (words in the other).
const maxPairs = 250_000;

function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * The two texts as runs of words found in both, only in mine and only in theirs, in reading order (a longest common
 * subsequence of words and spaces). Joining the runs that are not "theirs" gives mine back, and the same for theirs.
 */
export function wordDiff(mine: string, theirs: string): DiffPart[] {
  const a = tokens(mine);
  const b = tokens(theirs);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }

  const parts: DiffPart[] = [];
  const push = (text: string, side: DiffPart['in']) => {
    const last = parts[parts.length - 1];
    if (last && last.in === side) last.text += text;
    else parts.push({ text, in: side });
  };
  for (const t of a.slice(0, start)) push(t, 'both');

  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > maxPairs) {
    for (const t of midA) push(t, 'mine');
    for (const t of midB) push(t, 'theirs');
  } else {
    // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..].
    const width = midB.length + 1;
    const lengths = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i * width + j] = midA[i] === midB[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) {
        push(midA[i]!, 'both');
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
        push(midA[i++]!, 'mine');
      } else {
        push(midB[j++]!, 'theirs');
      }
    }
    while (i < midA.length) push(midA[i++]!, 'mine');
    while (j < midB.length) push(midB[j++]!, 'theirs');
  }

  for (const t of a.slice(endA)) push(t, 'both');
  return tidy(parts);
}

// A lone space that both sides happen to share between two changes would split one change into many small ones
// ("24" / "21", " ", "good." / "good, 3 poor."). Such spaces join the change, and each change reads as my words, then theirs.
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let mine = '';
  let theirs = '';
  const flush = () => {
    if (mine) out.push({ text: mine, in: 'mine' });
    if (theirs) out.push({ text: theirs, in: 'theirs' });
    mine = theirs = '';
  };
  parts.forEach((part, i) => {
    const island = part.in === 'both' && part.text.trim() === '' && i > 0 && i < parts.length - 1
      && parts[i - 1]!.in !== 'both' && parts[i + 1]!.in !== 'both';
    if (part.in === 'mine' || island) mine += part.text;
    if (part.in === 'theirs' || island) theirs += part.text;
    if (part.in === 'both' && !island) {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

/** One side of a diff: its runs in order, each marked changed when the other side does not have it. */
export function sideOf(parts: readonly DiffPart[], side: 'mine' | 'theirs'): { text: string; changed: boolean }[] {
  return parts.filter((p) => p.in === 'both' || p.in === side).map((p) => ({ text: p.text, changed: p.in === side && p.text.trim() !== '' }));
}

/** Which fields differ; text is compared as typed, apart from spaces at either end. */
export interface VersionDifferences {
  level: boolean;
  narrative: boolean;
  narrativeDate: boolean;
  evidence: boolean;
}

export function differences(mine: ScoreDraft, theirs: ScoreDraft): VersionDifferences {
  return {
    level: mine.level !== theirs.level,
    narrative: mine.narrative.trim() !== theirs.narrative.trim(),
    narrativeDate: mine.narrativeDate !== theirs.narrativeDate,
    evidence: mine.evidence.trim() !== theirs.evidence.trim(),
  };
}

const fieldWords: Record<keyof VersionDifferences, string> = {
  level: 'the score',
  narrative: 'the update',
  narrativeDate: 'the date of the update',
  evidence: 'the evidence',
};

/** "The score and the update differ." — or that the two are the same, so keeping either loses nothing. */
export function differenceWords(d: VersionDifferences, evidenceShown = true): string {
  const fields = (Object.keys(fieldWords) as (keyof VersionDifferences)[])
    .filter((f) => d[f] && (f !== 'evidence' || evidenceShown))
    .map((f) => fieldWords[f]);
  if (fields.length === 0) return 'The two versions say the same thing.';
  const list = fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
  return `What differs: ${list}.`;
}
