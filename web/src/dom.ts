// The few DOM helpers every view uses. Text always goes in through textContent, never as markup.

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
  return element('p', className, text);
}

export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** A page's h1. tabindex="-1" lets the router move focus to it, so screen readers announce the new page. */
export function pageHeading(text: string): HTMLHeadingElement {
  const h1 = element('h1', undefined, text);
  h1.tabIndex = -1;
  return h1;
}

export const serviceName = 'Improvement action-plan tracker';
