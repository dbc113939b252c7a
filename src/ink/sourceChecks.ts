// The checks `check` makes by reading the .ink source (no playing): words in tags that ink reads as code, whole
// numbers written as decimals, consent asked and acted on in one breath, and a cast that does not match the tags.
import {
  HIDDEN_FACET_MARKS,
  LEARNER_ID,
  parseHeader,
  parseLineTag,
  parseMove,
  splitTag,
  type CastMember,
  type LineTag,
  type MoveSpec,
} from '../engine/contract/index.ts';
import { closest } from '../engine/didYouMean';
import { narrationBesideSpeech } from '../engine/speakerLabel';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import { stripComments, type SourceScan, type TagSite } from './tagSites';

/** The source file a scanned site came from (sites carry the display name, with its prefix). */
function sourceOf(files: Record<string, string>, displayPrefix: string, display: string): string | null {
  const name = display.startsWith(displayPrefix) ? display.slice(displayPrefix.length) : display;
  return files[name] ?? null;
}

/** The tag's words as written, before ink strips comments: from its # to the next #, or the option's ] (or [). */
function rawTagText(rawLine: string, site: TagSite): string | null {
  let start = rawLine[site.column] === '#' ? site.column : rawLine.indexOf(`#${site.raw.slice(0, 8)}`);
  if (start < 0) start = rawLine.indexOf(`# ${site.raw.slice(0, 8)}`);
  if (start < 0) return null;
  const inBrackets = site.place === 'choice' && rawLine.lastIndexOf('[', start) !== -1;
  // An option's tag written before its "[" ends there, as ink ends it.
  const beforeBrackets = site.place === 'choice' && !inBrackets && rawLine.indexOf('[', start) !== -1;
  let depth = 0;
  let out = '';
  for (let i = start + 1; i < rawLine.length; i++) {
    const ch = rawLine[i];
    if (ch === '\\') {
      out += rawLine.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '#' || (inBrackets && ch === ']') || (beforeBrackets && ch === '['))) break;
    out += ch;
  }
  return out.trim();
}

/** `->` and `//` inside a tag: ink jumps, or drops the rest of the line (authoring contract). */
export function checkTagText(
  files: Record<string, string>,
  scan: SourceScan,
  displayPrefix: string,
): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  const lines = new Map<string, string[]>();
  for (const site of scan.tags) {
    let fileLines = lines.get(site.file);
    if (!fileLines) lines.set(site.file, (fileLines = sourceOf(files, displayPrefix, site.file)?.split(/\r?\n/) ?? []));
    const rawLine = fileLines[site.line - 1];
    if (rawLine === undefined) continue;
    const text = rawTagText(rawLine, site);
    if (text === null) continue;
    if (text.includes('->')) {
      out.push(
        diagnostic(
          'tag-text',
          site.file,
          site.line,
          'warning',
          `an arrow (->) inside the tag "${text}" makes ink jump to another knot there and then; write "to" or "then" instead`,
        ),
      );
    }
    const slashes = text.indexOf('//');
    if (slashes >= 0) {
      out.push(
        diagnostic(
          'tag-text',
          site.file,
          site.line,
          'warning',
          `two slashes (//) start a comment in ink, so the tag "${text}" is cut short to "${text.slice(0, slashes).trim()}"; leave out "https://" from web addresses, and put comments on a line of their own`,
        ),
      );
    }
  }
  return out;
}

/** Each scanned file's lines, comments taken out, by name: what every line-by-line check walks. */
function scannedLines(files: Record<string, string>, scan: SourceScan): [string, string[]][] {
  return scan.files.flatMap((name) => {
    const source = files[name];
    return source === undefined ? [] : [[name, stripComments(source)] as [string, string[]]];
  });
}

/**
 * `–>` or `—>`: a dash, not a minus sign, before the `>` (Word, Outlook and some editors turn "->" into "–>" as
 * you type). ink sees no arrow there, shows the characters to the learner as text, and the story runs on, or out.
 */
