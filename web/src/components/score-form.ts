// The score form for one item in one review: the level as radios, the progress update (with last review's beside it),
// its date, and evidence when the level means complete. Saving sends If-Match with the version the form started from;
// when someone else saved in between, the conflict view takes over until the person chooses. Nothing typed is ever
// thrown away: errors leave the fields as they were, and "Take theirs" can be undone. Used by "My actions" and by the
// score page of one item (pages/board/score.ts), which board members and administrators reach from the item and the grid.

import './score-form.css';
import { ApiError, type GridLevel } from '../api/client';
import type { MyItemPrevious } from '../api/my-items';
import { formErrors, type FieldError } from '../api/problems';
import { getScore, saveScore, type ScoredItemType, type ScoreResponse } from '../api/scores';
import { element, paragraph } from '../dom';
import { formatDate } from '../domain/grid-rows';
import { dateWhileTyping, draftFromScore, meansComplete, savedAtWords, savedMessage, saveBody, type ScoreDraft } from '../domain/score-draft';
import { errorSummary } from './error-summary';
import { conflictView, type ConflictView } from './score-conflict';
import { dateField, levelRadios, textAreaField, type Field } from './score-fields';
import { levelTag } from './level-tag';

export interface ScoreFormItem {
  planId: number;
  reviewId: number;
  reviewLabel: string;
  itemType: ScoredItemType;
  itemId: number;
  /** The item's reference ("2 / 2.1 / 1"), which names the form to screen readers. */
  reference: string;
  levels: readonly GridLevel[];
  /** The score in this review as loaded, or null when there is none yet. */
  score: ScoreResponse | null;
  previous: MyItemPrevious | null;
  /** yyyy-mm-dd: the date a new update gets unless the person changes it. */
  today: string;
  /**
   * The level of the form's own headings (error summary, conflict view), one below the heading the form sits under:
   * 4 in My actions (plan h2, item h3), 3 on the score page. Default 4.
   */
  headingLevel?: 3 | 4;
}

export interface ScoreForm {
  element: HTMLElement;
  /** Puts focus on the level (the chosen one, or the first): the start of the keyboard path through the form. */
  focus(): void;
  /** `how` says whether the person saved straight away or after resolving a conflict. */
  onSaved(listener: (score: ScoreResponse, how: 'saved' | 'resolved') => void): void;
}

type FieldName = 'level' | 'narrative' | 'narrativeDate' | 'evidence';
const fieldNames: readonly FieldName[] = ['level', 'narrative', 'narrativeDate', 'evidence'];

