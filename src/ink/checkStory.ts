// `check`: everything an author should fix before a story ships, in one pass, printed like a compiler's messages.
// Reads the source (validateStory: the compiler, the tag grammar, the source checks, as `play` does), then plays
// the story (exploreStory) and reports what only playing shows. Browser-safe: the author preview runs the same
// checks on dropped files.
import { encodeSavePath, SAVE_CODE_LIMIT, SAVE_CODE_WARNING } from '../engine/saveCode';
import { ACT_NAMES, parseHeader, splitTag, type ActName, type StoryHeader } from '../engine/contract/index.ts';
import { endingFor, knotContaining, type EndingPlace, type SourcePlaces, type StoryMap } from './storyMap';
import { exploreStory, type ExploreOptions, type Exploration, type WalkRecord } from './exploreStory';
import { byPlace, diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import { validateStory } from './validateStory';
import { oneReportForEachLooseEnd } from './looseEnds';
import { runtimeError, runtimeWarning } from './runtimeMessages';
import { craftSummary, optionCraftWarnings, type CraftSummary, type DecisionSighting } from './optionCraft';

export type { CheckDiagnostic } from './checkDiagnostics';

export interface CheckOptions extends Omit<ExploreOptions, 'storyId'> {
  /** Put before file names in messages, e.g. "stories/". */
  displayPrefix?: string;
  /**
   * How a message says to replay a path: `npm run play -- FILE --choices 2,1` in a terminal (the default), or the
   * choices to take in the author preview, where the person reading has no terminal.
   */
  replay?: 'terminal' | 'preview';
}

interface StorySummary {
  scored: boolean;
  /** 'not-played' when the story did not compile. */
  mode: 'every-path' | 'walks' | 'not-played';
  /** Paths played (every path) or walks run. */
  paths: number;
  /** Distinct decisions met (choice points with a move:, or every choice point in an unscored story). */
  decisions: number;
  /** The most decisions on one path. */
  longestPath: number;
  /** The endings (endingName) some path reached, and how many the story has. */
  endings: { reached: string[]; total: number };
  /** Characters in the longest save code met, or null when nothing was played. */
  largestSave: number | null;
  /** Acts any walk resolved to, in the voice model's order of the act table. */
  acts: ActName[];
  /** Option craft's measures of path length; null when no walk finished. */
  craft: CraftSummary | null;
}

export interface StoryCheck {
  id: string;
  /** The main file as shown in messages. */
  file: string;
  title: string;
  json: string | null;
  diagnostics: CheckDiagnostic[];
  errors: number;
  warnings: number;
  summary: StorySummary;
  /** Where each knot and each piece of content is written: what names a runtime message's file and line in the preview's play (runtimeMessages.ts). */
  places: SourcePlaces;
}

// The save an LMS would keep names the story's hash (64 hex digits, computed at build time). A stand-in of the
// same length and mix measures the same; the real hash needs an asynchronous digest the checker does without.
function standInHash(json: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (let i = round; i < json.length; i += 97) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** "1,2,3": the path as `npm run play -- FILE --choices …` takes it. */
function choicesOf(walk: WalkRecord): string {
  const all = walk.steps.map((s) => s.chosen + 1);
  // A path of hundreds of choices is unreadable; its start is enough to see the loop.
  return all.length > 30 ? `${all.slice(0, 30).join(',')} (the first 30 of ${all.length})` : all.join(',');
}

/** How to see what a walk met: the play command, or in the author preview the choices to take there. */
function seeIt(walk: WalkRecord | undefined, file: string, replay: 'terminal' | 'preview'): string {
  const steps = walk?.steps ?? [];
  if (replay === 'terminal') return `npm run play -- ${file}${steps.length ? ` --choices ${choicesOf(walk!)}` : ''}`;
  if (!steps.length) return 'press Restart in the preview below';
  const all = steps.map((s) => s.chosen + 1);
  const first = all.slice(0, 12).join(', then ');
  return `in the preview below, choose ${first}${all.length > 12 ? ` and so on (${all.length} choices: ${choicesOf(walk!)})` : ''}`;
}

/**
 * An ending as the summary counts it: the knot (or stitch) its END is in, or, for an END at the top of the story
 * outside every knot (Inky's new story ends so), the place it is written.
 */
const endingName = (ending: EndingPlace): string => ending.knot ?? `${ending.file}:${ending.line}`;

function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('.')));
}

