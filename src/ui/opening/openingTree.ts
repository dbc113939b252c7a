// A story's opening as plain data: the play screen's own DOM, written down at build time (prerenderOpenings.ts)
// and built again in the page before the engine arrives. Elements are `[tag, attributes, ...children]` and text is
// a string, so every word goes back in as a text node: nothing in a story can become markup, and the page needs no
// inline script (the data travels in a `<script type="application/json">`, which the browser never runs).

export type OpeningNode = string | [tag: string, attributes: Record<string, string>, ...children: OpeningNode[]];

/** What the build writes for one story: its tab title and what the play screen shows before the first choice. */
export interface StoryOpening {
  title: string;
  nodes: OpeningNode[];
}

/** The id of the element that carries a story's opening in index.html. */
export const openingElementId = (storyId: string): string => `opening-${storyId}`;

/** Write down a DOM subtree (text and elements only; comments and the like are not part of an opening). */
export function treeOf(node: Node): OpeningNode | null {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  const attributes: Record<string, string> = {};
  for (const attribute of Array.from(element.attributes)) attributes[attribute.name] = attribute.value;
  const children = Array.from(element.childNodes)
    .map(treeOf)
    .filter((c): c is OpeningNode => c !== null);
  return [element.tagName.toLowerCase(), attributes, ...children];
}

/** Build a written-down subtree again, with createElement, setAttribute and text nodes only. */
export function buildTree(tree: OpeningNode, doc: Document = document): Node {
  if (typeof tree === 'string') return doc.createTextNode(tree);
  const [tag, attributes, ...children] = tree;
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.appendChild(buildTree(child, doc));
  return element;
}

/**
 * Whether two subtrees show the same thing: the same elements, attributes and text, in the same order. The
 * engine's take-over checks this before it swaps its own nodes in, so the learner sees no change at all.
 */
export function sameTree(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType === 3) return a.nodeValue === b.nodeValue;
  if (a.nodeType !== 1) return true;
  const x = a as Element;
  const y = b as Element;
  if (x.tagName !== y.tagName || x.attributes.length !== y.attributes.length) return false;
  for (const attribute of Array.from(x.attributes))
    if (y.getAttribute(attribute.name) !== attribute.value) return false;
  const xs = Array.from(x.childNodes).filter((n) => n.nodeType === 1 || n.nodeType === 3);
  const ys = Array.from(y.childNodes).filter((n) => n.nodeType === 1 || n.nodeType === 3);
  return xs.length === ys.length && xs.every((n, i) => sameTree(n, ys[i]!));
}

/** Where a node sits under `root`: the child index at each level. */
export function pathIn(root: Node, node: Node): number[] {
  const path: number[] = [];
  for (let n = node; n !== root && n.parentNode; n = n.parentNode)
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  return path;
}

/** The node at `path` among `nodes` (the first index picks one of them), or null. */
export function nodeAt(nodes: ArrayLike<Node>, path: readonly number[]): Node | null {
  let node: Node | null = nodes[path[0]!] ?? null;
  for (const i of path.slice(1)) node = node?.childNodes[i] ?? null;
  return node;
}