export function scoreForm(item: ScoreFormItem): ScoreForm {
  const id = `score-${item.itemType}-${item.itemId}`;
  const headingLevel = item.headingLevel ?? 4;
  const listeners: ((score: ScoreResponse, how: 'saved' | 'resolved') => void)[] = [];
  // The version this form's text is based on: a save sends it as If-Match, so it never overwrites unseen changes.
  let baseVersion: number | null = item.score?.version ?? null;
  let pending = false;
  let conflict: ConflictView | null = null;
  let round = 0;

  const wrap = element('div', 'score-form');
  const summarySlot = element('div');
  const noticeSlot = element('div');
  const form = element('form', 'score-form__form');
  form.noValidate = true; // the API's messages, at the fields, rather than the browser's bubbles
  form.setAttribute('aria-label', `Score and update for ${item.reference}`);

  const start = draftFromScore(item.score, item.today);
  const level = levelRadios(`${id}-level`, `Score for ${item.reviewLabel}`, ` – ${item.reference}`, item.levels, start.level);
  const narrative = textAreaField(`${id}-narrative`, `Progress update for ${item.reviewLabel}`,
    'What has happened since the last review, and what difference it has made. Only a new update counts as one.', start.narrative);
  const date = dateField(`${id}-narrativeDate`, 'Date of the update', null, start.narrativeDate);
  const evidence = textAreaField(`${id}-evidence`, 'Evidence of completion',
    'This level means complete, so the tracker needs evidence: a link, or what it is and where to find it. ' +
      'The board then signs it off; until then the item shows as pending sign-off.', start.evidence, 3);
  const fields: Record<FieldName, Field> = { level, narrative, narrativeDate: date, evidence };

  // A new update is dated today: once the text differs from the stored one, the date follows, unless the person has
  // chosen a date themselves (or one was put back by the conflict view).
  let dateChosen = false;
  date.input.addEventListener('input', () => {
    dateChosen = true;
  });
  narrative.input.addEventListener('input', () => {
    if (!dateChosen) date.input.value = dateWhileTyping(start, narrative.input.value, item.today);
  });

  const showEvidence = () => {
    evidence.group.hidden = !meansComplete(item.levels, level.value());
  };
  showEvidence();
  level.onChange(showEvidence);

  const saveButton = element('button', 'button', 'Save');
  saveButton.type = 'submit';
  saveButton.append(element('span', 'visually-hidden', ` the score for ${item.reference}`));
  const keys = paragraph('Or press Ctrl and Enter in any field.', 'hint score-form__keys');
  const status = element('p', 'score-form__status');
  // Present from the start, so what is written into it later is announced.
  status.setAttribute('role', 'status');
  const actions = element('div', 'score-form__actions');
  actions.append(saveButton, keys);

  form.append(level.group, ...previousUpdate(item, narrative.input), narrative.group, date.group, evidence.group, actions);
  const conflictSlot = element('div');
  wrap.append(summarySlot, noticeSlot, form, status, conflictSlot);

  const draft = (): ScoreDraft => ({ level: level.value(), narrative: narrative.input.value, narrativeDate: date.input.value, evidence: evidence.input.value });
  const setDraft = (d: ScoreDraft) => {
    level.set(d.level);
    narrative.input.value = d.narrative;
    date.input.value = d.narrativeDate;
    evidence.input.value = d.evidence;
    dateChosen = true;
    showEvidence();
  };

  function showErrors(errors: readonly FieldError[]): void {
    for (const name of fieldNames) fields[name].setError(errors.filter((e) => e.field === name).map((e) => e.message));
    if (errors.some((e) => e.field === 'evidence')) evidence.group.hidden = false;
    if (errors.length === 0) {
      summarySlot.replaceChildren();
      return;
    }
    const summary = errorSummary(errors, (field) => (field in fields ? fields[field as FieldName].focusTarget() : null));
    // Several forms share the page: the summary's title gets this form's id, and a heading level that fits inside an item.
    const title = summary.querySelector('h2');
    if (title) {
      const own = element(headingLevel === 3 ? 'h3' : 'h4', title.className, `There is a problem with ${item.reference}`);
      own.id = `${id}-error-summary-title`;
      title.replaceWith(own);
      summary.setAttribute('aria-labelledby', own.id);
    }
    summarySlot.replaceChildren(summary);
    summary.focus();
  }

  async function save(attempt: ScoreDraft, how: 'saved' | 'resolved'): Promise<void> {
    if (pending) return;
    if (attempt.level === null) {
      showErrors([{ field: 'level', message: `Choose a score for ${item.reviewLabel}.` }]);
      return;
    }
    pending = true;
    saveButton.setAttribute('aria-disabled', 'true');
    conflict?.setBusy(true);
    status.textContent = 'Saving…';
    try {
      const saved = await saveScore(item, saveBody(attempt, item.levels), baseVersion);
      baseVersion = saved.version;
      round = 0;
      closeConflict();
      showErrors([]);
      status.textContent = savedMessage(saved);
      for (const listener of listeners) listener(saved, how);
      if (how === 'resolved') saveButton.focus();
    } catch (error) {
      // 412: saved by someone else since this form loaded it. 428 when the form started with no score: someone created one.
      if (error instanceof ApiError && (error.status === 412 || (error.status === 428 && baseVersion === null))) {
        await showConflict(attempt);
      } else {
        // Any other refusal is about the version the person chose to save: it goes back in the form, errors at the fields.
        closeConflict();
        setDraft(attempt);
        status.textContent = 'Not saved.';
        // A manager may open any item's score page; the API refuses the ones they neither lead nor own (403 naming itemId).
        showErrors(error instanceof ApiError && error.status === 403
          ? [{ field: null, message: 'You can update only the items you lead or own. Ask the board or the item’s lead to update this one.' }]
          : formErrors(error, fieldNames, null));
      }
    } finally {
      pending = false;
      saveButton.removeAttribute('aria-disabled');
      conflict?.setBusy(false);
    }
  }

  async function showConflict(mine: ScoreDraft): Promise<void> {
    let theirs: ScoreResponse | null = null;
    try {
      theirs = await getScore(item);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        status.textContent = 'Not saved.';
        showErrors([{ field: null, message: 'Someone else changed this item, and the tracker could not load their version. Try saving again.' }]);
        return;
      }
    }
    round += 1;
    // The form keeps the person's text, but cannot be changed while they choose: what they compare is what gets saved.
    form.inert = true;
    form.classList.add('score-form__form--waiting');
    summarySlot.replaceChildren();
    noticeSlot.replaceChildren();
    status.textContent = 'Not saved: someone else saved this item first. Choose what to keep.';
    // Keeping mine or merging now replaces what they saved: their version is the one the next save is based on.
    baseVersion = theirs?.version ?? null;
    conflict = conflictView({
      id: `${id}-conflict`, headingLevel, reviewLabel: item.reviewLabel, reference: item.reference, levels: item.levels, mine, theirs, today: item.today, round,
      onKeepMine: () => void save(mine, 'resolved'),
      onTakeTheirs: () => takeTheirs(mine, theirs),
      onSaveMerged: (merged) => {
        setDraft(merged);
        void save(merged, 'resolved');
      },
    });
    conflictSlot.replaceChildren(conflict.element);
    conflict.focus();
  }

  function closeConflict(): void {
    conflict = null;
    conflictSlot.replaceChildren();
    form.inert = false;
    form.classList.remove('score-form__form--waiting');
  }

  function takeTheirs(mine: ScoreDraft, theirs: ScoreResponse | null): void {
    closeConflict();
    setDraft(draftFromScore(theirs, item.today));
    status.textContent = '';
    const notice = element('div', 'notice score-form__notice');
    notice.setAttribute('role', 'status');
    const words = paragraph(theirs
      ? `The form now shows the version ${theirs.updatedBy} saved at ${savedAtWords(theirs.updatedAt)}. Your version is not saved, but you can put it back until you leave this page.`
      : 'The form is empty again. Your version is not saved, but you can put it back until you leave this page.');
    const undo = element('button', 'button button--secondary', 'Put my version back');
    undo.type = 'button';
    undo.addEventListener('click', () => {
      setDraft(mine);
      notice.replaceChildren(paragraph(theirs
        ? `Your version is back in the form. Saving it replaces the version ${theirs.updatedBy} saved.`
        : 'Your version is back in the form.'));
      level.focusTarget().focus();
    });
    notice.append(words, undo);
    noticeSlot.replaceChildren(notice);
    level.focusTarget().focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    noticeSlot.replaceChildren();
    void save(draft(), 'saved');
  });
  // The keyboard fast path: Ctrl+Enter (Cmd+Enter on a Mac) saves from any field, even the text areas.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  return {
    element: wrap,
    focus: () => level.focusTarget().focus(),
    onSaved: (listener) => listeners.push(listener),
  };
}

