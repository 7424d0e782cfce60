// Discarding an import: a confirmation page of its own (as deletes are), saying what goes and what stays.

import { discardImport, getImport } from '../../../api/imports';
import { adminPaths } from '../../../domain/admin-routes';
import { navigate } from '../../../router';
import { deleteForm } from '../form';
import { layout, load, setFlash, type AdminContext } from '../shell';
import { importCrumbs } from './review';

export function showImportDiscard(ctx: AdminContext, importId: number): void {
  const page = layout(ctx, 'Discard an import', importCrumbs());
  void load(
    ctx,
    page.body,
    'the import',
    getImport(importId, ctx.signal),
    (imp) => {
      page.retitle(`Discard the import of ${imp.fileName}?`);
      const form = deleteForm({
        explain: [
          'This throws away the uploaded file and the mapping made for it. No plan has been created from it, so nothing else changes.',
          'To bring the plan in later, upload the file again.',
        ],
        submitText: 'Discard this import',
        cancel: { href: adminPaths.importReview(imp.id), text: 'No, go back to it' },
        thing: 'This import',
        submit: async () => {
          await discardImport(imp.id, imp.version);
          setFlash(`The import of ${imp.fileName} was discarded.`);
          navigate(adminPaths.importStart());
        },
      });
      page.body.append(form.element);
    },
    'There is no import at this address. It may have been discarded already.',
    () => page.retitle('No such import'),
  );
}
