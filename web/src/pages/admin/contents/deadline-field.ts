// The deadline field: the words as the plan writes them ("Sept 16 / ongoing"), kept exactly, and under the box, live as
// it is typed, what the tracker understands from them (GET /api/deadlines/understand, asked once the typing pauses):
// the date or range, the state, anything it could not understand and what a person should confirm. The reading is in a
// status region, so a screen reader hears it without leaving the box.

import { understandDeadline } from '../../../api/contents';
import { element } from '../../../dom';
import { deadlinePreview } from '../../../domain/plan-contents';
import { textField, type TextField } from '../form';

export function deadlineField(o: { label: string; hint: string; value: string; blank: string }): TextField {
  const field = textField({ name: 'deadlineText', label: o.label, hint: o.hint, value: o.value, autocomplete: 'off' });
  const preview = element('div', 'deadline-preview');
  preview.setAttribute('role', 'status');
  preview.id = `${field.input.id}-understood`;
  field.group.append(preview);

  let asking: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (lines: readonly string[]) => preview.replaceChildren(...lines.map((line) => element('p', 'deadline-preview__line', line)));
  const read = async () => {
    const text = field.input.value;
    asking?.abort();
    if (text.trim() === '') {
      show([o.blank]);
      return;
    }
    const controller = new AbortController();
    asking = controller;
    try {
      const reading = await understandDeadline(text, controller.signal);
      if (!controller.signal.aborted) show(deadlinePreview(reading));
    } catch {
      // Too long or unreachable: the save will say what is wrong; the preview just stops claiming anything.
      if (!controller.signal.aborted) show(['The tracker could not read this deadline just now.']);
    }
  };
  field.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void read(), 400);
  });
  void read();
  return field;
}