export function checkLookalikeArrows(
  files: Record<string, string>,
  scan: SourceScan,
  displayPrefix: string,
): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const [name, lines] of scannedLines(files, scan)) {
    lines.forEach((line, i) => {
      const m = /[\u2010-\u2015\u2212]>/.exec(line);
      if (!m) return;
      out.push(
        diagnostic(
          'lookalike-arrow',
          displayPrefix + name,
          i + 1,
          'warning',
          `"${m[0]}" looks like an arrow but starts with a dash, not a minus sign (an editor may have changed it as you typed), so ink shows it to the learner as text and does not jump: type it again as -> (the minus key, then >)`,
        ),
      );
    });
  }
  return out;
}

const WHOLE_FLOAT = /(?<![\w.])(\d+)\.0+(?![\w.])/g;

/** The parts of a line ink reads as code: a ~ line, VAR and CONST, what is inside {…}, "- condition:" lines. */
function codeParts(line: string, depthBefore: number): { parts: string[]; depthAfter: number } {
  const trimmed = line.trim();
  // A gather or choice can carry code: "- ~ x = 2.0".
  if (/^([-*+]\s*)*(~|VAR\b|CONST\b)/.test(trimmed)) return { parts: [trimmed], depthAfter: depthBefore };
  const parts: string[] = [];
  if (depthBefore > 0 && trimmed.startsWith('-') && trimmed.includes(':'))
    parts.push(trimmed.slice(1, trimmed.indexOf(':')));
  let depth = depthBefore;
  let current = '';
  for (const ch of line) {
    if (ch === '{') {
      if (depth === depthBefore) current = '';
      depth++;
      continue;
    }
    if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === depthBefore) parts.push(current);
      continue;
    }
    if (depth > depthBefore) current += ch;
  }
  // A { left open on this line: the rest of the line is its condition.
  if (depth > depthBefore) parts.push(current);
  return { parts, depthAfter: depth };
}

/** `2.0` in ink code: the compiled story keeps it as 2, so `{5 / 2.0}` shows 2 (toolchain.md). */
export function checkWholeFloats(
  files: Record<string, string>,
  scan: SourceScan,
  displayPrefix: string,
): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const [name, lines] of scannedLines(files, scan)) {
    let depth = 0;
    lines.forEach((line, i) => {
      const code = line.replace(/#.*$/, (tag) => (tag.includes('{') ? tag : ''));
      const { parts, depthAfter } = codeParts(code, depth);
      depth = depthAfter;
      for (const part of parts) {
        for (const m of part.matchAll(WHOLE_FLOAT)) {
          out.push(
            diagnostic(
              'float',
              displayPrefix + name,
              i + 1,
              'warning',
              `${m[0]} is a whole number written as a decimal: the compiled story keeps it as ${m[1]}, so sums with it lose their fractions ({5 / 2.0} shows 2); write FLOAT(${m[1]}) instead`,
            ),
          );
        }
      }
    });
  }
  return out;
}

/** Longer than the debrief's own longest question (about 200 characters): more than one question a learner holds. */
const REFLECT_MOST = 250;

/** A `reflect:` is one question the debrief asks a learner; one too long to hold in mind is several. */
export function checkReflects(scan: SourceScan): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const choice of scan.choices) {
    for (const raw of choice.tags) {
      const { key, value } = splitTag(raw);
      if (key !== 'reflect' || value.length <= REFLECT_MOST) continue;
      out.push(
        diagnostic(
          'reflect-long',
          choice.file,
          choice.line,
          'warning',
          `this reflect: is ${value.length} characters, and the debrief's own questions are at most about 200: a learner answers one question at a time, so ask one thing, in about 30 words (a second question can be a reflect: on another option)`,
        ),
      );
    }
  }
  return out;
}

