// What each cell of the action-plan grid says, worked out without the DOM (grid-cells.test.ts): people of the row's own
// or taken from the row above (said in words, never by colour alone), the deadline likewise, the direction of travel
// with a person's override and the direction printed in the source beside it, what each reading of a scale whose
// direction nobody stated would mean, and how a completion came about. pages/grid/rows.ts draws them; the item page
// uses the same words.

import type { Deadline, Direction, GridDirection, GridItem, GridScore, InheritedPeople, Plan, PersonRef } from '../api/client';
import { directionWords, inheritedFrom, type DirectionWords } from './grid-rows';

/** The plan's own names for its people columns ("Assigned lead", "Responsible officer"), or the tracker's words. */
export function columnHeadings(plan: Pick<Plan, 'leadHeading' | 'ownerHeading'>): { lead: string; owners: string } {
  return { lead: plan.leadHeading?.trim() || 'Lead', owners: plan.ownerHeading?.trim() || 'Owners' };
}

/** People to show in a cell: the row's own, or, when it names none, those of the row above with where they come from. */
export interface PeopleShown {
  people: readonly PersonRef[];
  /** "from action 1.1" when the people are inherited; null when they are the row's own. */
  from: string | null;
}

export function peopleShown(own: readonly PersonRef[], inherited: InheritedPeople | null): PeopleShown {
  if (own.length > 0 || !inherited || inherited.people.length === 0) return { people: own, from: null };
  return { people: inherited.people, from: `from ${inheritedFrom(inherited)}` };
}

/** A person as a line: "Dana Whitfield" with the job title beside; someone named by role only is their role, once. */
export function personWords(person: PersonRef): { name: string; jobTitle: string | null } {
  return { name: person.displayName, jobTitle: person.name && person.jobTitle ? person.jobTitle : null };
}

/** The deadline a row is judged by: its own, or the one it takes from the row above (and which row that is). */
export function deadlineShown(item: Pick<GridItem, 'deadline' | 'inheritedDeadline'>): { deadline: Deadline; from: string | null } | null {
  if (item.deadline) return { deadline: item.deadline, from: null };
  if (item.inheritedDeadline) return { deadline: item.inheritedDeadline.deadline, from: `from ${inheritedFrom(item.inheritedDeadline)}` };
  return null;
}

/** A direction as the source printed it: the word the tracker read, and the words themselves when they differ ("Improved"). */
export interface PrintedShown {
  words: DirectionWords;
  /** Exactly as printed, when that is not just the word. */
  asPrinted: string | null;
  contradicts: boolean;
}

export interface DirectionShown {
  computed: DirectionWords;
  /** Only on a scale whose direction is not stated and a score that moved: what each reading would make of it. */
  readings: { reading: string; words: DirectionWords }[];
  override: { words: DirectionWords; contradicts: boolean; reason: string | null } | null;
  printed: PrintedShown | null;
}

/** Everything the direction-of-travel cell says, from the API's direction at the current review. */
export function directionShown(direction: GridDirection): DirectionShown {
  const readings: DirectionShown['readings'] = [];
  if (direction.computed === 'changed' && direction.ifHigherIsBetter && direction.ifLowerIsBetter) {
    readings.push(
      { reading: 'If higher is better', words: directionWords(direction.ifHigherIsBetter) },
      { reading: 'If lower is better', words: directionWords(direction.ifLowerIsBetter) },
    );
  }
  return {
    computed: directionWords(direction.computed),
    readings,
    override: direction.override
      ? { words: directionWords(direction.override), contradicts: direction.overrideContradicts, reason: direction.overrideReason }
      : null,
    printed: direction.printed ? printedShown(direction.printed, direction.printedText, direction.printedContradicts) : null,
  };
}

export function printedShown(printed: string, printedText: string | null, contradicts: boolean): PrintedShown {
  const words = directionWords(printed);
  const text = printedText?.trim() ?? '';
  return { words, asPrinted: text !== '' && text.toLowerCase() !== words.word.toLowerCase() ? text : null, contradicts };
}

/** A score's completion as the tracker holds it: printed complete in a source before the tracker, or the board's sign-off. */
export function completionNote(score: Pick<GridScore, 'completeAsPrinted' | 'sourceDocument' | 'signOffStatus'>): { kind: 'printed' | 'signedOff' | 'pending' | 'rejected'; text: string } | null {
  if (score.completeAsPrinted) return { kind: 'printed', text: `Complete as printed in ${score.sourceDocument?.trim() || 'the source'}` };
  switch (score.signOffStatus) {
    case 'signedOff':
      return { kind: 'signedOff', text: 'Signed off by the board' };
    case 'pending':
      return { kind: 'pending', text: 'Awaiting sign-off' };
    case 'rejected':
      return { kind: 'rejected', text: 'Sign-off rejected' };
    default:
      return null;
  }
}

/** The direction filter's choices: "Changed" only where the scale does not say which end is better. */
export function directionChoices(higherIsBetter: boolean | null): { value: Direction; text: string }[] {
  const choices: Direction[] = higherIsBetter === null ? ['changed', 'maintained', 'new', 'noData'] : ['declining', 'maintained', 'improving', 'new', 'noData'];
  return choices.map((value) => ({ value, text: directionWords(value).word }));
}
