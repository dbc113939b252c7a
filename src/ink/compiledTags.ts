// A compiled story (.json) keeps no line numbers, but it keeps every tag an author wrote and the knot or stitch
// it sits in. `play` on a .json validates those tags as `check` validates the .ink (authoring-contract.md:
// "for compiled .json input … they name the story path (knot.stitch) instead"). Browser-safe.
import { authorPath, StoryRunner } from '../engine/storyRunner';
import { parseHeader, parseLineTag, placesOf, splitTag, LEARNER_ID } from '../engine/contract/index.ts';
import type { Diagnostic } from '../engine/types';
import { closest } from '../engine/didYouMean';
import { idsIn } from './sourceChecks';
import { nextSceneProblem } from './nextScene';
import { compiledStory } from '../engine/compiledStory';

interface CompiledTag {
  raw: string;
  /** The knot or stitch ("knot.stitch"), or null at the top of the story. */
  where: string | null;
  /** Written inside an option's brackets. */
  onChoice: boolean;
}

type Node = unknown;

/** Every tag whose words are fixed in the compiled story (a tag built with {…} as the story runs is left out). */
function compiledTags(json: string): CompiledTag[] {
  const out: CompiledTag[] = [];
  // `startContent`: a choice's `s` container, what it shows before any "[" (with no brackets, all of it). Ink reads
  // it both for the option and for the line the option prints, so a tag there is the option's (and that line's).
  const visit = (node: Node, path: string[], startContent = false): void => {
    if (!Array.isArray(node)) return;
    let tag: string[] | null = null;
    let dynamic = false;
    let inChoiceText = startContent;
    // A choice's own container holds its choice point ({"*": …}) beside its `s`; a stitch called s sits in a knot.
    const choicePoint = node.some((item: Node) => item !== null && typeof item === 'object' && '*' in item);
    node.forEach((item: Node, i: number) => {
      if (item === 'str') inChoiceText = true;
      else if (item === '/str') inChoiceText = startContent;
      if (item === '#') {
        tag = [];
        dynamic = false;
      } else if (item === '/#') {
        if (tag !== null && !dynamic)
          out.push({ raw: tag.join('').trim(), where: authorPath(path.join('.')), onChoice: inChoiceText });
        tag = null;
      } else if (tag !== null) {
        if (typeof item === 'string' && item.startsWith('^')) tag.push(item.slice(1));
        else dynamic = true;
      } else if (Array.isArray(item)) {
        visit(item, [...path, String(i)]);
      } else if (item !== null && typeof item === 'object') {
        const record = item as Record<string, Node>;
        // ink before 1.1 wrote a tag as {"#": "words"}.
        if (typeof record['#'] === 'string') {
          out.push({ raw: record['#'].trim(), where: authorPath(path.join('.')), onChoice: inChoiceText });
          return;
        }
        if (i !== node.length - 1) return;
        for (const [name, child] of Object.entries(record)) {
          // The knot or stitch named in a message is the one the choice is written in: `s` is not the author's.
          if (name === 's' && choicePoint) visit(child, path, true);
          else if (!name.startsWith('#')) visit(child, [...path, name]);
        }
      }
    });
  };
  let root: Node;
  try {
    root = (JSON.parse(json) as { root?: Node }).root;
  } catch {
    return [];
  }
  visit(root, []);
  return out;
}

/** The compiled story's tags checked against the contract, each problem naming the knot or stitch. */
export function validateCompiledStory(json: string, file: string): Diagnostic[] {
  const globalTags = new StoryRunner(json).globalTags.map((t) => t.trim());
  const tags = compiledTags(json);
  // The header is the run of tags at the very top; the rest are the story's.
  let headerCount = 0;
  while (headerCount < tags.length && tags[headerCount]!.where === null && globalTags.includes(tags[headerCount]!.raw))
    headerCount++;
  const storyTags = tags.slice(headerCount);
  const scored = storyTags.some((t) => t.onChoice && splitTag(t.raw).key === 'move');
  const out: Diagnostic[] = [];
  const add = (severity: 'error' | 'warning', message: string, where: string | null) =>
    out.push({ file, line: null, severity, message: where ? `${message} (in ${where})` : message });
  const { header, problems } = parseHeader(globalTags, { scored });
  for (const p of problems) add(p.severity, p.message, null);
  const cast = header.cast.map((m) => m.id);
  const story = compiledStory(json);
  // What `check` knows of the .ink's places, as far as the compiled story shows them (its functions among them).
  const scenePlaces = { knots: story.knotsAndStitches(), functions: story.functions(), scenes: story.sceneStarts() };
  for (const tag of storyTags) {
    const { key } = splitTag(tag.raw);
    const places = placesOf(key);
    if (places !== null && !tag.onChoice && places.every((p) => p === 'choice')) {
      add(
        'warning',
        `a ${key}: tag belongs inside the choice's [brackets]; here it tags the output line and is ignored`,
        tag.where,
      );
      continue;
    }
    const parsed = parseLineTag(tag.raw);
    if (parsed.kind === 'problem') {
      if (parsed.severity === 'error' || scored) add(parsed.severity, parsed.message, tag.where);
      continue;
    }
    if (parsed.kind === 'ours' && parsed.tag.key === 'next_scene') {
      const problem = nextSceneProblem(parsed.tag.knot, scenePlaces);
      if (problem) add('error', problem, tag.where);
    }
    if (parsed.kind !== 'ours' || (!scored && cast.length === 0)) continue;
    for (const id of idsIn(parsed.tag)) {
      if (id === LEARNER_ID || cast.includes(id)) continue;
      const guess = closest(id, cast, 2);
      add(
        scored ? 'error' : 'warning',
        `"${id}" is not in the cast${guess ? ` (did you mean "${guess}"?)` : ''}`,
        tag.where,
      );
    }
  }
  return out;
}
