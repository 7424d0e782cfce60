// A plan's source files: the files it was imported from, kept as uploaded, to download and check against what the
// tracker holds. Each with its SHA-256, so a copy on someone's drive can be matched to the one imported.

import { getPlan } from '../../../api/admin';
import { listSourceFiles, sourceFileUrl, type ImportSummary } from '../../../api/imports';
import { element, link, paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { formatMoment } from '../../../domain/item-audit';
import { fileSizeText, formatText, shortHash } from '../../../domain/import-words';
import { gridPath } from '../../../domain/routes';
import { adminTable, cell, crumbsTo, layout, load, rowHeader, type AdminContext } from '../shell';

export function showSourceFiles(ctx: AdminContext, planId: number): void {
  const page = layout(ctx, 'Source files', crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }));
  void load(
    ctx,
    page.body,
    'the plan’s source files',
    Promise.all([getPlan(planId, ctx.signal), listSourceFiles(planId, ctx.signal)]),
    ([plan, files]) => {
      page.retitle(`Source files of ${plan.title}`);
      const more = element('p', 'admin-more');
      more.append(link(gridPath(plan.id), 'The plan’s grid'), ' · ', link(adminPaths.planEdit(plan.id), 'Change its details'));
      page.body.append(
        paragraph('The files this plan was brought in from, exactly as they were uploaded.'),
        files.length === 0 ? paragraph('None: this plan was not brought in from a file.') : adminTable(`Files (${files.length})`, ['File', 'Format', 'Size', 'SHA-256 fingerprint', 'Brought in by'], files.map((f) => fileRow(plan.id, f))),
        more,
      );
    },
    'There is no plan at this address. It may have been deleted.',
    () => page.retitle('No such plan'),
  );
}

function fileRow(planId: number, file: ImportSummary): HTMLTableRowElement {
  const row = element('tr');
  const download = link(sourceFileUrl(planId, file.id), `Download ${file.fileName}`);
  download.setAttribute('download', file.fileName);
  const hash = element('details', 'import-hash');
  hash.append(element('summary', undefined, shortHash(file.sha256)), element('code', 'import-hash__full', file.sha256));
  row.append(rowHeader(download), cell(formatText(file.format)), cell(fileSizeText(file.sizeBytes)), cell(hash), cell(`${file.createdBy}, ${formatMoment(file.committedAt ?? file.createdAt)}`));
  return row;
}
