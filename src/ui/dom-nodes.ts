// The bridge from Preact to the overlay's DOM builders (h(), charts.ts): an element Preact owns
// whose children are nodes built outside Preact, appended when it mounts. Preact never renders
// children into it, so it leaves them alone; it removes them with the element. Adopt does the
// same for one built element rendered as itself (same tag and attributes, its children moved in).
import { createElement } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface DomNodesProps {
  /** The element that holds the nodes. */
  as: 'section' | 'div';
  class: string;
  /** Built once by the caller (useMemo): a new array mounts new nodes. Nulls are skipped. */
  nodes: readonly (Node | null)[];
}

export function DomNodes({ as: tag, class: className, nodes }: DomNodesProps) {
  const ref = useRef<HTMLElement>(null);
  // A layout effect runs before render() returns, so the nodes are in place as soon as the
  // tree is: the screen that mounts it can focus and measure straight away.
  useLayoutEffect(() => {
    ref.current?.replaceChildren(...nodes.filter((n): n is Node => n !== null));
  }, [nodes]);
  return createElement(tag, { class: className, ref });
}

/**
 * A node built outside Preact, in its own place in the tree: Preact owns an element with the
 * node's tag and attributes, and the node's children move into it when it mounts. Listeners on
 * the node's own root would not come along: use it for sections whose controls are inside.
 */
export function Adopt({ node }: { node: Element | null }) {
  const ref = useRef<Element>(null);
  useLayoutEffect(() => {
    if (node && ref.current) ref.current.replaceChildren(...Array.from(node.childNodes));
  }, [node]);
  if (!node) return null;
  const attrs = Object.fromEntries(Array.from(node.attributes, (a) => [a.name, a.value]));
  return createElement(node.tagName.toLowerCase(), { ...attrs, ref });
}
