// A compiled story, read once per page: its JSON parsed, its global tags and header, whether it is scored, and
// where its scenes start. Every playthrough of it (the play screen's, What if copies, the facilitator's plan, QA
// walks) shares this one object and builds its own ink runtime from the parsed JSON, so nothing here is worked
// out twice.
import { parseHeader, type StoryHeader } from './contract/index.ts';
import { PlayedStory } from './playedStory.ts';
import { namesAsTheStorySaysThem, storyWords } from './titledNames.ts';

// A story is scored when any choice carries a `move:` tag. ink compiles a tag's text as "^move: …".
const MOVE_IN_JSON = /"\^\s*move\s*:/;
export const isScoredStoryJson = (json: string): boolean => MOVE_IN_JSON.test(json);

export class CompiledStory {
  readonly json: string;
  /** The JSON parsed once; each playthrough's ink story is built from it. */
  readonly parsed: Record<string, unknown>;
  readonly globalTags: string[];
  readonly scored: boolean;
  readonly header: StoryHeader;
  private readonly reader: PlayedStory;
  private knots: string[] | null = null;
  private knotSet: Set<string> | null = null;
  private scenes: string[] | null = null;
  private scenesByTag: Map<string, string[]> | null = null;
  private tags: string[] | null = null;
  private functionSet: ReadonlySet<string> | null = null;

  /** A story from outside the build (playAsUntrusted): its playthroughs keep to UNTRUSTED_LIMITS too. */
  get untrusted(): boolean {
    return untrustedStories.has(this.json);
  }

  constructor(json: string) {
    this.json = json;
    this.parsed = JSON.parse(json) as Record<string, unknown>;
    // One ink story of its own to read tags at a path without disturbing any playthrough.
    this.reader = new PlayedStory(this.parsed);
    this.globalTags = this.reader.globalTags ?? [];
    this.scored = isScoredStoryJson(json);
    const header = parseHeader(this.globalTags, { scored: this.scored }).header;
    // The curtain call names a titled person as the story's own words do most ("Dr Price"), so it counts them here.
    this.header = { ...header, cast: namesAsTheStorySaysThem(header.cast, storyWords(json)) };
  }

  /**
   * Every knot and stitch ("knot", "knot.stitch"), in the order written: the places a story can be sent to by name
   * (Skip this scene, `next_scene:`).
   */
  knotsAndStitches(): string[] {
    if (this.knots) return this.knots;
    const out: string[] = [];
    for (const [knot, container] of this.reader.mainContentContainer.namedContent) {
      if (knot === 'global decl') continue;
      out.push(knot);
      const named = (container as unknown as { namedContent?: Map<string, unknown> }).namedContent;
      // A knot's named content is its stitches (ink keeps its own inner containers inside the knot's first one).
      for (const stitch of named?.keys() ?? []) out.push(`${knot}.${stitch}`);
    }
    return (this.knots = out);
  }

  /**
   * The knots a compiled story shows to be functions: each one it calls as a function (`{"f()": name}`), and each
   * that returns (`~ret`, which ink compiles only in a function). A function never called that returns nothing
   * looks like any knot here; the .ink's compiler knows it (validateStory.ts).
   */
  functions(): ReadonlySet<string> {
    if (this.functionSet) return this.functionSet;
    const found = new Set<string>();
    const root = this.parsed.root;
    const named = Array.isArray(root) ? (root.at(-1) as Record<string, unknown> | null) : null;
    const walk = (node: unknown, knot: string | null): void => {
      if (node === '~ret' && knot !== null) found.add(knot);
      else if (Array.isArray(node)) for (const item of node) walk(item, knot);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'f()' && typeof value === 'string') found.add(value);
          else walk(value, knot);
        }
    };
    for (const [name, container] of Object.entries(named ?? {})) walk(container, name === 'global decl' ? null : name);
    walk(Array.isArray(root) ? root.slice(0, -1) : null, null);
    const knots = new Set(this.knotsAndStitches());
    return (this.functionSet = new Set([...found].filter((name) => knots.has(name))));
  }

  /** The story has this knot or stitch ("knot", "knot.stitch"). */
  hasKnot(path: string): boolean {
    this.knotSet ??= new Set(this.knotsAndStitches());
    return this.knotSet.has(path);
  }

  /** Knots and stitches, in the order written, whose first line carries `scene:`. */
  sceneStarts(): string[] {
    return (this.scenes ??= this.knotsAndStitches().filter((knot) => this.tagsAt(knot).some(isSceneTag)));
  }

  /** Scene starts whose first line carries exactly this raw `scene:` tag, in the order written. */
  scenesTagged(rawTag: string): string[] {
    if (!this.scenesByTag) {
      this.scenesByTag = new Map();
      for (const knot of this.sceneStarts()) {
        for (const tag of this.tagsAt(knot)) {
          if (!this.scenesByTag.has(tag)) this.scenesByTag.set(tag, []);
          this.scenesByTag.get(tag)!.push(knot);
        }
      }
    }
    return this.scenesByTag.get(rawTag) ?? [];
  }

  /**
   * The text of every tag written in the story (lines and choices), each once, in the order written: what a
   * reader can read ahead while the learner reads (the play screen parses them in idle time, so a choice does
   * not wait for its tags to be parsed). Tags built from ink expressions are left out: they exist only in play.
   */
  tagTexts(): string[] {
    if (this.tags) return this.tags;
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const text = node[i + 1];
          // ink 1.1 writes a tag as "#", "^its text", "/#"; in play its spaces are tidied as a line's are.
          if (node[i] === '#' && typeof text === 'string' && text.startsWith('^') && node[i + 2] === '/#')
            found.add(
              text
                .slice(1)
                .replace(/[ \t]+/g, ' ')
                .trim(),
            );
          walk(node[i]);
        }
      } else if (node && typeof node === 'object') for (const value of Object.values(node)) walk(value);
    };
    walk(this.parsed.root);
    return (this.tags = [...found]);
  }

  private tagsAt(path: string): string[] {
    try {
      return this.reader.TagsForContentAtPath(path) ?? [];
    } catch {
      return [];
    }
  }
}

const isSceneTag = (tag: string): boolean => {
  const colon = tag.indexOf(':');
  return colon !== -1 && tag.slice(0, colon).trim().toLowerCase() === 'scene';
};

// Stories a page was given from outside the build (a story file opened from disk), by their JSON: every playthrough
// of one, wherever it is made (the play screen, a What if copy, the stage), keeps to the untrusted limits, without
// each of those places having to remember to ask.
const untrustedStories = new Set<string>();

/** From now on, every playthrough of this JSON keeps to UNTRUSTED_LIMITS (playedStory.ts). */
export function playAsUntrusted(json: string): void {
  untrustedStories.add(json);
}

// The same JSON read again (a copy for What if, a replay, a QA walk) is the same compiled story. A few at most
// are in play on one page; the oldest is forgotten first.
const recent: CompiledStory[] = [];

/** The compiled story for this JSON: read once, then shared. */
export function compiledStory(story: string | object | CompiledStory): CompiledStory {
  if (story instanceof CompiledStory) return story;
  const json = typeof story === 'string' ? story : JSON.stringify(story);
  const known = recent.find((c) => c.json === json);
  if (known) return known;
  const made = new CompiledStory(json);
  recent.unshift(made);
  if (recent.length > 8) recent.pop();
  return made;
}