const CHOICE_LINE = /^\s*[*+]/;
/** A gather (a minus sign, not an arrow), a knot or a stitch: where one choice group ends. */
const STRUCTURE_LINE = /^\s*(-(?!>)|=)/;
/** For each line, how many { … } blocks are open at its start (a multi-line condition's "- x:" lines are inside). */
function blockDepths(lines: readonly string[]): number[] {
  let depth = 0;
  return lines.map((line) => {
    const before = depth;
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
    }
    return before;
  });
}
const choiceDepth = (line: string): number => (/^\s*((?:[*+]\s*)+)/.exec(line)?.[1] ?? '').replace(/\s/g, '').length;

/**
 * The 0-based line of the decision option whose consequence line `at` is in, when what follows it there is not a
 * decision nested under that option (whose card it would be): null when the line is not in a decision's option.
 */
function cardInConsequence(
  lines: readonly string[],
  at: number,
  ends: (i: number) => boolean,
  isDecision: (i: number) => boolean,
): number | null {
  let option = CHOICE_LINE.test(lines[at]!) ? at : at - 1;
  while (option >= 0 && !CHOICE_LINE.test(lines[option]!) && !ends(option)) option--;
  if (option < 0 || !CHOICE_LINE.test(lines[option]!) || !isDecision(option)) return null;
  const depth = choiceDepth(lines[option]!);
  let next = at + 1;
  while (next < lines.length && !CHOICE_LINE.test(lines[next]!) && !ends(next)) next++;
  const nested = next < lines.length && CHOICE_LINE.test(lines[next]!) && choiceDepth(lines[next]!) > depth;
  return nested ? null : option;
}

/**
 * A `discuss:` or `note:` written in a decision option's consequence is shown after that option only, with
 * whatever decision comes next.
 * A `moment:` or `perspective:` written just before a decision's choices (where `discuss:` and `note:` go) counts
 * for the decision before it, or for none: name the decision just made in each option's consequence instead.
 * Before a pacing choice ("Continue") it is where it should be: a decision's cards count until the next decision.
 */
export function checkCardPlaces(
  files: Record<string, string>,
  scan: SourceScan,
  displayPrefix: string,
): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  const decisionAt = new Set(
    scan.choices.filter((c) => c.tags.some((t) => splitTag(t).key === 'move')).map((c) => `${c.file}:${c.line}`),
  );
  const lines = new Map<string, string[]>();
  const depths = new Map<string, number[]>();
  for (const site of scan.tags) {
    if (site.place !== 'line') continue;
    const { key } = splitTag(site.raw);
    if (key !== 'moment' && key !== 'perspective' && key !== 'discuss' && key !== 'note') continue;
    let fileLines = lines.get(site.file);
    if (!fileLines) {
      const source = sourceOf(files, displayPrefix, site.file);
      lines.set(site.file, (fileLines = source === null ? [] : stripComments(source)));
    }
    let inBlock = depths.get(site.file);
    if (!inBlock) depths.set(site.file, (inBlock = blockDepths(fileLines)));
    const ends = (i: number) => STRUCTURE_LINE.test(fileLines[i]!) && inBlock![i] === 0;
    const misplaced = (message: string) =>
      out.push(diagnostic('card-misplaced', site.file, site.line, 'warning', message));
    if (key === 'discuss' || key === 'note') {
      const option = cardInConsequence(fileLines, site.line - 1, ends, (i) => decisionAt.has(`${site.file}:${i + 1}`));
      if (option !== null)
        misplaced(
          `this ${key}: is in the consequence of the option on line ${option + 1}, so it is shown only after that option, with whatever decision comes next: write it before the choices of the decision it is about (discuss: and note: go before the choices; moment: and perspective: under each option)`,
        );
      continue;
    }
    // The next line that is not blank and not only tags.
    let next = site.line;
    while (next < fileLines.length && /^\s*(#.*)?$/.test(fileLines[next]!)) next++;
    if (next >= fileLines.length || !CHOICE_LINE.test(fileLines[next]!)) continue;
    if (!decisionAt.has(`${site.file}:${next + 1}`)) continue;
    // Under an option of the same decision (its consequence, with the next option below) is the right place:
    // looking up, an option at the same depth comes before any gather, knot or stitch.
    const depth = choiceDepth(fileLines[next]!);
    // A "- condition:" line inside { … } is a branch of the condition (blockDepths), not a gather.
    let above = site.line - 2;
    while (above >= 0 && !CHOICE_LINE.test(fileLines[above]!) && !ends(above)) above--;
    // Under an option whose consequence holds a decision nested below it, it names the option's own decision.
    if (above >= 0 && CHOICE_LINE.test(fileLines[above]!) && choiceDepth(fileLines[above]!) <= depth) continue;
    misplaced(
      `this ${key}: is just before the choices of a decision, so it counts for the decision before it, not for these choices: write it in each option's consequence, under the option (discuss: and note: are the ones that go before the choices)`,
    );
  }
  return out;
}

// Moves that act on what a person said or on their behalf: if the same choice also asks their consent, the
// action cannot wait for the answer, which comes after the choice.
const ACTIONS = new Set(['relay', 'sponsor', 'act_on_behalf', 'adjust', 'disclose', 'indirect', 'challenge']);

export function checkConsentAndAction(scan: SourceScan): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const choice of scan.choices) {
    const moves = choice.tags
      .map((raw) => splitTag(raw))
      .filter((t) => t.key === 'move')
      .map((t) => parseMove(t.value))
      .flatMap((p) => (p.ok ? [p.move] : []));
    for (const ask of moves.filter((m) => m.move === 'ask_consent' && m.target !== null)) {
      const action = moves.find((m) => ACTIONS.has(m.move) && m.target === ask.target);
      if (action) {
        out.push(
          diagnostic(
            'consent-and-action',
            choice.file,
            choice.line,
            'warning',
            `this choice asks ${ask.target}'s consent and also makes the move ${action.move} ${ask.target}; their answer comes after the choice, so put the ${action.move} on the next choice, once they have answered`,
          ),
        );
      }
    }
  }
  return out;
}

