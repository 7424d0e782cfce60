// The edit-conflict view: someone else saved the item after this page loaded it. It shows the person's unsaved version
// beside the saved one, says what differs (fields in words, words of the updates highlighted), and offers three ways on:
// keep mine, take theirs, or merge the two. It changes nothing itself; the score form saves what the person chose.

import type { GridLevel } from '../api/client';
import type { ScoreResponse } from '../api/scores';
import { element, paragraph } from '../dom';
import { differences, differenceWords, sideOf, wordDiff, type VersionDifferences } from '../domain/score-diff';
import { draftFromScore, meansComplete, savedAtWords, type ScoreDraft } from '../domain/score-draft';
import { hasMergeMarkers, mergedDraft } from '../domain/score-merge';
import { formatDate } from '../domain/grid-rows';
import { levelTag } from './level-tag';
import { dateField, levelRadios, textAreaField } from './score-fields';

export interface ConflictOptions {
  /** Prefix of every id in the view, unique on the page. */
  id: string;
  /** The view's title level (its versions' one below): 4 under an item's h3, 3 under a page's h2. Default 4. */
  headingLevel?: 3 | 4;
  reviewLabel: string;
  reference: string;
  levels: readonly GridLevel[];
  /** What the person had typed and tried to save. */
  mine: ScoreDraft;
  /** The score as stored now; null when someone removed it. */
  theirs: ScoreResponse | null;
  today: string;
  /** How many times in a row this save has met someone else's: the wording says "again" after the first. */
  round: number;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onSaveMerged(draft: ScoreDraft): void;
}

export interface ConflictView {
  element: HTMLElement;
  focus(): void;
  /** While a choice is being saved the buttons do nothing, so one click cannot save twice. */
  setBusy(busy: boolean): void;
}

export function conflictView(options: ConflictOptions): ConflictView {
  const { id, levels, mine, theirs } = options;
  const theirsDraft = draftFromScore(theirs, '');
  const diff = differences(mine, theirs ? theirsDraft : { level: null, narrative: '', narrativeDate: '', evidence: '' });
  const evidenceShown = meansComplete(levels, mine.level) || meansComplete(levels, theirsDraft.level);
  const theirName = theirs ? theirs.updatedBy : 'someone else';
  const sub = options.headingLevel === 3 ? 'h4' : 'h5';

  const view = element('section', 'conflict');
  view.setAttribute('aria-labelledby', `${id}-title`);
  const title = element(options.headingLevel === 3 ? 'h3' : 'h4', 'conflict__title',
    theirs
      ? `${options.round > 1 ? 'Someone saved this item again' : 'Someone else saved this item'} while you were working on it`
      : 'Someone removed this score while you were working on it');
  title.id = `${id}-title`;
  title.tabIndex = -1;
  view.append(
    title,
    paragraph('Your changes are not saved yet, and nothing you typed is lost. Compare the two versions, then choose what to keep.'),
    paragraph(theirs ? differenceWords(diff, evidenceShown) : 'The score you started from is no longer stored.', 'conflict__what'),
  );

  const versions = element('div', 'conflict__versions');
  const narrativeParts = wordDiff(mine.narrative.trim(), theirsDraft.narrative.trim());
  versions.append(
    version(`${id}-mine`, 'Your version (not saved)', 'conflict__version--mine', mine, sideOf(narrativeParts, 'mine'), diff, levels, evidenceShown, sub),
    theirs
      ? version(`${id}-theirs`, `Saved by ${theirs.updatedBy} at ${savedAtWords(theirs.updatedAt)}`, 'conflict__version--theirs', theirsDraft,
        sideOf(narrativeParts, 'theirs'), diff, levels, evidenceShown, sub)
      : removedVersion(`${id}-theirs`, sub),
  );
  view.append(versions);
  if (theirs && diff.narrative) view.append(paragraph('In the updates, words that only one version has are highlighted.', 'hint'));

  const choices = element('div', 'conflict__choices');
  const keep = button('Keep mine', 'button', `${id}-keep-hint`);
  const take = button(theirs ? 'Take theirs' : 'Start again empty', 'button button--secondary', `${id}-take-hint`);
  const merge = button('Merge', 'button button--secondary', `${id}-merge-hint`);
  const explain = element('ul', 'conflict__explain');
  const explainItem = (hintId: string, text: string) => {
    const li = element('li', 'hint', text);
    li.id = hintId;
    explain.append(li);
  };
  explainItem(`${id}-keep-hint`, theirs ? `Keep mine: save your version over the one ${theirName} saved.` : 'Keep mine: save your version as a new score.');
  explainItem(`${id}-take-hint`, theirs
    ? `Take theirs: put ${theirName}’s version in the form. You can put yours back until you leave this page.`
    : 'Start again empty: clear the form. You can put your version back until you leave this page.');
  choices.append(keep, take);
  if (theirs) {
    choices.append(merge);
    explainItem(`${id}-merge-hint`, 'Merge: write one update from both, choose the score, then save.');
  }
  view.append(explain, choices);

  const mergeSlot = element('div');
  view.append(mergeSlot);

  let busy = false;
  keep.addEventListener('click', () => {
    if (!busy) options.onKeepMine();
  });
  take.addEventListener('click', () => {
    if (!busy) options.onTakeTheirs();
  });
  merge.addEventListener('click', () => {
    if (busy || !theirs) return;
    const panel = mergePanel(options, theirsDraft, theirName, () => busy, () => {
      mergeSlot.replaceChildren();
      merge.setAttribute('aria-expanded', 'false');
      merge.focus();
    });
    mergeSlot.replaceChildren(panel.element);
    merge.setAttribute('aria-expanded', 'true');
    panel.focus();
  });

  return {
    element: view,
    focus: () => title.focus(),
    setBusy: (value) => {
      busy = value;
      for (const b of view.querySelectorAll('button')) {
        if (value) b.setAttribute('aria-disabled', 'true');
        else b.removeAttribute('aria-disabled');
      }
    },
  };
}

