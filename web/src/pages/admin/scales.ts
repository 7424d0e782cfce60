// Rating scales: the list (built-in scales marked and read only, with a way to copy them), and a form to create or
// change a scale with its levels, which can be added, removed and moved. Scales are held as plans print them: a
// direction may be "not stated" (and given later), values may start at 0 (HMIP's 0 Inadequate), and a level may have
// no colour, an explicit choice. Each level is shown as its tag will appear, and a warning says when text on its colour
// would not meet WCAG AA contrast. The API refuses to remove a level that holds scores; its message is shown at the levels.

import { createScale, deleteScale, getScale, listScales, updateScale, type Scale } from '../../api/admin';
import type { GridLevel } from '../../api/client';
import { levelTag } from '../../components/level-tag';
import { element, link, paragraph } from '../../dom';
import {
  addLevel,
  contrastOn,
  contrastWarning,
  moveLevel,
  removeLevel,
  scaleFieldFor,
  scaleFormFrom,
  scaleRequest,
  type LevelRow,
} from '../../domain/admin-scales';
import { adminPaths, copyOfScale } from '../../domain/admin-routes';
import { count, directionText } from '../../domain/admin-words';
import { navigate } from '../../router';
import { addFields, adminForm, checkboxField, deleteForm, fieldId, FormProblems, radiosField, textAreaField, textField, type Field, type TextField, type CheckboxField, type TextAreaField } from './form';
import { actionLink, actionsCell, adminTable, buttonLink, cell, crumbsTo, layout, load, rowHeader, setFlash, tag, type AdminContext } from './shell';

const scalesCrumbs = () => crumbsTo({ href: adminPaths.scales(), text: 'Rating scales' });
const noSuchScale = 'There is no rating scale at this address. It may have been deleted.';

const directionChoices = [
  { value: 'yes', text: 'Higher is better', hint: 'The highest value is the best level, as on a 1 to 5 progress scale where 5 is complete and sustained.' },
  { value: 'no', text: 'Lower is better', hint: 'The lowest value is the best level, as on a 1 to 3 score where 1 is good progress.' },
  {
    value: 'notStated',
    text: 'The plan does not say which end is better',
    hint: 'Nothing is called improving or declining: a score that moved is shown as changed, with what each reading would make of it, until someone decides. You can choose a direction later, even once scores are recorded.',
  },
];

export function showScales(ctx: AdminContext): void {
  const page = layout(ctx, 'Rating scales', crumbsTo());
  void load(ctx, page.body, 'the rating scales', listScales(ctx.signal), (scales) => {
    const actions = element('p', 'admin-actions-bar');
    actions.append(buttonLink(adminPaths.scaleNew(), 'Create a scale'));
    page.body.append(
      paragraph('The levels a plan’s items are scored on. Built-in scales cannot be changed; copy one to make your own version.'),
      actions,
      adminTable(`Rating scales (${count(scales.length, 'scale')})`, ['Scale', 'Direction', 'Levels', 'Actions'], scales.map(scaleRow)),
    );
  });
}

function levelTags(levels: readonly GridLevel[]): HTMLElement {
  const list = element('ul', 'level-list');
  for (const level of levels) {
    const item = element('li');
    item.append(levelTag(levels, level.value, level.label));
    if (level.meansComplete) item.append(' ', element('span', 'hint', '(complete)'));
    list.append(item);
  }
  return list;
}

function scaleRow(scale: Scale): HTMLTableRowElement {
  const row = element('tr');
  const name = rowHeader(scale.name);
  if (scale.isBuiltIn) name.append(' ', tag('Built in', 'built-in'));
  const actions = scale.isBuiltIn
    ? [actionLink(adminPaths.scaleEdit(scale.id), 'View', scale.name), actionLink(adminPaths.scaleNew(scale.id), 'Copy', scale.name)]
    : [
        actionLink(adminPaths.scaleEdit(scale.id), 'Change', scale.name),
        actionLink(adminPaths.scaleNew(scale.id), 'Copy', scale.name),
        actionLink(adminPaths.scaleDelete(scale.id), 'Delete', scale.name),
      ];
  row.append(name, cell(directionText(scale.higherIsBetter)), cell(levelTags(scale.levels)), actionsCell(...actions));
  return row;
}