/** The debrief's questions name a moment as "At “{moment}”", so a moment that starts with "At" says it twice. */
const MOMENT_SAYS_AT = /^at\s/i;

interface DecisionSeen extends DecisionSighting {
  noDiscuss: boolean;
  noNote: boolean;
  /** The most options any walk was offered here: one is no choice at all. */
  mostOptions: number;
}

interface OptionSeen {
  noMoment: boolean;
  noPerspective: boolean;
  /** A moment: that begins with "At", which the debrief's questions already say ("At “At the desk”"). */
  momentSaysAt: string | null;
}

/** What playing showed, turned into diagnostics and the summary. */
function judgePlay(
  file: string,
  map: StoryMap,
  exploration: Exploration,
  json: string,
  scored: boolean,
  cast: ReadonlySet<string>,
  replay: 'terminal' | 'preview' = 'terminal',
): { diagnostics: CheckDiagnostic[]; summary: StorySummary } {
  const out: CheckDiagnostic[] = [];
  const { walks, visited } = exploration;
  const offered = new Set<string>();
  const taken = new Set<string>();
  const decisions = new Map<string, DecisionSeen>();
  const options = new Map<string, OptionSeen>();
  const untagged = new Set<string>();
  /** A decision whose moment: an earlier decision on the same path also has, and that decision. */
  const sameMoment = new Map<string, { moment: string; other: string }>();
  /** Where walks ended, as endingName names an ending. */
  const endingsReached = new Set<string>();
  /** Each END written in the source that some walk ended at. */
  const endsReached = new Set<EndingPlace>();
  const errors = new Map<string, WalkRecord>();
  /** Each runtime warning ink gave, with the shortest walk that met it. */
  const warnings = new Map<string, WalkRecord>();
  const acts = new Set<ActName>();
  let tooLong: WalkRecord | null = null;
  let largestSave = 0;
  let longestPath = 0;
  const hash = standInHash(json);
  const placeOf = (sourcePath: string) => map.choices.get(sourcePath);

  // Compressing every save is slow; the longest few as plain JSON are the candidates for the longest code.
  const bySize = [...walks].sort((a, b) => JSON.stringify(b.save).length - JSON.stringify(a.save).length);
  for (const walk of bySize.slice(0, 3)) {
    largestSave = Math.max(largestSave, encodeSavePath({ ...walk.save, storyHash: hash }).length);
  }
  for (const walk of walks) {
    longestPath = Math.max(longestPath, walk.log.decisions.length);
    for (const d of walk.log.decisions) for (const a of d.acts) acts.add(a.act);
    if (walk.outcome === 'error' && walk.error) {
      const key = `${walk.error.message}@${walk.error.where}@${walk.error.at}`;
      const before = errors.get(key);
      if (!before || before.steps.length > walk.steps.length) errors.set(key, walk);
    }
    for (const warning of walk.warnings) {
      const before = warnings.get(warning);
      if (!before || before.steps.length > walk.steps.length) warnings.set(warning, walk);
    }
    if (walk.outcome === 'too-long' && (!tooLong || tooLong.steps.length > walk.steps.length)) tooLong = walk;
    if (walk.endedIn !== null) {
      const site = endingFor(walk.endedIn, map.endings);
      if (site) endsReached.add(site);
      const ending = site ? endingName(site) : knotContaining(walk.endedIn, map.knots);
      if (ending) endingsReached.add(ending);
    }
    let k = 0;
    /** This walk's moments: each names one decision, or the timeline shows two of the same name. */
    const momentsHere = new Map<string, string>();
    for (const step of walk.steps) {
      step.offered.forEach((p) => offered.add(p));
      const chosenPath = step.offered[step.chosen];
      if (chosenPath) taken.add(chosenPath);
      if (!step.isDecision) continue;
      const record = walk.log.decisions[k++];
      const first = step.offered[0];
      if (!record || first === undefined) continue;
      const key = parentPath(first);
      const lines = step.offered.map((p) => placeOf(p)).filter((p) => p !== undefined);
      const label = lines.reduce(
        (a, b) => ((b.line ?? Infinity) < (a.line ?? Infinity) ? b : a),
        lines[0] ?? { file, line: null },
      );
      const seen = decisions.get(key) ?? {
        file: label.file,
        line: label.line,
        options: record.options,
        optionLines: step.offered.map((p) => placeOf(p)?.line ?? null),
        noDiscuss: false,
        noNote: false,
        mostOptions: 0,
      };
      seen.mostOptions = Math.max(seen.mostOptions, step.offered.length);
      seen.noDiscuss ||= record.discuss.length === 0;
      seen.noNote ||= record.notes.length === 0;
      decisions.set(key, seen);
      if (scored) {
        const someMoves = step.tags.some((tags) => tags.some((t) => splitTag(t).key === 'move'));
        step.tags.forEach((tags, i) => {
          if (someMoves && !tags.some((t) => splitTag(t).key === 'move') && step.offered[i])
            untagged.add(step.offered[i]);
        });
      }
      if (walk.outcome === 'ended' && record.moment !== null) {
        const other = momentsHere.get(record.moment);
        if (other !== undefined && other !== key && !sameMoment.has(key))
          sameMoment.set(key, { moment: record.moment, other });
        momentsHere.set(record.moment, key);
      }
      // A decision's moment and perspectives can come until the next decision: judge them on finished walks.
      if (walk.outcome === 'ended' && chosenPath) {
        const option = options.get(chosenPath) ?? { noMoment: false, noPerspective: false, momentSaysAt: null };
        option.noMoment ||= record.moment === null;
        if (record.moment !== null && MOMENT_SAYS_AT.test(record.moment)) option.momentSaysAt = record.moment;
        option.noPerspective ||= record.perspectives.length === 0;
        options.set(chosenPath, option);
      }
    }
  }

  const played = exploration.mode === 'every-path' ? `on any of the ${walks.length} paths` : `in ${walks.length} walks`;

  for (const [, walk] of errors) {
    out.push({
      ...runtimeError(walk.error!, file, map, `; to see it: ${seeIt(walk, file, replay)}`),
      code: 'runtime',
    });
  }
  for (const [raw, walk] of warnings) {
    out.push({
      ...runtimeWarning(raw, file, map, `; to see it: ${seeIt(walk, file, replay)}`),
      code: 'runtime-warning',
    });
  }
  if (exploration.outOfTime) {
    const slowest = exploration.walks[exploration.walks.length - 1];
    out.push(
      diagnostic(
        'too-slow',
        file,
        null,
        'error',
        `playing the story's paths took more than ${(exploration.timeBudgetMs / 1000).toLocaleString('en-GB')} seconds, so check stopped after ${exploration.walks.length} ${exploration.walks.length === 1 ? 'walk' : 'walks'}: some passage is very slow (a long loop or a deep function), and the author preview would stop it too; to find it: ${seeIt(slowest, file, replay)}`,
      ),
    );
  }
  if (tooLong) {
    out.push(
      diagnostic(
        'too-long',
        file,
        null,
        'warning',
        `a walk made ${tooLong.steps.length} choices without reaching an end: is there a loop with no way out? (to see it: ${seeIt(tooLong, file, replay)})`,
      ),
    );
  }

  if (scored) {
    out.push(...optionCraftWarnings(file, [...decisions.values()], cast));
    for (const seen of decisions.values()) {
      if (seen.mostOptions === 1)
        out.push(
          diagnostic(
            'one-option',
            seen.file,
            seen.line,
            'warning',
            'this decision offers only one option, so the learner has no choice to make: add at least one more, each with its own move: (a line starting with a single minus sign between two options ends the decision there, and the options after it start a new one: move it below the last option)',
          ),
        );
      if (seen.noDiscuss)
        out.push(
          diagnostic(
            'card-discuss',
            seen.file,
            seen.line,
            'warning',
            'this decision has no discuss: card (a question for the group, written before the choices)',
          ),
        );
      const contested = seen.options.some((o) => o.contested);
      if (seen.noNote)
        out.push(
          diagnostic(
            'card-note',
            seen.file,
            seen.line,
            'warning',
            `this decision has no note: for the facilitator (written before the choices)${contested ? ', and an option is marked #contested: the note: is where the facilitator reads what practitioners disagree about, so say it there' : ''}`,
          ),
        );
    }
    for (const [key, { moment, other }] of sameMoment) {
      const seen = decisions.get(key);
      const before = decisions.get(other);
      if (!seen || !before) continue;
      out.push(
        diagnostic(
          'moment-repeated',
          seen.file,
          seen.line,
          'warning',
          `after this decision the moment: is "${moment}", the same as after the decision${before.line !== null ? ` on line ${before.line}` : ''} earlier on the same path: the debrief's timeline and questions ("At “${moment}”, …") tell decisions apart by their moment, so give each its own name`,
        ),
      );
    }
    for (const [path, seen] of options) {
      const place = placeOf(path);
      if (!place) continue;
      if (seen.noMoment)
        out.push(
          diagnostic(
            'card-moment',
            place.file,
            place.line,
            'warning',
            "after this option no moment: names the decision for the debrief timeline (write it in the option's consequence)",
          ),
        );
      if (seen.momentSaysAt !== null)
        out.push(
          diagnostic(
            'card-moment-at',
            place.file,
            place.line,
            'warning',
            `after this option the moment: "${seen.momentSaysAt}" begins with "At", and the debrief asks "At “${seen.momentSaysAt}”, …": name the moment without it (e.g. "The desk")`,
          ),
        );
      if (seen.noPerspective)
        out.push(
          diagnostic(
            'card-perspective',
            place.file,
            place.line,
            'warning',
            "after this option no perspective: says what someone noticed or felt (write it in the option's consequence)",
          ),
        );
    }
    for (const path of untagged) {
      const place = placeOf(path);
      if (place)
        out.push(
          diagnostic(
            'untagged-option',
            place.file,
            place.line,
            'warning',
            'this option has no move: tag, but other options of the same decision do, so it scores nothing: add the move it makes',
          ),
        );
    }
  }

  // What was never reached. A knot never reached hides everything in it, so its choices are not listed again.
  // When walking ran out of time, nothing is said: what was not reached may simply not have been tried.
  const untried = exploration.outOfTime;
  for (const knot of untried ? [] : map.knots) {
    if (knot.isFunction || visited.has(knot.path)) continue;
    const parentReached = !knot.path.includes('.') || visited.has(knot.path.split('.')[0]);
    if (!parentReached) continue;
    out.push(
      diagnostic(
        'unreached-knot',
        knot.file,
        knot.line,
        'warning',
        `${knot.path.includes('.') ? 'stitch' : 'knot'} ${knot.path} is never reached ${played}`,
      ),
    );
  }
  for (const choice of untried ? [] : map.choices.values()) {
    if (choice.invisible || taken.has(choice.path) || !choice.knot || !visited.has(choice.knot)) continue;
    const what = offered.has(choice.path)
      ? `is offered but never taken ${played}`
      : `is never offered ${played} (is its condition ever true?)`;
    out.push(diagnostic('unreached-choice', choice.file, choice.line, 'warning', `this choice ${what}`));
  }
  const endingNames = new Set(map.endings.map(endingName));
  // Two ENDs can share a line (`{x: -> END | -> DONE}`): the line is reached when either is, and judged once.
  const linesReached = new Set([...endsReached].map((e) => `${e.file}:${e.line}`));
  const judged = new Set<string>();
  for (const ending of untried ? [] : map.endings) {
    const at = `${ending.file}:${ending.line}`;
    if (judged.has(at)) continue;
    judged.add(at);
    // An END in a knot nothing reaches is covered by that knot's own warning.
    if (linesReached.has(at) || (ending.knot !== null && !visited.has(ending.knot))) continue;
    out.push(
      diagnostic(
        'unreached-ending',
        ending.file,
        ending.line,
        'warning',
        `the story never ends at this END${ending.knot ? ` (in ${ending.knot})` : ''} ${played}`,
      ),
    );
  }

  if (largestSave > SAVE_CODE_LIMIT) {
    out.push(
      diagnostic(
        'save-size',
        file,
        null,
        'error',
        `the longest save is ${largestSave.toLocaleString('en-GB')} characters, over SCORM 1.2's limit of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')}: an LMS cannot keep it, so a learner could not resume; shorten the option texts or the number of choices on the longest path`,
      ),
    );
  } else if (largestSave > SAVE_CODE_WARNING) {
    out.push(
      diagnostic(
        'save-size',
        file,
        null,
        'warning',
        `the longest save is ${largestSave.toLocaleString('en-GB')} characters, close to SCORM 1.2's limit of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')}`,
      ),
    );
  }

  return {
    diagnostics: out,
    summary: {
      scored,
      mode: exploration.mode,
      paths: walks.length,
      decisions: decisions.size,
      longestPath,
      endings: { reached: [...endingsReached].sort(), total: new Set([...endingNames, ...endingsReached]).size },
      largestSave,
      acts: ACT_NAMES.filter((a) => acts.has(a)),
      craft: craftSummary(
        walks.filter((w) => w.outcome === 'ended').map((w) => ({ decisions: w.log.decisions.length, words: w.words })),
      ),
    },
  };
}

