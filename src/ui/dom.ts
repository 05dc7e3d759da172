// Tiny DOM helpers for the overlay: h() builds an element with attributes, listeners and
// children; svg() does the same in the SVG namespace; a few small utilities for focus and text.
export type Child = Node | string | number | null | undefined | false | Child[];

type Listener = (e: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

/**
 * 'a:b;--c:d' set property by property through the CSSOM: the page's Content-Security-Policy
 * refuses style attributes, but not styles set from script.
 */
function setStyle(el: Element, css: string): void {
  const style = (el as HTMLElement | SVGElement).style;
  for (const decl of css.split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0) style.setProperty(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
  }
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value as Listener);
    } else if (key === 'class') {
      el.setAttribute('class', String(value));
    } else if (key === 'style') {
      setStyle(el, String(value));
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.append(String(c));
    else el.append(c);
  }
}

/** An HTML element: h('button', { class: 'btn', onClick: go }, 'Go'). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (attributes as written, e.g. 'stroke-width'). */
export function svg(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Sets text only when it changed (cheap for numbers updated a few times a second). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets an attribute only when it changed. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Whether a key press belongs to a control that uses it (typing, toggling, choosing). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}
