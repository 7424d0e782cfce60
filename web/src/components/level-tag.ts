// A score as a tag: the level's shape, number and label in words, on the level's colour. Colour only repeats what the
// words say, and the text colour is chosen for AA contrast on it (domain/grid-rows.ts, textColourOn). A level without a
// colour keeps its shape, number and word on no fill; a label that is just the number is not said twice.

import type { GridLevel } from '../api/client';
import { element } from '../dom';
import { levelShape, textColourOn } from '../domain/grid-rows';
import { labelBesideNumber, levelFill, levelWords } from '../domain/levels';

export function levelTag(levels: readonly GridLevel[], value: number | null, label?: string | null): HTMLElement {
  const level = value === null ? undefined : levels.find((l) => l.value === value);
  if (value === null || !level) {
    const none = element('strong', 'tag level-tag level-tag--none', value === null ? 'No score' : levelWords(value, label));
    return none;
  }
  const tag = element('strong', 'tag level-tag');
  const shape = element('span', 'level-tag__shape', levelShape(levels, value));
  // The shape is for the eye only; a screen reader hears the number and the label.
  shape.setAttribute('aria-hidden', 'true');
  tag.append(shape, element('span', 'level-tag__value', String(value)));
  const beside = labelBesideNumber(value, label ?? level.label);
  if (beside !== null) tag.append(' ', element('span', 'level-tag__label', beside));
  const fill = levelFill(level.colour);
  if (fill === null) {
    tag.classList.add('level-tag--no-colour');
    return tag;
  }
  // CSSOM, not a style attribute: the Content-Security-Policy (style-src 'self') refuses the latter but not this.
  tag.style.backgroundColor = fill;
  tag.style.color = textColourOn(fill);
  return tag;
}