/** The longest median path a learner should meet: workshops plan on 10 to 15 minutes (scenarios.md, "Depth"). */
const MOST_MINUTES = 15;
/** The shortest median path a story on the playbill should have (scenarios.md: about 10–15 minutes each). */
const FEWEST_MINUTES = 10;

/**
 * The playbill's `minutes:` against the median path (round the median up, AUTHORING.md says: a learner planning
 * their time must not be short), a median path longer than a session slot, and, for a story on the playbill, one
 * too short to fill it (a draft, an example or a test's story says `# listed: no`).
 */
function judgeLength(
  file: string,
  craft: CraftSummary,
  header: { minutes: number | null | undefined; listed: boolean },
  site: { file: string; line: number } | null,
): CheckDiagnostic[] {
  const { minutes } = header;
  const out: CheckDiagnostic[] = [];
  const median = craft.medianMinutes;
  const roundedUp = Math.max(1, Math.ceil(median));
  const about = `the median path takes about ${median.toLocaleString('en-GB')} minutes`;
  if (typeof minutes === 'number' && (minutes < roundedUp || (minutes > roundedUp + 2 && minutes * 3 > roundedUp * 4)))
    out.push(
      diagnostic(
        'minutes',
        site?.file ?? file,
        site?.line ?? null,
        'warning',
        `the header says "minutes: ${minutes}", but ${about}: a learner plans their time by it, so write "# minutes: ${roundedUp}" (the median rounded up)`,
      ),
    );
  if (median > MOST_MINUTES)
    out.push(
      diagnostic(
        'too-many-minutes',
        file,
        null,
        'warning',
        `${about}, more than the ${MOST_MINUTES} a session slot allows: cut words from the scenes (the options stay), or a decision`,
      ),
    );
  if (header.listed && median < FEWEST_MINUTES)
    out.push(
      diagnostic(
        'too-few-minutes',
        file,
        null,
        'warning',
        `${about}, less than the ${FEWEST_MINUTES} to ${MOST_MINUTES} a session slot plans on, and the story is listed in the foyer: add decisions (six to eight on every path) or let the scenes show more; a draft or an example not meant for learners yet says "# listed: no" in the header`,
      ),
    );
  return out;
}

