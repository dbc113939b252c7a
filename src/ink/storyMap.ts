// Compile a story and keep a map from what runs back to what the author wrote: every knot and stitch, every
// choice and every END with its file and line. The compiled JSON keeps no line numbers, but the compiler's own
// in-memory story does (debug metadata), so `check` can say "the choice at line 57 is never reached" instead of
// "a.0.c-1". Browser-safe, like compileInk, whose diagnostics this repeats; the only difference is that the
// compiled story object is kept long enough to read the map from it.
import type { Diagnostic } from '../engine/types';
import { compileInk } from './compileInk';

interface SourcePlace {
  /** The file as the author knows it (with the display prefix, e.g. "stories/includes/cast.ink"). */
  file: string;
  line: number | null;
}

export interface KnotPlace extends SourcePlace {
  /** "knot" or "knot.stitch". */
  path: string;
  isFunction: boolean;
}

interface ChoicePlace extends SourcePlace {
  /** ink's path of the choice point: what a running story calls the choice's `sourcePath`. */
  path: string;
  /** The knot or stitch the choice is written in. */
  knot: string | null;
  /** `* -> somewhere` with no text: ink takes it by itself, so it is never offered. */
  invisible: boolean;
}

export interface EndingPlace extends SourcePlace {
  /** The knot or stitch the END (or DONE) is written in. */
  knot: string | null;
  /** The compiled container the END sits in: a story that ended there was last in it (or inside it). */
  container: string;
}

/**
 * Where each piece of compiled content was written, container by container, so that a runtime error or warning at
 * a compiled path ("hall.0.c-1.4": item 4 of container hall.0.c-1) is named at the line that caused it, not only its
 * knot. Plain data (files by number, each place `[file, line]`), so it crosses to the author preview's worker.
 */
export interface ContentPlaces {
  files: string[];
  /** For each container's path: the container's own place, then each item's in order (null where none is known). */
  containers: Record<string, (readonly [number, number] | null)[]>;
}

export interface StoryMap {
  knots: KnotPlace[];
  /** Keyed by the choice point's path. */
  choices: Map<string, ChoicePlace>;
  endings: EndingPlace[];
  content: ContentPlaces;
}

/** What names a runtime error's or warning's line: the knots, and the content container by container. */
export type SourcePlaces = Pick<StoryMap, 'knots' | 'content'>;

const noContent = (): ContentPlaces => ({ files: [], containers: {} });

/** Where the compiled content at `path` ("hall.0.c-1.4", or a container's own path) was written; null if unknown. */
export function contentPlace(path: string, content: ContentPlaces): SourcePlace | null {
  const parts = path.split('.');
  const last = parts.at(-1) ?? '';
  const item = /^\d+$/.test(last) ? Number(last) : null;
  const places = content.containers[item === null ? path : parts.slice(0, -1).join('.')];
  const place = (item === null ? null : places?.[item + 1]) ?? places?.[0] ?? null;
  const file = place ? content.files[place[0]] : undefined;
  return place && file !== undefined ? { file, line: place[1] } : null;
}

export interface MappedCompile {
  json: string | null;
  diagnostics: Diagnostic[];
  map: StoryMap;
}

// The compiled objects, read by shape: the classes are minified inside inkjs/full and not exported.
interface Meta {
  fileName: string | null;
  startLineNumber: number;
}
interface InkNode {
  path: { toString(): string };
  debugMetadata?: Meta | null;
  ownDebugMetadata?: Meta | null;
  content?: InkNode[];
  namedOnlyContent?: Map<string, InkNode> | null;
  name?: string | null;
  pathStringOnChoice?: string;
  isInvisibleDefault?: boolean;
  commandType?: number;
}

// ControlCommand.CommandType in inkjs 2.4.0.
const DONE = 19;
const END = 20;

/** The compiler's parsed story, read by shape: its knots by name, each knowing whether it is a function. */
interface ParsedFlows {
  subFlowsByName: Map<string, { isFunction: boolean }>;
}

/** The END a story that ended in `container` reached: the one whose container holds it most closely. */
export function endingFor(container: string, endings: EndingPlace[]): EndingPlace | null {
  let best: EndingPlace | null = null;
  for (const ending of endings) {
    const holds = container === ending.container || container.startsWith(`${ending.container}.`);
    if (holds && (best === null || ending.container.length > best.container.length)) best = ending;
  }
  return best;
}

