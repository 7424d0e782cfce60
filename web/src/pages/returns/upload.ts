// Upload a filled-in monthly return: the workbook the tracker made, with the scores and updates typed in offline. The
// upload goes to the dry run's page; nothing is saved to any score until the person applies it there. The address may
// name the review the person means (?review=, from My actions or the dashboard), so a return made for another review is
// refused rather than judged against the wrong one.

import { getPlan, listReviews, type AdminReview } from '../../api/admin';
import type { Plan } from '../../api/client';
import { maxUploadBytes } from '../../api/imports';
import { returnDownloadUrl } from '../../api/return-download';
import { uploadReturn } from '../../api/returns';
import { emptyState } from '../../components/page-states';
import { element, link, paragraph } from '../../dom';
import { fileSizeText, uploadProgressText } from '../../domain/import-words';
import { reviewForReturn } from '../../domain/return-words';
import { returnReviewFrom, returnUploadedPath } from '../../domain/routes';
import { navigate } from '../../router';
import { getSession } from '../../session';
import { addFields, adminForm, FormProblems, showProgress, textField, whileUploading } from '../admin/form';
import { layout, load, type ReturnContext, type ReturnLayout } from './parts';

const tooLarge = `The file is too large. The largest the tracker takes is ${fileSizeText(maxUploadBytes)}; a return is far smaller, so upload the workbook the tracker made, without pictures.`;

export function showReturnUpload(ctx: ReturnContext, planId: number): void {
  const page = layout(ctx, 'Upload your filled-in return');
  const loading = Promise.all([getPlan(planId, ctx.signal), listReviews(planId, ctx.signal)]);
  void load(ctx, page, 'the plan', loading, ([plan, reviews]) => draw(page, plan, reviews, returnReviewFrom(ctx.url.searchParams)),
    'There is no plan at this address. It may have been deleted, or the link may be wrong.');
}

function draw(page: ReturnLayout, plan: Plan, reviews: readonly AdminReview[], asked: number | null): void {
  const review = reviewForReturn(reviews, asked);
  if (!review) {
    page.body.replaceChildren(asked === null
      ? emptyState(`No review of ${plan.title} is open, so there is no return to upload.`, 'A return can be uploaded while its review is open.', { href: '/my-actions', text: 'Go to My actions' })
      : emptyState('This plan has no such review.', 'The link may be wrong, or the review may have been deleted.', { href: '/my-actions', text: 'Go to My actions' }));
    return;
  }
  if (review.status !== 'open') {
    page.body.replaceChildren(emptyState(`${review.label} is closed, so a return for it can no longer be saved.`,
      'Download the return for the open review from My actions, and enter your updates there.', { href: '/my-actions', text: 'Go to My actions' }));
    return;
  }

  const session = getSession();
  const mine = session !== null && (session.role === 'manager' || session.personId !== null);
  const download = element('p');
  download.append(
    'Not downloaded it yet? ',
    downloadLink(returnDownloadUrl(plan.id, review.id, mine), mine ? 'Download your return (Excel)' : 'Download the return for all items (Excel)'),
    '.',
  );
  page.body.append(
    paragraph(`${plan.title}: ${review.label}.`, 'lead'),
    paragraph('Upload the Excel workbook you downloaded from the tracker, once you have filled in the scores and updates. You will see what it would change, row by row, before anything is saved.'),
    download,
    uploadForm(plan.id, review.id),
  );
}

/** A download link: the download attribute keeps the router from treating it as a page of the app. */
export function downloadLink(href: string, text: string): HTMLAnchorElement {
  const a = link(href, text);
  a.setAttribute('download', '');
  return a;
}

function uploadForm(planId: number, reviewId: number): HTMLElement {
  const file = textField({
    name: 'file',
    label: 'Your filled-in return',
    hint: `The Excel workbook (.xlsx) the tracker made for you, up to ${fileSizeText(maxUploadBytes)}. Keep its hidden Key column as it is: it says which item each row is.`,
    value: '',
  });
  file.input.type = 'file';
  file.input.accept = '.xlsx';
  file.input.classList.add('file-upload');
  const form = adminForm({
    fields: () => [file],
    submitText: 'Upload the return',
    progressText: 'Uploading…',
    thing: 'This return',
    otherwise: 'file',
    // A return made for another review is the file's fault: the person must upload another workbook.
    rename: (name) => (name === 'reviewId' ? 'file' : name),
    submit: async () => {
      const chosen = file.input.files?.[0];
      if (!chosen) throw new FormProblems([{ field: 'file', message: 'Choose your filled-in return: the Excel workbook you downloaded from the tracker.' }]);
      // The browser would otherwise send the whole file only to be refused.
      if (chosen.size > maxUploadBytes) {
        throw new FormProblems([{ field: 'file', message: `The file is ${fileSizeText(chosen.size)}. The largest the tracker takes is ${fileSizeText(maxUploadBytes)}.` }]);
      }
      const uploaded = await whileUploading(form.form, tooLarge, () => uploadReturn(planId, chosen, reviewId, (sent) => showProgress(form.form, uploadProgressText(sent))));
      navigate(returnUploadedPath(planId, uploaded.id));
    },
  });
  addFields(form, file);
  return form.element;
}