/** The lines to copy in, as AUTHORING.md ("the story header", "writing well") words them. */
const HEADER_REMINDERS = [
  {
    key: 'content_note',
    has: (h: StoryHeader) => h.contentNotes.length > 0,
    why: 'the playbill tells learners, before they start, of anything in the story that might upset them',
    line: '# content_note: (anything in the story that might upset a learner, said plainly; one line for each)',
  },
  {
    key: 'review',
    has: (h: StoryHeader) => h.review !== null && h.review.trim() !== '',
    why: 'the playbill says honestly who has reviewed the story (never a review that did not happen)',
    line: '# review: Draft written by (you). Not yet reviewed by people with lived experience of (what the story shows); review planned.',
  },
] as const;

/**
 * A scored story on the playbill with no `content_note:` or no `review:` (authoring-contract.md, "Story header";
 * scenarios.md asks both of every story): named at the header's last line, with a line to copy in. A story kept off
 * the playbill (`# listed: no`: a draft, an example, a test's story) is not asked yet, as for too few minutes.
 */
function judgeHeaderReminders(
  header: StoryHeader,
  sites: readonly { file: string; line: number }[],
  file: string,
): CheckDiagnostic[] {
  if (!header.listed) return [];
  const last = sites.at(-1);
  const lines = !last ? '' : sites.length === 1 ? ` (line ${last.line})` : ` (lines ${sites[0]!.line} to ${last.line})`;
  return HEADER_REMINDERS.filter((r) => !r.has(header)).map((r) =>
    diagnostic(
      'header-reminder',
      last?.file ?? file,
      last?.line ?? null,
      'warning',
      `this story is listed in the foyer, and its header${lines} has no "# ${r.key}:": ${r.why}. Copy this line into the header and fill in the brackets: ${r.line}`,
    ),
  );
}