/** The person ids one of our tags names. */
/** The people a move names: its target and any `to=` audience. */
export function peopleInMove(move: MoveSpec): string[] {
  const to = (move.params.to ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...(move.target ? [move.target] : []), ...to];
}

export function idsIn(tag: LineTag): string[] {
  switch (tag.key) {
    case 'speaker':
    case 'to':
    case 'enter':
    case 'exit':
    case 'access':
    case 'mandate':
    case 'wants':
    case 'prop':
    case 'reveal':
      return [tag.id];
    case 'consent':
      return [tag.id, ...(tag.to ?? [])];
    case 'perspective':
      return [tag.who];
    case 'move':
      return peopleInMove(tag.move);
    default:
      return [];
  }
}

/**
 * Cast ids a tag uses but the header does not declare (an error in a scored story: scoring reads the person's
 * context by id, so a typo scores a stranger), and declared cast members no tag mentions.
 */
export function checkCast(scan: SourceScan, scored: boolean): CheckDiagnostic[] {
  const headerSites = scan.tags.filter((t) => t.place === 'header');
  const { header } = parseHeader(
    headerSites.map((t) => t.raw),
    { scored: false },
  );
  const declared = header.cast.map((m) => m.id);
  // cast: lines written below the start of the story (reported there): the ids they meant to declare.
  const castTooLate = new Map<string, (typeof scan.tags)[number]>();
  for (const site of scan.tags) {
    const { key, value } = splitTag(site.raw);
    if (site.place === 'header' || key !== 'cast') continue;
    const id = value.split('=')[0]?.trim() ?? '';
    if (id && !castTooLate.has(id)) castTooLate.set(id, site);
  }
  if (!scored && declared.length === 0 && castTooLate.size === 0) return [];
  const out: CheckDiagnostic[] = [];
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const site of scan.tags) {
    if (site.place === 'header' || site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours') continue;
    for (const id of idsIn(parsed.tag)) {
      if (id === LEARNER_ID) continue;
      used.add(id);
      if (declared.includes(id) || reported.has(`${site.file}:${site.line}:${id}`)) continue;
      reported.add(`${site.file}:${site.line}:${id}`);
      const guess = closest(id, declared, 2);
      const late = castTooLate.get(id);
      out.push(
        diagnostic(
          'cast-undeclared',
          site.file,
          site.line,
          scored ? 'error' : 'warning',
          late
            ? `"${id}" is not in the cast: its cast: line (${late.file === site.file ? '' : `${late.file}:`}line ${late.line}) is below the start of the story, where ink ignores it; move that line up into the header`
            : guess
              ? `"${id}" is not in the cast (did you mean "${guess}"?): correct the id, or add "# cast: ${id} = Name; …" to the header`
              : `"${id}" is not in the cast: add "# cast: ${id} = Name; …" to the header, or correct the id`,
        ),
      );
    }
  }
  out.push(...checkReveals(scan, header.cast, scored));
  for (const member of header.cast) {
    if (used.has(member.id)) continue;
    const site = headerSites.find(
      (t) => splitTag(t.raw).key === 'cast' && splitTag(t.raw).value.split('=')[0].trim() === member.id,
    );
    out.push(
      diagnostic(
        'cast-unused',
        site?.file ?? headerSites[0]?.file ?? '',
        site?.line ?? null,
        'warning',
        `${member.name} (${member.id}) is in the cast but no tag mentions ${member.id}: give them a speaker:, enter: or other tag, or take them out of the cast`,
      ),
    );
  }
  return out;
}