/** The knot or stitch a compiled path lies in ("desk.0.c-1.b" → "desk"), or null outside every knot. */
export function knotContaining(path: string, knots: KnotPlace[]): string | null {
  let best: string | null = null;
  for (const knot of knots) {
    if ((path === knot.path || path.startsWith(`${knot.path}.`)) && (best === null || knot.path.length > best.length))
      best = knot.path;
  }
  return best;
}

function readMap(root: InkNode, parsed: ParsedFlows, displayPrefix: string, main: string): StoryMap {
  const map: StoryMap = { knots: [], choices: new Map(), endings: [], content: noContent() };
  // The compiler knows which knots it compiled as functions (INCLUDEd files' among them); the compiled story does not.
  const functions = new Set([...parsed.subFlowsByName].filter(([, flow]) => flow.isFunction).map(([name]) => name));
  const place = (node: InkNode): SourcePlace => {
    const meta = node.ownDebugMetadata ?? node.debugMetadata ?? null;
    return { file: displayPrefix + (meta?.fileName ?? main), line: meta ? meta.startLineNumber : null };
  };
  // An item with no place of its own has its container's (ink's debugMetadata looks up the same way).
  const fileNumber = new Map<string, number>();
  const contentPlaceOf = (node: InkNode): readonly [number, number] | null => {
    const { file, line } = place(node);
    if (line === null) return null;
    let n = fileNumber.get(file);
    if (n === undefined) {
      n = map.content.files.push(file) - 1;
      fileNumber.set(file, n);
    }
    return [n, line];
  };
  const visit = (node: InkNode) => {
    if (node.pathStringOnChoice !== undefined) {
      const path = node.path.toString();
      map.choices.set(path, {
        ...place(node),
        path,
        knot: knotContaining(path, map.knots),
        invisible: node.isInvisibleDefault === true,
      });
      return;
    }
    if (node.commandType === END || node.commandType === DONE) {
      const knot = knotContaining(node.path.toString(), map.knots);
      const top = knot?.split('.')[0] ?? node.path.toString().split('.')[0];
      // The compiler adds ends of its own (after the top of the story, in the variable declarations, and a DONE
      // after the last gather of the top of the story, behind Inky's own "- They lived happily ever after. ->
      // END"). No author wrote them, so they have no line of their own: the line they would borrow from their
      // container is the gather's, and an END there would be "never reached" (an END always comes first).
      if (!node.ownDebugMetadata) return;
      const path = node.path.toString();
      const container = path.slice(0, Math.max(0, path.lastIndexOf('.')));
      if (!functions.has(top) && top !== 'global decl') map.endings.push({ ...place(node), knot, container });
      return;
    }
    if (!Array.isArray(node.content)) return;
    map.content.containers[node.path.toString()] = [contentPlaceOf(node), ...node.content.map(contentPlaceOf)];
    for (const child of node.content) visit(child);
    for (const child of node.namedOnlyContent?.values() ?? []) visit(child);
  };
  // Knots are the named children of the root; stitches the named children of a knot, and nothing else is: ink's
  // compiler names a knot's stitches alone (FlowBase.GenerateRuntimeObject) and keeps its own inner containers
  // (c-0, g-0, b, s0) inside the knot's first, unnamed one. So a stitch called b or s1 is a stitch like any other.
  for (const [name, knot] of root.namedOnlyContent ?? []) {
    if (name === 'global decl') continue;
    const isFunction = functions.has(name);
    map.knots.push({ ...place(knot), path: name, isFunction });
    for (const [stitch, node] of knot.namedOnlyContent ?? [])
      map.knots.push({ ...place(node), path: `${name}.${stitch}`, isFunction });
  }
  visit(root);
  map.knots.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return map;
}

/** Compile `main` from `files` (paths relative to the stories folder) and read the story's map. */
export function compileWithMap(files: Record<string, string>, main: string, displayPrefix = ''): MappedCompile {
  let map: StoryMap = { knots: [], choices: new Map(), endings: [], content: noContent() };
  const { json, diagnostics } = compileInk(files, main, displayPrefix, (story, parsed) => {
    map = readMap(
      story.mainContentContainer as unknown as InkNode,
      parsed as unknown as ParsedFlows,
      displayPrefix,
      main,
    );
  });
  return { json, diagnostics, map };
}