/** Check one story: `main` among `files` (paths relative to the stories folder, INCLUDEs among them). */
export function checkStory(files: Record<string, string>, main: string, options: CheckOptions = {}): StoryCheck {
  const prefix = options.displayPrefix ?? '';
  const file = prefix + main;
  const id = main.replace(/^.*\//, '').replace(/\.ink$/, '');
  const validated = validateStory(files, main, prefix);
  const diagnostics: CheckDiagnostic[] = [...validated.diagnostics];
  const { header } = parseHeader(
    validated.scan.tags.filter((t) => t.place === 'header').map((t) => t.raw),
    { scored: false },
  );
  let summary: StorySummary = {
    scored: validated.scored,
    mode: 'not-played',
    paths: 0,
    decisions: 0,
    longestPath: 0,
    endings: { reached: [], total: 0 },
    largestSave: null,
    acts: [],
    craft: null,
  };
  if (validated.json) {
    const knots = validated.map.knots.filter((k) => !k.isFunction).map((k) => k.path);
    const exploration = exploreStory(validated.json, { knots, ...options, storyId: id });
    const scored = exploration.walks[0]?.log.scored ?? validated.scored;
    const cast = new Set(header.cast.map((m) => m.id));
    const judged = judgePlay(file, validated.map, exploration, validated.json, scored, cast, options.replay);
    diagnostics.push(...judged.diagnostics);
    summary = judged.summary;
    if (scored) {
      const sites = validated.scan.tags.filter((t) => t.place === 'header' && t.file === file);
      diagnostics.push(...judgeHeaderReminders(header, sites, file));
    }
    if (scored && summary.craft) {
      const minutesSite = validated.scan.tags.find((t) => t.place === 'header' && splitTag(t.raw).key === 'minutes');
      diagnostics.push(...judgeLength(file, summary.craft, header, minutesSite ?? null));
    }
  }
  const reported = oneReportForEachLooseEnd(diagnostics).sort(byPlace);
  return {
    id,
    file,
    title: header.title || id,
    json: validated.json,
    diagnostics: reported,
    errors: reported.filter((d) => d.severity === 'error').length,
    warnings: reported.filter((d) => d.severity === 'warning').length,
    summary,
    places: { knots: validated.map.knots, content: validated.map.content },
  };
}

/** Check several stories among the same files (default: every story, i.e. every .ink not in a sub-folder). */
export function checkStories(
  files: Record<string, string>,
  mains?: string[],
  options: CheckOptions = {},
): StoryCheck[] {
  const list =
    mains ??
    Object.keys(files)
      .filter((f) => !f.includes('/') && f.endsWith('.ink'))
      .sort();
  return list.map((main) => checkStory(files, main, options));
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The one-line summary printed after a story's messages. */
export function formatSummary(check: StoryCheck): string {
  const s = check.summary;
  const counts = `${count(check.errors, 'error')}, ${count(check.warnings, 'warning')}`;
  if (s.mode === 'not-played') return `${check.file}: not played (it does not compile); ${counts}`;
  const played =
    s.mode === 'every-path' ? `${count(s.paths, 'path')} (every path played)` : `${count(s.paths, 'walk')}`;
  const save =
    s.largestSave === null
      ? ''
      : `, largest save ${s.largestSave.toLocaleString('en-GB')} of ${SAVE_CODE_LIMIT.toLocaleString('en-GB')} characters`;
  // Option craft's measures: the fewest to the most decisions a path meets, and the median path's reading.
  const onAPath =
    s.craft === null
      ? `up to ${s.longestPath} on one path`
      : `${s.craft.pathDecisions.min} to ${s.longestPath} on a path, median ${s.craft.pathDecisions.median}: ${count(s.craft.medianWords, 'word')}, about ${s.craft.medianMinutes.toLocaleString('en-GB')} minutes`;
  return `${check.file}: ${count(s.decisions, 'decision')} (${onAPath}), ${played}, ${s.endings.reached.length} of ${count(s.endings.total, 'ending')} reached${save}; ${counts}`;
}