/** Creates a scale (scaleId null, optionally from ?copy=), changes one, or shows a built-in one read only. */
export function showScaleForm(ctx: AdminContext, scaleId: number | null): void {
  const copyOf = scaleId === null ? copyOfScale(ctx.url.search) : null;
  const page = layout(ctx, scaleId === null ? 'Create a rating scale' : 'Change a rating scale', scalesCrumbs());
  const id = scaleId ?? copyOf;
  if (id === null) {
    page.body.append(scaleForm(null, null));
    return;
  }
  void load(
    ctx,
    page.body,
    'the rating scale',
    getScale(id, ctx.signal),
    (scale) => {
      if (scaleId === null) {
        page.body.append(scaleForm(null, scale));
      } else if (scale.isBuiltIn) {
        page.retitle(scale.name);
        page.body.append(builtInScale(scale));
      } else {
        page.retitle(`Change ${scale.name}`);
        page.body.append(scaleForm(scale, null));
      }
    },
    noSuchScale,
    () => page.retitle('No such rating scale'),
  );
}

function builtInScale(scale: Scale): HTMLElement {
  const wrapper = element('div');
  const inset = element('div', 'inset-text');
  inset.append(
    paragraph('This scale is built into the tracker, so it cannot be changed or deleted. Copy it to make a version of your own.'),
  );
  const copy = element('p', 'admin-actions-bar');
  copy.append(buttonLink(adminPaths.scaleNew(scale.id), 'Copy this scale'));
  const rows = scale.levels.map((level) => {
    const row = element('tr');
    row.append(
      rowHeader(String(level.value)),
      cell(levelTag(scale.levels, level.value, level.label)),
      cell(level.meaning ?? ''),
      cell(level.colour ?? 'No colour'),
      cell(level.meansComplete ? 'Yes' : 'No'),
    );
    return row;
  });
  wrapper.append(
    inset,
    paragraph(`${directionText(scale.higherIsBetter)}.${scale.description ? ` ${scale.description}` : ''}`),
    adminTable(`Levels of ${scale.name}`, ['Value', 'As it appears', 'Meaning', 'Colour', 'Means complete'], rows),
    copy,
  );
  return wrapper;
}

interface LevelFields {
  value: TextField;
  label: TextField;
  meaning: TextAreaField;
  colour: TextField;
  noColour: CheckboxField;
  meansComplete: CheckboxField;
  preview: HTMLElement;
  warning: HTMLElement;
}