function button(text: string, className: string, describedBy: string): HTMLButtonElement {
  const b = element('button', className, text);
  b.type = 'button';
  b.setAttribute('aria-describedby', describedBy);
  return b;
}

/** One side of the comparison as a description list, each row marked "Differs" in words where the other side says otherwise. */
function version(id: string, heading: string, modifier: string, draft: ScoreDraft, narrative: { text: string; changed: boolean }[],
  diff: VersionDifferences, levels: readonly GridLevel[], evidenceShown: boolean, sub: 'h4' | 'h5'): HTMLElement {
  const box = element('div', `conflict__version ${modifier}`);
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', `${id}-heading`);
  const h = element(sub, 'conflict__version-title', heading);
  h.id = `${id}-heading`;
  const list = element('dl', 'conflict__fields');
  const row = (term: string, differs: boolean, ...value: Node[]) => {
    const dt = element('dt', undefined, term);
    if (differs) dt.append(' ', element('strong', 'tag conflict__differs', 'Differs'));
    const dd = element('dd');
    dd.append(...value);
    list.append(dt, dd);
  };
  const level = levels.find((l) => l.value === draft.level);
  row('Score', diff.level, levelTag(levels, draft.level, level?.label ?? null));
  const text = element('p', 'conflict__text');
  if (narrative.every((p) => p.text.trim() === '')) text.append(element('span', 'hint', 'No update'));
  else for (const part of narrative) text.append(part.changed ? element('mark', 'conflict__changed', part.text) : document.createTextNode(part.text));
  row('Update', diff.narrative, text);
  row('Date of the update', diff.narrativeDate, document.createTextNode(draft.narrativeDate ? formatDate(draft.narrativeDate) : 'None'));
  if (evidenceShown) row('Evidence', diff.evidence, document.createTextNode(draft.evidence.trim() || 'None'));
  box.append(h, list);
  return box;
}

function removedVersion(id: string, sub: 'h4' | 'h5'): HTMLElement {
  const box = element('div', 'conflict__version conflict__version--theirs');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-labelledby', `${id}-heading`);
  const h = element(sub, 'conflict__version-title', 'Removed');
  h.id = `${id}-heading`;
  box.append(h, paragraph('The score for this item was removed from the review after you opened this page.'));
  return box;
}

/** The merge: one level (mine and theirs marked), both updates in one text under marker lines to edit, then save. */
function mergePanel(options: ConflictOptions, theirs: ScoreDraft, theirName: string, isBusy: () => boolean, onCancel: () => void) {
  const { id, levels, reviewLabel, reference } = options;
  const start = mergedDraft(options.mine, theirs, theirName);
  const panel = element('div', 'conflict__merge');
  const h = element(options.headingLevel === 3 ? 'h4' : 'h5', 'conflict__version-title', 'Merge the two versions');
  h.id = `${id}-merge-title`;
  h.tabIndex = -1;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-labelledby', h.id);

  const mark = (value: number) => {
    const isMine = value === options.mine.level;
    const isTheirs = value === theirs.level;
    return isMine && isTheirs ? '(both versions)' : isMine ? '(yours)' : isTheirs ? `(${theirName}’s)` : null;
  };
  const level = levelRadios(`${id}-merge-level`, `Score for ${reviewLabel}`, ` – merged, ${reference}`, levels, start.level, mark);
  const narrative = textAreaField(`${id}-merge-narrative`, 'Merged update',
    'Both updates are below, each under a line that says whose it is. Edit them into one update and delete those lines.',
    start.narrative, 8);
  const date = dateField(`${id}-merge-date`, 'Date of the update', null, start.narrativeDate);
  const evidence = textAreaField(`${id}-merge-evidence`, 'Evidence of completion',
    'This level means complete: give a link to the evidence, or say what it is and where to find it.', start.evidence, 3);
  const showEvidence = () => {
    evidence.group.hidden = !meansComplete(levels, level.value());
  };
  showEvidence();
  level.onChange(showEvidence);

  const save = element('button', 'button', 'Save merged version');
  save.type = 'button';
  const cancel = element('button', 'button button--secondary', 'Back to the choices');
  cancel.type = 'button';
  const buttons = element('div', 'button-group');
  buttons.append(save, cancel);
  panel.append(h, level.group, narrative.group, date.group, evidence.group, buttons);

  save.addEventListener('click', () => {
    if (isBusy()) return;
    const text = narrative.input.value;
    // Saved with the marker lines, the update would carry them into the board's papers.
    if (hasMergeMarkers(text) || hasMergeMarkers(evidence.input.value)) {
      const field = hasMergeMarkers(text) ? narrative : evidence;
      field.setError(['Delete the lines that start and end with ----- before saving: they only show whose text is whose.']);
      field.input.focus();
      return;
    }
    narrative.setError([]);
    evidence.setError([]);
    options.onSaveMerged({ level: level.value(), narrative: text, narrativeDate: date.input.value, evidence: evidence.input.value });
  });
  cancel.addEventListener('click', onCancel);
  return { element: panel, focus: () => h.focus() };
}
