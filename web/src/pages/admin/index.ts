// /admin: what can be administered, each with how many there are, so an administrator sees at a glance that the
// accounts, people, scales, plans and inspections are what they expect.

import { listInspections, listUsers, listPeople, listScales } from '../../api/admin';
import { listPlans } from '../../api/client';
import { element, link, paragraph } from '../../dom';
import { adminPaths } from '../../domain/admin-routes';
import { count } from '../../domain/admin-words';
import { layout, load, type AdminContext } from './shell';

export function showAdminIndex(ctx: AdminContext): void {
  const page = layout(ctx, 'Administration', []);
  const lead = paragraph('Who can use the tracker, and what it tracks.', 'lead');
  page.heading.after(lead);

  const signal = ctx.signal;
  void load(
    ctx,
    page.body,
    'what can be administered',
    Promise.all([listUsers(signal), listPeople(signal), listScales(signal), listPlans(signal), listInspections(signal)]),
    ([users, people, scales, plans, inspections]) => {
      const disabled = users.filter((u) => u.isDisabled).length;
      const builtIn = scales.filter((s) => s.isBuiltIn).length;
      const open = plans.filter((p) => p.status !== 'closed').length;
      const list = element('ul', 'admin-index');
      list.append(
        section(
          adminPaths.users(),
          'Users and roles',
          'Accounts, what each role may do, passwords, and disabling an account.',
          `${count(users.length, 'account')}${disabled ? `, ${disabled} disabled` : ''}`,
        ),
        section(
          adminPaths.people(),
          'People',
          'The people who lead recommendations and own actions. A manager’s account is linked to one of them.',
          count(people.length, 'person', 'people'),
        ),
        section(
          adminPaths.scales(),
          'Rating scales',
          'The levels plans are scored on: their numbers, words, meanings and colours.',
          `${count(scales.length, 'scale')}: ${builtIn} built in, ${scales.length - builtIn} of your own`,
        ),
        section(
          adminPaths.plans(),
          'Plans and reviews',
          'Each plan’s details, its rating scale and what gets a score, and its review cycles.',
          `${count(plans.length, 'plan')}, ${open} not closed`,
        ),
        section(
          adminPaths.inspections(),
          'Inspections',
          'The inspection reports plans answer: judgements, the numbered recommendations, which plan items answer each, and the gaps.',
          count(inspections.length, 'inspection'),
        ),
        section(
          adminPaths.email(),
          'Email',
          'The reminder emails waiting, failed and sent, and the switch that turns email off.',
          'Outbox',
        ),
      );
      page.body.append(list);
    },
  );
}

function section(href: string, title: string, description: string, figures: string): HTMLElement {
  const item = element('li', 'admin-index__item');
  const heading = element('h2', 'admin-index__title');
  heading.append(link(href, title));
  item.append(heading, paragraph(description), paragraph(figures, 'admin-index__count'));
  return item;
}
