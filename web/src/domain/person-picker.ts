// The person picker's state, without the DOM (person-picker.test.ts): the people chosen as an item's leads or owners,
// in the order they are printed, with add, remove and move; the search results with those already chosen left out;
// and the words the picker says (a person as shown in results, the count announced after each search).

export interface PickedPerson {
  id: number;
  name: string | null;
  jobTitle: string | null;
  displayName: string;
}

/** The list with `person` added at the end, or as it was if they are chosen already (a person leads an item once). */
export function addPerson(chosen: readonly PickedPerson[], person: PickedPerson): PickedPerson[] {
  return chosen.some((p) => p.id === person.id) ? [...chosen] : [...chosen, person];
}

export function removePerson(chosen: readonly PickedPerson[], id: number): PickedPerson[] {
  return chosen.filter((p) => p.id !== id);
}

/** The list with the person one place earlier (-1) or later (1); unchanged at either end. */
export function movePerson(chosen: readonly PickedPerson[], id: number, by: -1 | 1): PickedPerson[] {
  const from = chosen.findIndex((p) => p.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= chosen.length) return [...chosen];
  const list = [...chosen];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

/** Search results without the people already chosen. */
export function resultsToOffer<T extends { id: number }>(results: readonly T[], chosen: readonly PickedPerson[]): T[] {
  return results.filter((r) => !chosen.some((p) => p.id === r.id));
}

/** "Dana Whitfield, Head of Service"; someone named by role only is their role, said to be so. */
export function personWords(person: Pick<PickedPerson, 'name' | 'jobTitle' | 'displayName'>): string {
  const name = person.name?.trim();
  const title = person.jobTitle?.trim();
  if (!name) return `${title || person.displayName} (named by role only)`;
  return title ? `${name}, ${title}` : name;
}

/** What a search found, announced in the picker's live region. */
export function resultsText(found: number, offered: number, search: string): string {
  const what = `“${search.trim()}”`;
  if (found === 0) return `No one found for ${what}. You can add them as a new person.`;
  const chosen = found - offered;
  const base = `${found === 1 ? '1 person' : `${found} people`} found for ${what}`;
  if (chosen === 0) return `${base}.`;
  return offered === 0 ? `${base}, already chosen.` : `${base}; ${chosen} already chosen, so ${offered} to choose from.`;
}

/** The search is sent once the typing pauses, and not for less than this many characters. */
export const minimumSearch = 2;

export function searchable(text: string): boolean {
  return text.trim().length >= minimumSearch;
}
