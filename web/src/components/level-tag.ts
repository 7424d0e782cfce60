// A score as a tag: the level's shape, number and label in words, on the level's colour. Colour only repeats what the
// words say, and the text colour is chosen for AA contrast on it (domain/grid-rows.ts, textColourOn).

import type { GridLevel } from '../api/client';
import { element } from '../dom';
import { levelShape, textColourOn } from '../domain/grid-rows';

export function levelTag(levels: readonly GridLevel[], value: number | null, label?: string | null): HTMLElement {
  const level = value === null ? undefined : levels.find((l) => l.value === value);
  if (value === null || !level) {
    const none = element('strong', 'tag level-tag level-tag--none', value === null ? 'No score' : `${value} ${label ?? ''}`.trim());
    return none;
  }
  const tag = element('strong', 'tag level-tag');
  const shape = element('span', 'level-tag__shape', levelShape(levels, value));
  // The shape is for the eye only; a screen reader hears the number and the label.
  shape.setAttribute('aria-hidden', 'true');
  tag.append(shape, element('span', 'level-tag__value', String(value)), ' ', element('span', 'level-tag__label', label ?? level.label));
  // CSSOM, not a style attribute: the Content-Security-Policy (style-src 'self') refuses the latter but not this.
  tag.style.backgroundColor = level.colour;
  tag.style.color = textColourOn(level.colour);
  return tag;
}