/**
 * `reveal: ID KEY` shows the learner a facet the cast line keeps from them at the start (marked invisible or
 * unvoiced). Naming a facet the person does not have reveals nothing (an error in a scored story, like an
 * undeclared id); naming one the learner sees from the start changes nothing (a warning).
 */
function checkReveals(scan: SourceScan, cast: readonly CastMember[], scored: boolean): CheckDiagnostic[] {
  const out: CheckDiagnostic[] = [];
  for (const site of scan.tags) {
    if (site.place === 'header' || site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours' || parsed.tag.key !== 'reveal') continue;
    const { id, facet } = parsed.tag;
    const member = cast.find((m) => m.id === id);
    if (!member) continue; // the undeclared id is reported already
    const facets = member.facets.filter((f) => f.key === facet);
    if (facets.length === 0) {
      out.push(
        diagnostic(
          'reveal',
          site.file,
          site.line,
          scored ? 'error' : 'warning',
          `${member.name} (${id}) has no ${facet} facet in the cast, so this reveals nothing: add "${facet}: …" to their cast line, or name one of theirs (${member.facets.map((f) => f.key).join(', ')})`,
        ),
      );
    } else if (!facets.some((f) => f.marks.some((m) => (HIDDEN_FACET_MARKS as readonly string[]).includes(m)))) {
      out.push(
        diagnostic(
          'reveal',
          site.file,
          site.line,
          'warning',
          `${member.name}'s ${facet} is not marked invisible or unvoiced, so the learner is shown it when ${id} first appears; mark it (invisible) in the cast line, or leave out this reveal:`,
        ),
      );
    }
  }
  return out;
}

/** `s` split at each top-level `sep` (outside nested {…}). */
function splitTop(s: string, sep: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
}

/** ink logic before a condition's colon ("lee_here", "x >= 2 && not y"), never words a learner reads. */
const CONDITION = /^[\s\w.!=<>&|()+\-*/%]*$/;

/**
 * The words a line of source shows, with each {…} worked out one way: every group's first words, or its last
 * (a condition with no else shows nothing). A printed value ({name}) stands as "…". Two readings are enough to
 * see the shape of a line whose words change with the path, without playing it.
 */
function shownWords(text: string, which: 'first' | 'last'): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') {
      out += text[i];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      if (text[j] === '}' && --depth === 0) break;
    }
    const inner = text.slice(i + 1, j).replace(/^[&~!]/, '');
    i = j;
    const options = splitTop(inner, '|');
    const [head, ...rest] = splitTop(options[0]!, ':');
    const conditional = rest.length > 0 && CONDITION.test(head!);
    if (conditional) options[0] = rest.join(':');
    if (options.length === 1 && !conditional) {
      out += '…';
      continue;
    }
    const alternatives = conditional && options.length === 1 ? [options[0]!, ''] : options;
    out += shownWords((which === 'first' ? alternatives[0] : alternatives.at(-1))!, which);
  }
  return out;
}