function scaleForm(scale: Scale | null, copyOf: Scale | null): HTMLElement {
  const values = scaleFormFrom(scale ?? undefined, copyOf ?? undefined);
  const name = textField({ name: 'name', label: 'Name', hint: 'What plans call the scale, for example Progress 1 to 5. Each scale needs its own name.', value: values.name, autocomplete: 'off' });
  const description = textAreaField({ name: 'description', label: 'Description (optional)', hint: 'Where the scale comes from or when to use it.', value: values.description, rows: 2 });
  const higherIsBetter = radiosField({
    name: 'higherIsBetter',
    legend: 'Which way is better?',
    hint: scale?.directionNotStated
      ? 'Not stated yet. When the board decides which end is better, choose it here: direction of travel is then judged that way, scores or not.'
      : 'Direction of travel is judged this way. Higher or lower cannot change once scores are recorded on the scale.',
    value: values.higherIsBetter,
    choices: directionChoices,
  });

  // The levels: their own fieldset, a list of rows, an "Add a level" button, and a status region for what moved.
  let rows: LevelRow[] = values.levels;
  let rowFields: LevelFields[] = [];
  const levelsGroup = element('div', 'form-group levels');
  const levelsSet = element('fieldset', 'fieldset');
  const legend = element('legend', 'fieldset__legend fieldset__legend--m', 'Levels');
  const levelsHint = element('div', 'hint form-hint');
  levelsHint.id = `${fieldId('levels')}-hint`;
  levelsHint.textContent =
    'Lowest value first. Values start at 0 or more: 0 is a level only when the scale has one, as an inspectorate’s 0 Inadequate; a blank or 0 in a council’s sheet means no score, which is never a level. Moving a level gives it the value of the place it moves to. Scores keep their value, so on a scale in use, moving or rewording a level changes what those scores say.';
  levelsSet.setAttribute('aria-describedby', levelsHint.id);
  const levelsError = element('p', 'error-message');
  levelsError.id = `${fieldId('levels')}-error`;
  levelsError.hidden = true;
  const list = element('ol', 'level-rows');
  const add = element('button', 'button button--secondary', 'Add a level');
  add.type = 'button';
  const announcer = element('p', 'admin-announcer');
  announcer.setAttribute('role', 'status');
  levelsSet.append(legend, levelsHint, levelsError, list, add, announcer);
  levelsGroup.append(levelsSet);

  const levelsField: Field = {
    name: 'levels',
    group: levelsGroup,
    focusTarget: () => rowFields[0]?.value.input ?? add,
    setError(messages) {
      levelsGroup.classList.toggle('form-group--error', messages.length > 0);
      levelsError.hidden = messages.length === 0;
      levelsError.replaceChildren(element('span', 'visually-hidden', 'Error: '), messages.join(' '));
      levelsSet.setAttribute('aria-describedby', messages.length > 0 ? `${levelsHint.id} ${levelsError.id}` : levelsHint.id);
    },
  };

  const readRows = () => {
    rows = rowFields.map((f) => ({
      value: f.value.input.value,
      label: f.label.input.value,
      meaning: f.meaning.input.value,
      colour: f.colour.input.value,
      noColour: f.noColour.input.checked,
      meansComplete: f.meansComplete.input.checked,
    }));
  };

  /** Every level with a whole-number value, as the tags need them (their shapes go by position in value order). */
  const asGridLevels = (): GridLevel[] =>
    rows.flatMap((r) => (/^\s*\d+\s*$/.test(r.value) ? [{ value: Number(r.value), label: r.label.trim() || '(no label)', meaning: null, colour: r.noColour ? null : r.colour.trim(), meansComplete: r.meansComplete }] : []));

  const updatePreviews = () => {
    readRows();
    const levels = asGridLevels();
    rowFields.forEach((f, i) => drawPreview(f, rows[i]!, levels));
  };

  const drawRows = () => {
    rowFields = rows.map((row, i) => levelRowFields(row, i));
    list.replaceChildren(
      ...rowFields.map((f, i) => {
        const item = element('li', 'level-row');
        const set = element('fieldset', 'fieldset level-row__fieldset');
        const rowLegend = element('legend', 'fieldset__legend level-row__legend', `Level ${i + 1}`);
        const boxes = element('div', 'level-row__boxes');
        boxes.append(f.value.group, f.label.group, f.colour.group, f.noColour.group);
        const look = element('div', 'level-row__look');
        look.append(f.preview, f.warning);
        const buttons = element('div', 'level-row__buttons');
        buttons.append(
          rowButton('Move up', `level ${i + 1}`, i === 0, () => move(i, -1)),
          rowButton('Move down', `level ${i + 1}`, i === rows.length - 1, () => move(i, 1)),
          rowButton('Remove', `level ${i + 1}`, false, () => remove(i)),
        );
        set.append(rowLegend, boxes, f.meaning.group, f.meansComplete.group, look, buttons);
        item.append(set);
        for (const input of [f.value.input, f.label.input, f.colour.input]) input.addEventListener('input', updatePreviews);
        f.meansComplete.input.addEventListener('change', updatePreviews);
        // Like a GOV.UK conditional reveal: the colour box is there only while the level has a colour. What was typed
        // in it stays, so unticking brings it back.
        f.colour.group.hidden = f.noColour.input.checked;
        f.noColour.input.addEventListener('change', () => {
          f.colour.group.hidden = f.noColour.input.checked;
          updatePreviews();
        });
        return item;
      }),
    );
    updatePreviews();
  };

  const move = (index: number, by: -1 | 1) => {
    readRows();
    rows = moveLevel(rows, index, by);
    drawRows();
    const to = index + by;
    // Focus follows the level that moved: the same button while it can move further, else the one the other way.
    const buttons = [...(list.querySelectorAll('.level-row')[to]?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter((b) => !b.hidden);
    const same = by < 0 ? 'Move up' : 'Move down';
    (buttons.find((b) => b.dataset.action === same) ?? buttons[0])?.focus();
    announcer.textContent = `Moved to level ${to + 1}, value ${rows[to]!.value}.`;
  };

  const remove = (index: number) => {
    readRows();
    const removed = rows[index]!;
    rows = removeLevel(rows, index);
    drawRows();
    // Focus goes to the level that took its place, or to "Add a level" when it was the last.
    (rowFields[index]?.value.input ?? add).focus();
    announcer.textContent = `Level ${index + 1}${removed.label.trim() ? ` (${removed.label.trim()})` : ''} removed. ${count(rows.length, 'level')} left.`;
  };

  add.addEventListener('click', () => {
    readRows();
    rows = addLevel(rows);
    drawRows();
    rowFields.at(-1)?.value.input.focus();
    announcer.textContent = `Level ${rows.length} added, with the value ${rows.at(-1)!.value}.`;
  });

  drawRows();

  const fields = (): Field[] => [
    name,
    description,
    higherIsBetter,
    levelsField,
    ...rowFields.flatMap((f) => [f.value, f.label, f.meaning, f.colour, f.noColour, f.meansComplete]),
  ];

  const form = adminForm({
    fields,
    submitText: scale ? 'Save changes' : 'Create scale',
    progressText: 'Saving…',
    cancel: { href: adminPaths.scales(), text: 'Cancel' },
    thing: 'This scale',
    rename: scaleFieldFor,
    submit: async () => {
      readRows();
      const prepared = scaleRequest({ name: name.input.value, description: description.input.value, higherIsBetter: higherIsBetter.value(), levels: rows });
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      const saved = scale ? await updateScale(scale.id, prepared.request, scale.version) : await createScale(prepared.request);
      setFlash(scale ? `Changes to ${saved.name} saved.` : `${saved.name} created, with ${count(saved.levels.length, 'level')}.`);
      navigate(adminPaths.scales());
    },
  });
  addFields(form, name, description, higherIsBetter, levelsGroup);
  if (!scale) return form.element;
  const more = element('p', 'admin-more');
  more.append(link(adminPaths.scaleNew(scale.id), 'Copy this scale'), ' · ', link(adminPaths.scaleDelete(scale.id), 'Delete this scale'));
  const wrapper = element('div');
  wrapper.append(form.element, more);
  return wrapper;
}

function rowButton(text: string, which: string, disabled: boolean, action: () => void): HTMLButtonElement {
  const button = element('button', 'button button--secondary button--small');
  button.type = 'button';
  button.dataset.action = text;
  button.append(text, element('span', 'visually-hidden', ` ${which}`));
  // Hidden rather than disabled, so focus never lands on a button that does nothing and the row keeps its shape.
  button.hidden = disabled;
  button.addEventListener('click', action);
  return button;
}

function levelRowFields(row: LevelRow, i: number): LevelFields {
  const prefix = `levels.${i}`;
  // The sample is for the eye: its words are the boxes above, read out there. It is inert (out of the accessibility
  // tree and never focusable) because its job is to show a colour exactly as it will look, even one whose text fails
  // AA contrast, and the warning beside it, in the page's own colours, says so in words.
  const preview = element('p', 'level-row__preview');
  preview.inert = true;
  const warning = element('div', 'level-row__warning');
  // Polite: the warning appears as a colour is typed, without interrupting.
  warning.setAttribute('aria-live', 'polite');
  return {
    value: textField({ name: `${prefix}.value`, label: 'Value', value: row.value, width: 3, inputMode: 'numeric', autocomplete: 'off' }),
    label: textField({ name: `${prefix}.label`, label: 'Label', hint: 'The word people use, like Amber.', value: row.label, width: 20, autocomplete: 'off' }),
    colour: textField({ name: `${prefix}.colour`, label: 'Colour', hint: 'As #rrggbb, like #92d050.', value: row.colour, width: 10, autocomplete: 'off', spellcheck: false }),
    noColour: checkboxField({
      name: `${prefix}.noColour`,
      label: 'No colour',
      hint: 'The plan gives this level no colour: it is shown by its shape, number and label only.',
      checked: row.noColour,
    }),
    meaning: textAreaField({ name: `${prefix}.meaning`, label: 'Meaning (optional)', hint: 'What the level means in this plan.', value: row.meaning, rows: 2 }),
    meansComplete: checkboxField({
      name: `${prefix}.meansComplete`,
      label: 'Means complete',
      hint: 'An item scored at this level is finished: it needs evidence and a board member’s sign-off.',
      checked: row.meansComplete,
    }),
    preview,
    warning,
  };
}

/** "As it will appear:" and the level's tag, or why it cannot be shown; the contrast warning beside it. */
function drawPreview(f: LevelFields, row: LevelRow, levels: readonly GridLevel[]): void {
  const value = /^\s*\d+\s*$/.test(row.value) ? Number(row.value) : null;
  const check = row.noColour ? null : contrastOn(row.colour);
  f.preview.replaceChildren(element('span', 'level-row__preview-label', 'As it will appear: '));
  if (value === null) f.preview.append(element('span', 'hint', 'give the level a whole number of 0 or more as its value to see it.'));
  else if (!row.noColour && !check) f.preview.append(element('span', 'hint', 'give a colour as #rrggbb, or tick No colour, to see it.'));
  else f.preview.append(levelTag(levels, value, row.label.trim() || '(no label)'));

  const warning = row.noColour ? null : contrastWarning(row.colour);
  if (!warning) {
    if (f.warning.textContent !== '') f.warning.replaceChildren();
    return;
  }
  const box = element('div', 'warning-text');
  const icon = element('span', 'warning-text__icon', '!');
  icon.setAttribute('aria-hidden', 'true');
  const text = element('strong', 'warning-text__text');
  text.append(element('span', 'visually-hidden', 'Warning: '), warning);
  box.append(icon, text);
  f.warning.replaceChildren(box);
}

export function showScaleDelete(ctx: AdminContext, scaleId: number): void {
  const page = layout(ctx, 'Delete a rating scale', scalesCrumbs());
  void load(
    ctx,
    page.body,
    'the rating scale',
    getScale(scaleId, ctx.signal),
    (scale) => {
      page.retitle(`Delete ${scale.name}?`);
      const form = deleteForm({
        explain: [`${scale.name} and its ${count(scale.levels.length, 'level')} will be deleted. A scale that a plan uses cannot be deleted. The history of changes keeps what it was.`],
        submitText: 'Delete scale',
        cancel: { href: adminPaths.scales(), text: 'No, keep it' },
        thing: 'This scale',
        submit: async () => {
          await deleteScale(scale.id, scale.version);
          setFlash(`${scale.name} has been deleted.`);
          navigate(adminPaths.scales());
        },
      });
      page.body.append(form.element);
    },
    noSuchScale,
    () => page.retitle('No such rating scale'),
  );
}
