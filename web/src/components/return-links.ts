// The way to the monthly return from My actions and the board's dashboard: download the workbook for the open review
// (a plain link with the download attribute: the browser sends the session cookie and saves the file under the name
// the API gives it), one sentence on what to do with it, and the way to upload it filled in.

import { returnDownloadUrl } from '../api/return-download';
import { element, link } from '../dom';
import { returnLinkWords } from '../domain/return-links';
import { returnUploadPath } from '../domain/routes';

export interface ReturnLinksOptions {
  planId: number;
  reviewId: number;
  reviewLabel: string;
  /** Only the signed-in person's items (My actions), or every item (the board's dashboard). */
  mine: boolean;
  /** Added to each link's name for screen readers where several plans each have the links ("for Fostering plan"). */
  context?: string;
}

export function returnLinks(o: ReturnLinksOptions): HTMLElement {
  const words = returnLinkWords(o.reviewLabel, o.mine);
  const box = element('div', 'return-links');
  const list = element('ul', 'return-links__list');
  const item = (a: HTMLAnchorElement) => {
    if (o.context) a.append(element('span', 'visually-hidden', ` ${o.context}`));
    const li = element('li');
    li.append(a);
    list.append(li);
  };
  const download = link(returnDownloadUrl(o.planId, o.reviewId, o.mine), words.download);
  download.setAttribute('download', '');
  item(download);
  item(link(returnUploadPath(o.planId, o.reviewId), words.upload));
  box.append(element('p', 'return-links__intro', words.sentence), list);
  return box;
}