/** The words a source line prints before its tags: no gather dash or label, divert or glue. */
function printedText(rawLine: string, firstTag: number, isChoice: boolean): string {
  let text = rawLine.slice(0, firstTag);
  if (isChoice) {
    // An option's line prints the words before its [ and after its ]; the words in the brackets are the label.
    const open = text.indexOf('[');
    const close = text.indexOf(']', open + 1);
    text = text.replace(/^\s*(?:[*+]\s*)+(?:\(\w+\)\s*)?/, '');
    if (open !== -1 && close !== -1) text = `${text.slice(0, text.indexOf('['))}${text.slice(text.indexOf(']') + 1)}`;
  } else {
    text = text.replace(/^\s*(?:-(?!>)\s*)+(?:\(\w+\)\s*)?/, '');
  }
  return text.replace(/->.*$/, '').replace(/<>/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * A `speaker:` line with narration the player would show after the speaker's name (engine/speakerLabel.ts): the
 * learner reads "Amrit Kaur Sandhu (to Kev): You wait. Amrit takes her time. …" as Amrit's words. Judged on the
 * words the line prints, each {…} read both ways.
 */
export function checkSpeakerNarration(
  files: Record<string, string>,
  scan: SourceScan,
  displayPrefix: string,
): CheckDiagnostic[] {
  const { header } = parseHeader(
    scan.tags.filter((t) => t.place === 'header').map((t) => t.raw),
    { scored: false },
  );
  const out: CheckDiagnostic[] = [];
  const lines = new Map<string, string[]>();
  for (const site of scan.tags) {
    if ((site.place !== 'line' && site.place !== 'choice-outside') || site.raw.includes('{')) continue;
    const parsed = parseLineTag(site.raw);
    if (parsed.kind !== 'ours' || parsed.tag.key !== 'speaker') continue;
    let fileLines = lines.get(site.file);
    if (!fileLines) {
      const source = sourceOf(files, displayPrefix, site.file);
      lines.set(site.file, (fileLines = source === null ? [] : stripComments(source)));
    }
    const rawLine = fileLines[site.line - 1];
    if (rawLine === undefined) continue;
    const firstTag = Math.min(
      ...scan.tags.filter((t) => t.file === site.file && t.line === site.line).map((t) => t.column),
    );
    const text = printedText(rawLine, firstTag, site.place === 'choice-outside');
    const id = parsed.tag.id;
    const name = id === LEARNER_ID ? 'You' : (header.cast.find((m) => m.id === id)?.name ?? id);
    const found =
      narrationBesideSpeech(shownWords(text, 'first'), id === LEARNER_ID ? [] : [name]) ??
      narrationBesideSpeech(shownWords(text, 'last'), id === LEARNER_ID ? [] : [name]);
    if (!found) continue;
    const said = `"# speaker: ${id}"`;
    const asIf = `the game shows "${name}:" before all of it, as if ${id === LEARNER_ID ? 'you' : name} said it`;
    const message =
      found.kind === 'narration-first'
        ? `this line has ${said} but starts with narration ("${found.narration}"), and ${asIf}: put the narration on a line of its own above, with no speaker: tag, and keep the quoted words here (or end this line with the quotation: narration, then the quoted words last, is shown without a name)`
        : found.kind === 'said-tag'
          ? `this line has ${said} and, after the quotation, says who speaks ("${found.narration}"), and ${asIf}: leave out the words that say who speaks (the name shown before the line does that), or put them on a line of their own with no speaker: tag`
          : `this line has ${said} but tells of ${name} ("${found.narration}"), and ${asIf}: take the speaker: tag off this line and put it on the line ${name} speaks, or put what they say in quotation marks`;
    out.push(diagnostic('speaker-narration', site.file, site.line, 'warning', message));
  }
  return out;
}
