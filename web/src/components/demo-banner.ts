// The notice that this server is a demonstration: invented data and public passwords, so nobody types in real
// children's information. It carries the word "Demonstration" and a border, not colour alone.

import { about, type About } from '../api/client';
import { element } from '../dom';

/** Fills `slot` with the notice when GET /api/about says demo; otherwise (or if it cannot be asked) leaves it empty. */
export async function showDemoBanner(slot: HTMLElement): Promise<void> {
  let server: About;
  try {
    server = await about();
  } catch {
    return;
  }
  if (!server.demo) return;
  // The accounts and their password come from the server, which made them (api/Features/Demo/DemoUsers.cs).
  const { demoUsernames, demoPassword } = server;

  // A named region, so it is a landmark people can jump to and axe finds no content outside landmarks.
  const banner = element('section', 'demo-banner');
  banner.setAttribute('aria-labelledby', 'demo-banner-title');
  const inner = element('div', 'demo-banner__inner');
  const tag = element('strong', 'demo-banner__tag', 'Demonstration');
  tag.id = 'demo-banner-title';

  const text = element('p', 'demo-banner__text');
  const last = demoUsernames.length - 1;
  text.append('This is a demonstration with invented data. Sign in as ');
  demoUsernames.forEach((username, i) => {
    if (i > 0) text.append(i === last ? ' or ' : ', ');
    text.append(element('code', undefined, username));
  });
  if (demoPassword) text.append(' with the password ', element('code', undefined, demoPassword));
  text.append(' shown in the README. Never enter real information here.');

  inner.append(tag, text);
  banner.append(inner);
  slot.replaceChildren(banner);
}
