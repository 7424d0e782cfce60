// The mapping: how the tracker is to read the file. Which table(s) and header rows, the plan's details, its levels and
// hierarchy, what each column holds (with a sample of its values), the reviews, the scale and what each score value
// means, and who each person is. "Apply the mapping" sends it (PUT, If-Match) and the page redraws with the new preview
// and dry run. The boxes are the form's truth; domain/import-mapping.ts turns what they hold into the mapping.

import type { Person, Scale } from '../../../api/admin';
import { updateMapping, type ImportResponse, type ItemLevelWord, type SourceTableSummary } from '../../../api/imports';
import { element, paragraph } from '../../../dom';
import { adminTable } from '../shell';
import { datePartsFrom, personChoiceText } from '../../../domain/admin-forms';
import {
  formFieldName,
  isFill,
  itemLevels,
  levelChoices,
  mappingFormFrom,
  mappingFromForm,
  rolesWithLevel,
  rolesWithReview,
  type ColumnForm,
  type MappingForm,
} from '../../../domain/import-mapping';
import { columnLetter, columnRoleChoices, itemLevelText } from '../../../domain/import-words';
import {
  addFields,
  adminForm,
  checkboxesField,
  checkboxField,
  dateField,
  FormProblems,
  radiosField,
  selectField,
  textField,
  type DateField,
  type Field,
  type RadiosField,
  type SelectField,
  type TextField,
} from '../form';
import { swatch } from './parts';

const hierarchyChoices = [
  { value: 'columns', text: 'From which columns are filled', hint: 'Each level has its own text column; a row starts an item at every level whose text is filled.' },
  { value: 'numbering', text: 'From the numbering', hint: '“1” starts a top-level item, “1.1” the next level down, “1.1.2” the next; a lone letter (“A”) is one level below.' },
];

const sectionChoices = [
  { value: 'priority', text: 'Each starts a priority', hint: 'A row that spans the table with one text (“Priority 1: Early help”) becomes a priority.' },
  { value: 'ignore', text: 'Leave them out', hint: 'They are headings only, and stay in the stored file.' },
];

/** A select in a table cell: its label read by screen readers, hidden from the eye since the row and column say it. */
function compactSelect(name: string, label: string, value: string, options: readonly { value: string; text: string }[]): SelectField {
  const field = selectField({ name, label, value, options });
  field.group.querySelector('label')?.classList.add('visually-hidden');
  field.group.classList.add('form-group--compact');
  return field;
}

function compactText(name: string, label: string, value: string): TextField {
  const field = textField({ name, label, value, autocomplete: 'off' });
  field.group.querySelector('label')?.classList.add('visually-hidden');
  field.group.classList.add('form-group--compact');
  return field;
}

function tableCaptioned(caption: string, headings: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  return adminTable(caption, headings, rows, 'table import-table');
}

function td(...content: (string | Node)[]): HTMLTableCellElement {
  const cell = element('td');
  cell.append(...content);
  return cell;
}

function th(...content: (string | Node)[]): HTMLTableCellElement {
  const cell = element('th');
  cell.scope = 'row';
  cell.append(...content);
  return cell;
}

/** The first few values under a column's header, so a person can see what it holds; a fill is named in words too. */
function sampleValues(table: SourceTableSummary | undefined, headerTo: number, column: number): HTMLElement {
  const list = element('ul', 'import-samples');
  if (!table) return list;
  let shown = 0;
  for (const row of table.sampleRows) {
    if (row.number <= headerTo || shown >= 3) continue;
    const text = (row.cells[column - 1] ?? '').trim();
    const fill = row.fills[column - 1] ?? null;
    if (text === '' && fill === null) continue;
    const item = element('li');
    if (fill !== null) item.append(swatch(fill), `Fill ${fill}${text === '' ? '' : ': '}`);
    item.append(text.length > 60 ? `${text.slice(0, 60)}…` : text);
    list.append(item);
    shown++;
  }
  if (shown === 0) list.append(element('li', 'hint', 'Nothing in the first rows'));
  return list;
}