/** Last review's score and update, to read (and copy from) while writing this one. */
function previousUpdate(item: ScoreFormItem, textarea: HTMLTextAreaElement): HTMLElement[] {
  const previous = item.previous;
  if (!previous) return [];
  const box = element('div', 'score-form__previous');
  const heading = element('p', 'score-form__previous-title');
  heading.append(`Last review, ${previous.reviewLabel}: `, levelTag(item.levels, previous.level, previous.levelLabel));
  box.append(heading);
  const text = previous.narrative?.trim();
  if (!text) {
    box.append(paragraph(previous.recordedAs ? `No update (recorded as “${previous.recordedAs}”).` : 'No update was given.', 'hint'));
    return [box];
  }
  const quote = element('blockquote', 'score-form__previous-text', text);
  const date = previous.narrativeDate ? paragraph(`Dated ${formatDate(previous.narrativeDate)}.`, 'hint') : null;
  const copy = element('button', 'button button--secondary button--small', 'Copy last update');
  copy.type = 'button';
  copy.append(element('span', 'visually-hidden', ` into this review’s update for ${item.reference}`));
  // Copying adds to what is there rather than replacing it, so nothing typed is lost; copied unchanged, it counts as stale.
  copy.addEventListener('click', () => {
    textarea.value = textarea.value.trim() === '' ? text : `${textarea.value.replace(/\s+$/, '')}\n\n${text}`;
    // As if typed, so what follows typing (the date of a new update) follows a copy too.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  });
  box.append(quote, ...(date ? [date] : []), copy, paragraph('Copied unchanged, it counts as no new update: edit it to say what changed.', 'hint'));
  return [box];
}
