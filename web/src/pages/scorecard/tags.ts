// The scorecard's tags: RAG as colour, shape and word (never colour alone; the text colour chosen for contrast on the
// fill, as the level tags do) and the direction of travel as an arrow and a word.

import { element } from '../../dom';
import { textColourOn } from '../../domain/grid-rows';
import { directionWords, ragTags, type Rag, type TravelDirection } from '../../domain/scorecard-words';

export function ragTag(rag: Rag): HTMLElement {
  const words = ragTags[rag] ?? ragTags['no-value'];
  const tag = element('strong', `tag rag-tag rag-tag--${rag}`);
  const shape = element('span', 'rag-tag__shape', words.shape);
  shape.setAttribute('aria-hidden', 'true');
  tag.append(shape, ' ', element('span', 'rag-tag__word', words.word));
  if (words.fill) {
    // CSSOM, not a style attribute: the Content-Security-Policy refuses the latter.
    tag.style.backgroundColor = words.fill;
    tag.style.color = textColourOn(words.fill);
  }
  return tag;
}

export function directionTag(direction: TravelDirection, title?: string): HTMLElement {
  const words = directionWords[direction] ?? directionWords['not-comparable'];
  const tag = element('span', `direction-tag direction-tag--${direction}`);
  const arrow = element('span', 'direction-tag__arrow', words.arrow);
  arrow.setAttribute('aria-hidden', 'true');
  tag.append(arrow, ' ', element('span', undefined, words.word));
  if (title) tag.append(element('span', 'direction-tag__since', ` ${title}`));
  return tag;
}