interface ColumnControls {
  form: ColumnForm;
  role: SelectField;
  level: SelectField;
  review: SelectField;
}

/**
 * The mapping form for `imp`. `applied` is called with the import as read again, to redraw the page. Scales and
 * people are those in the tracker, offered as the scale to read scores on and as who a person in the file is.
 */
export function mappingForm(imp: ImportResponse, scales: readonly Scale[], people: readonly Person[], applied: (next: ImportResponse) => void): HTMLElement {
  const start = mappingFormFrom(imp.mapping, imp.tables);
  const fields: Field[] = [];
  const add = <F extends Field>(f: F): F => {
    fields.push(f);
    return f;
  };
  const tableOf = (index: number) => imp.tables.find((t) => t.index === index);

  // Tables and header rows.
  const several = start.tables.length > 1;
  const tableControls = start.tables.map((t) => {
    const source = tableOf(t.table);
    const name = source ? (source.heading ? `${source.name} (${source.heading})` : source.name) : `Table ${t.table + 1}`;
    const chosen = several ? add(checkboxField({ name: `tables.${t.table}.chosen`, label: `Read ${name}`, ...(source ? { hint: `${source.rowCount} rows, ${source.columnCount} columns` } : {}), checked: t.chosen })) : null;
    const from = add(textField({ name: `tables.${t.table}.headerFrom`, label: `First header row${several ? ` of ${name}` : ''}`, value: t.headerFrom, width: 5, inputMode: 'numeric' }));
    const to = add(textField({ name: `tables.${t.table}.headerTo`, label: `Last header row${several ? ` of ${name}` : ''}`, hint: 'The same as the first for a one-row header. The plan’s rows start below it.', value: t.headerTo, width: 5, inputMode: 'numeric' }));
    return { t, chosen, from, to };
  });

  // The plan's details.
  const title = add(textField({ name: 'plan.title', label: 'Title of the plan', value: start.title, autocomplete: 'off' }));
  const sourceType = add(textField({ name: 'plan.sourceType', label: 'What the plan answers', hint: 'The inspection or review, for example Ofsted ILACS inspection.', value: start.sourceType, autocomplete: 'off' }));
  const planVersion = add(textField({ name: 'plan.planVersion', label: 'Plan version (optional)', value: start.planVersion, width: 10, autocomplete: 'off' }));
  const planDate = add(dateField({ name: 'plan.planDate', legend: 'Date of this version (optional)', hint: 'As the plan’s header gives it. For example, 15 1 2018', value: start.planDate }));
  const leadHeading = add(textField({ name: 'plan.leadHeading', label: 'What the plan calls its lead column (optional)', value: start.leadHeading, width: 20, autocomplete: 'off' }));
  const ownerHeading = add(textField({ name: 'plan.ownerHeading', label: 'What the plan calls its owner column (optional)', value: start.ownerHeading, width: 20, autocomplete: 'off' }));

  // Levels and hierarchy.
  const levelOptions = itemLevels.map((l) => ({ value: l, text: itemLevelText(l) }));
  const levels = add(
    checkboxesField({
      name: 'levels',
      legend: 'Levels the plan has',
      hint: 'Top to bottom. An inspection plan is often recommendations and actions; a development plan priorities, actions and success measures.',
      values: itemLevels.filter((l) => start.levels[l]),
      choices: levelOptions,
    }),
  );
  const scoreLevel = add(radiosField({ name: 'scoreLevel', legend: 'What gets a score in each review', value: start.scoreLevel, choices: levelOptions.map((o) => ({ ...o, hint: '' })) }));
  const hierarchy = add(radiosField({ name: 'hierarchy', legend: 'How rows become a hierarchy', value: start.hierarchy, choices: hierarchyChoices }));
  const numbersInText = add(checkboxField({ name: 'numbersInText', label: 'Numbers are written at the start of the text', hint: '“1.1 Open a front door”: the number is split off as the item’s number.', checked: start.numbersInText }));
  const splitLettered = add(checkboxField({ name: 'splitLetteredActions', label: 'Split lettered actions in one cell', hint: 'A recommendation’s actions written in one cell as “A. …”, “B. …” become one action per letter.', checked: start.splitLetteredActions }));
  const sectionRows = add(radiosField({ name: 'sectionRows', legend: 'Rows that span the table with one text', value: start.sectionRows, choices: sectionChoices }));
  const headingsArePriorities =
    imp.tables.some((t) => t.heading !== null) || start.tableHeadingsArePriorities
      ? add(checkboxField({ name: 'tableHeadingsArePriorities', label: 'Each table’s heading starts a priority', hint: 'A Word document with one table per priority, the priority’s heading as the paragraph above.', checked: start.tableHeadingsArePriorities }))
      : null;

  // Reviews: label, optional date, and which stays open.
  const reviewList = element('div', 'import-reviews');
  const reviewControls: { label: TextField; date: DateField; was: string }[] = [];
  const openReview = { current: start.openReview };
  const openSlot = element('div');
  let openRadios: RadiosField | null = null;
  const drawOpen = () => {
    const labels = reviewControls.map((r) => r.label.input.value.trim()).filter((l) => l !== '');
    if (openRadios) fields.splice(fields.indexOf(openRadios), 1);
    openRadios = radiosField({
      name: 'openReview',
      legend: 'Which review stays open for scores',
      hint: 'The others are closed after the import, as the periods they record are over.',
      value: labels.includes(openReview.current) ? openReview.current : '',
      choices: [{ value: '', text: 'The last one', hint: '' }, ...labels.map((l) => ({ value: l, text: l, hint: '' }))],
    });
    for (const r of openRadios.inputs) r.addEventListener('change', () => (openReview.current = r.value));
    fields.push(openRadios);
    openSlot.replaceChildren(openRadios.group);
  };
  const addReview = (label: string, date: MappingForm['reviews'][number]['date']) => {
    const i = reviewControls.length;
    const box = element('div', 'import-review');
    const labelField = add(textField({ name: `reviews.${i}.label`, label: `Label of review ${i + 1}`, hint: 'As the column’s header prints it.', value: label, width: 20, autocomplete: 'off' }));
    const dateF = add(dateField({ name: `reviews.${i}.date`, legend: `Date of review ${i + 1} (optional)`, hint: 'Only if the source gives one: a label alone is no date.', value: date }));
    const controls = { label: labelField, date: dateF, was: label };
    labelField.input.addEventListener('change', () => {
      const now = labelField.input.value.trim();
      renameInSelects(controls.was, now);
      if (openReview.current === controls.was) openReview.current = now;
      controls.was = now;
      drawOpen();
    });
    reviewControls.push(controls);
    box.append(labelField.group, dateF.group);
    reviewList.append(box);
  };
  for (const r of start.reviews) addReview(r.label, r.date);
  const addReviewButton = element('button', 'button button--secondary', 'Add a review');
  addReviewButton.type = 'button';
  addReviewButton.addEventListener('click', () => {
    addReview('', datePartsFrom(null));
    refreshReviewOptions();
    drawOpen();
    reviewControls.at(-1)!.label.input.focus();
  });
  drawOpen();

  // Columns: header as printed, a sample, its role, and where relevant its level or review.
  const firstChoice = imp.mapping.tables[0];
  const firstTable = firstChoice ? tableOf(firstChoice.table) : undefined;
  const reviewOptions = () => [{ value: '', text: 'Choose a review' }, ...reviewControls.map((r) => r.label.input.value.trim()).filter((l) => l !== '').map((l) => ({ value: l, text: l }))];
  const columns: ColumnControls[] = start.columns.map((c) => {
    const where = `column ${columnLetter(c.column)}${c.header ? ` (${c.header})` : ''}`;
    const role = add(compactSelect(`columns.${start.columns.indexOf(c)}.role`, `What ${where} holds`, c.role, columnRoleChoices));
    const level = add(compactSelect(`columns.${start.columns.indexOf(c)}.level`, `Whose, in ${where}`, c.level, [{ value: '', text: 'The row’s deepest item' }, ...levelOptions]));
    const review = add(compactSelect(`columns.${start.columns.indexOf(c)}.review`, `Review of ${where}`, c.review, reviewOptions()));
    const showRelevant = () => {
      level.group.hidden = !rolesWithLevel.includes(role.input.value as ColumnForm['role']);
      review.group.hidden = !rolesWithReview.includes(role.input.value as ColumnForm['role']);
    };
    role.input.addEventListener('change', showRelevant);
    showRelevant();
    return { form: c, role, level, review };
  });
  function refreshReviewOptions(): void {
    for (const c of columns) {
      const value = c.review.input.value;
      c.review.input.replaceChildren(...reviewOptions().map((o) => option(o.value, o.text)));
      c.review.input.value = reviewOptions().some((o) => o.value === value) ? value : '';
    }
  }
  function renameInSelects(from: string, to: string): void {
    for (const c of columns) {
      const was = c.review.input.value;
      c.review.input.replaceChildren(...reviewOptions().map((o) => option(o.value, o.text)));
      c.review.input.value = was === from ? to : reviewOptions().some((o) => o.value === was) ? was : '';
    }
  }
  const columnRows = columns.map((c) => {
    const row = element('tr');
    const header = th(`Column ${columnLetter(c.form.column)}`);
    header.append(element('span', 'admin-sub', c.form.header || 'No header'));
    const where = element('td');
    where.append(c.level.group, c.review.group);
    row.append(header, td(sampleValues(firstTable, firstChoice?.headerTo ?? 0, c.form.column)), td(c.role.group), where);
    return row;
  });

  // The scale, and what each score value means on it.
  const scaleChoice = add(
    radiosField({
      name: 'scale',
      legend: 'Rating scale the scores are read on',
      value: start.scale.choice,
      choices: [
        { value: 'existing', text: 'A scale already in the tracker', hint: '' },
        { value: 'new', text: 'A new scale from the values seen', hint: 'Made from the scores, words and colours in the file. Nothing is invented: a colour or a direction the file does not give is left out.' },
      ],
    }),
  );
  const scaleId = add(
    selectField({
      name: 'scale.scaleId',
      label: 'Existing scale',
      value: start.scale.scaleId,
      options: [{ value: '', text: 'Choose a rating scale' }, ...scales.map((s) => ({ value: String(s.id), text: s.name }))],
    }),
  );
  const newName = add(textField({ name: 'scale.new.name', label: 'Name of the new scale', value: start.scale.name, autocomplete: 'off' }));
  const direction = add(
    radiosField({
      name: 'scale.new.higherIsBetter',
      legend: 'Which end of the new scale is better',
      hint: 'Choose “not stated” unless the plan says so: a 1 to 3 score can be better at either end.',
      value: start.scale.direction,
      choices: [
        { value: 'higher', text: 'Higher is better', hint: '' },
        { value: 'lower', text: 'Lower is better', hint: '' },
        { value: 'notStated', text: 'The plan does not say', hint: '' },
      ],
    }),
  );
  const levelControls = start.scale.levels.map((l, i) => ({
    value: add(compactText(`scale.new.levels.${i}.value`, `Value of level ${i + 1}`, l.value)),
    label: add(compactText(`scale.new.levels.${i}.label`, `Label of level ${i + 1}`, l.label)),
    colour: add(compactText(`scale.new.levels.${i}.colour`, `Colour of level ${i + 1} (#rrggbb, or blank for none)`, l.colour)),
    complete: add(checkboxField({ name: `scale.new.levels.${i}.meansComplete`, label: `Level ${i + 1} means complete`, checked: l.meansComplete })),
  }));
  const newScaleBox = element('div', 'import-new-scale');
  newScaleBox.append(
    newName.group,
    direction.group,
    levelControls.length === 0
      ? paragraph('No score values were seen, so the new scale has no levels yet.')
      : tableCaptioned(
          'Levels of the new scale',
          ['Level', 'Value', 'Label', 'Colour', 'Complete'],
          levelControls.map((c, i) => {
            const row = element('tr');
            row.append(th(`Level ${i + 1}`), td(c.value.group), td(c.label.group), td(c.colour.group), td(c.complete.group));
            return row;
          }),
        ),
  );
  const showScale = () => {
    const isNew = scaleChoice.value() === 'new';
    scaleId.group.hidden = isNew;
    newScaleBox.hidden = !isNew;
  };

  const valueControls = start.values.map((v, i) => {
    const words = isFill(v.seen) ? `fill ${v.seen}` : `“${v.seen}”`;
    return { form: v, select: add(compactSelect(`values.${i}.level`, `What ${words} means`, v.level, [])) };
  });
  const refreshLevels = () => {
    const choices = [...levelChoices(readForm(), scales), { value: '', text: 'No score' }];
    for (const c of valueControls) {
      const was = c.select.input.value;
      c.select.input.replaceChildren(...choices.map((o) => option(o.value, o.text)));
      c.select.input.value = choices.some((o) => o.value === was) ? was : '';
    }
  };
  const valueRows = valueControls.map((c) => {
    const seen = isFill(c.form.seen) ? th(swatch(c.form.seen), `Fill colour ${c.form.seen}`) : th(`“${c.form.seen}”`);
    const row = element('tr');
    row.append(seen, td(c.select.group));
    return row;
  });

  // People: who each name in a people column is.
  const personOptions = [{ value: '', text: 'A new person' }, ...people.map((p) => ({ value: String(p.id), text: personChoiceText(p) }))];
  const personControls = start.people.map((p, i) => {
    const who = add(compactSelect(`people.${i}.personId`, `Who “${p.seen}” is`, p.personId, personOptions));
    const name = add(compactText(`people.${i}.name`, `Name of “${p.seen}” (blank if named by role only)`, p.name));
    const jobTitle = add(compactText(`people.${i}.jobTitle`, `Job title of “${p.seen}”`, p.jobTitle));
    const showNew = () => {
      name.group.hidden = who.input.value !== '';
      jobTitle.group.hidden = who.input.value !== '';
    };
    who.input.addEventListener('change', showNew);
    showNew();
    return { form: p, who, name, jobTitle };
  });
  const peopleRows = personControls.map((c) => {
    const row = element('tr');
    row.append(th(c.form.seen), td(c.who.group), td(c.name.group, c.jobTitle.group));
    return row;
  });

  function readForm(): MappingForm {
    const byLevel = new Set(levels.values());
    return {
      tables: tableControls.map(({ t, chosen, from, to }) => ({ table: t.table, chosen: chosen ? chosen.input.checked : t.chosen, headerFrom: from.input.value, headerTo: to.input.value })),
      title: title.input.value,
      sourceType: sourceType.input.value,
      planVersion: planVersion.input.value,
      planDate: planDate.value(),
      leadHeading: leadHeading.input.value,
      ownerHeading: ownerHeading.input.value,
      levels: Object.fromEntries(itemLevels.map((l) => [l, byLevel.has(l)])) as Record<ItemLevelWord, boolean>,
      scoreLevel: (scoreLevel.value() || start.scoreLevel) as ItemLevelWord,
      hierarchy: hierarchy.value() === 'columns' ? 'columns' : 'numbering',
      numbersInText: numbersInText.input.checked,
      sectionRows: sectionRows.value() === 'ignore' ? 'ignore' : 'priority',
      tableHeadingsArePriorities: headingsArePriorities ? headingsArePriorities.input.checked : start.tableHeadingsArePriorities,
      splitLetteredActions: splitLettered.input.checked,
      columns: columns.map((c) => ({ ...c.form, role: c.role.input.value as ColumnForm['role'], level: c.level.input.value as ColumnForm['level'], review: c.review.input.value })),
      reviews: reviewControls.map((r) => ({ label: r.label.input.value, date: r.date.value() })),
      openReview: openReview.current,
      scale: {
        choice: scaleChoice.value() === 'new' ? 'new' : 'existing',
        scaleId: scaleId.input.value,
        name: newName.input.value,
        direction: direction.value() === 'higher' ? 'higher' : direction.value() === 'lower' ? 'lower' : 'notStated',
        levels: levelControls.map((c) => ({ value: c.value.input.value, label: c.label.input.value, colour: c.colour.input.value, meansComplete: c.complete.input.checked })),
      },
      values: valueControls.map((c) => ({ seen: c.form.seen, level: c.select.input.value })),
      people: personControls.map((c) => ({ seen: c.form.seen, personId: c.who.input.value, name: c.name.input.value, jobTitle: c.jobTitle.input.value, email: c.form.email })),
      skipRows: start.skipRows,
    };
  }

  // The value selects are filled from the scale chosen, and follow it as it changes.
  for (const r of scaleChoice.inputs) r.addEventListener('change', () => (showScale(), refreshLevels()));
  scaleId.input.addEventListener('change', refreshLevels);
  for (const c of levelControls) for (const f of [c.value, c.label]) f.input.addEventListener('change', refreshLevels);
  showScale();
  refreshLevels();

  const form = adminForm({
    fields: () => fields,
    fieldFor: (name) => fieldNamed(fields, name, readForm()),
    submitText: 'Apply the mapping',
    progressText: 'Reading the file again with this mapping…',
    thing: 'This import',
    otherwise: null,
    submit: async () => {
      const prepared = mappingFromForm(readForm());
      if (!prepared.ok) throw new FormProblems(prepared.errors);
      applied(await updateMapping(imp.id, prepared.request, imp.version));
    },
  });

  const section = (heading: string, ...content: (HTMLElement | Field)[]) => {
    const box = element('div', 'import-part');
    box.append(element('h3', 'import-part__heading', heading));
    for (const c of content) box.append(c instanceof HTMLElement ? c : c.group);
    return box;
  };
  addFields(
    form,
    section('The table', ...tableControls.flatMap(({ chosen, from, to }) => [...(chosen ? [chosen] : []), from, to])),
    section('The plan', title, sourceType, planVersion, planDate, leadHeading, ownerHeading),
    section('Levels and hierarchy', levels, scoreLevel, hierarchy, numbersInText, splitLettered, sectionRows, ...(headingsArePriorities ? [headingsArePriorities] : [])),
    section('What each column holds', tableCaptioned(`Columns of ${firstTable?.name ?? 'the table'}`, ['Column', 'First values', 'What it holds', 'Whose, or which review'], columnRows)),
    section('Reviews', paragraph('One per score column, in the order of the columns.'), reviewList, addReviewButton, openSlot),
    section('Rating scale', scaleChoice, scaleId, newScaleBox),
    section(
      'What each score means',
      valueRows.length === 0
        ? paragraph('No score values were seen.')
        : tableCaptioned('Score values seen in the file', ['Seen', 'Level'], valueRows),
    ),
    section('Who the people are', peopleRows.length === 0 ? paragraph('No people were named.') : tableCaptioned('People named in the file', ['As written', 'Who they are', 'A new person’s name and job title'], peopleRows)),
  );
  return form.element;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = element('option', undefined, text);
  o.value = value;
  return o;
}

/** The box an API error names (domain/import-mapping.ts, formFieldName), or the nearest one above it by name. */
function fieldNamed(fields: readonly Field[], apiName: string, form: MappingForm): Field | undefined {
  const lower = formFieldName(apiName, form).toLowerCase();
  const exact = fields.find((f) => f.name.toLowerCase() === lower);
  if (exact) return exact;
  // A name for something with no box of its own ("scale.new.levels") lands on its first box, else the nearest above.
  const under = fields.find((f) => f.name.toLowerCase().startsWith(`${lower}.`));
  if (under) return under;
  const parts = lower.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const found = fields.find((f) => f.name.toLowerCase() === prefix || f.name.toLowerCase().startsWith(`${prefix}.`));
    if (found) return found;
  }
  return undefined;
}
