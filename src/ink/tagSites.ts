// Find every tag an author wrote in the .ink source, with its file and line, and say where it sits: in the
// header (global tags), on a line, or inside a choice's brackets. ink itself keeps no line numbers for tags,
// so errors that name the line come from here. Browser-safe (the author preview uses it too).

type TagPlace = 'header' | 'line' | 'choice' | 'choice-outside';

export interface TagSite {
  file: string;
  line: number;
  /** 0-based position of the tag's # in the line (for checks that read the raw line). */
  column: number;
  raw: string;
  place: TagPlace;
  /** For tags on a choice line: an id shared by the tags of that one choice ("file:line"). */
  choiceId: string | null;
  /** The knot (and stitch) the tag is written in, or null at the top of the file. */
  knot: string | null;
}

interface ChoiceSite {
  id: string;
  file: string;
  line: number;
  knot: string | null;
  /** Nesting depth (number of * or +), which with the knot groups options into a choice point. */
  depth: number;
  /** The option's tags: inside the brackets or before them (or anywhere on the line when there are no brackets). */
  tags: string[];
}

export interface SourceScan {
  tags: TagSite[];
  choices: ChoiceSite[];
  /** Files reached through INCLUDE, in order. */
  files: string[];
}

/** Remove `//` comments and `/* … *\/` blocks, keeping line numbers. */
export function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const rawLine of source.split(/\r?\n/)) {
    let line = '';
    // Most lines have no comment at all: keep them whole (this runs on every line of every story).
    if (!inBlock && !rawLine.includes('/')) {
      out.push(rawLine);
      continue;
    }
    for (let i = 0; i < rawLine.length; i++) {
      if (inBlock) {
        if (rawLine.startsWith('*/', i)) {
          inBlock = false;
          i++;
        }
        continue;
      }
      if (rawLine.startsWith('/*', i)) {
        inBlock = true;
        i++;
        continue;
      }
      // As ink does: even "https://" starts a comment (check warns about // inside a tag).
      if (rawLine.startsWith('//', i)) break;
      line += rawLine[i];
    }
    out.push(line);
  }
  return out;
}

/**
 * Split a line into its text and its tags (each tag runs to the next unescaped #). On a choice line a tag written
 * before the "[" ends there, as ink ends it: `* #move: relay esther [Tell Dawn]` is the tag "move: relay esther".
 */
function splitLineTags(line: string, isChoice = false): { text: string; tags: { raw: string; column: number }[] } {
  const tags: { raw: string; column: number }[] = [];
  let text = '';
  let current: { raw: string; column: number } | null = null;
  let depth = 0;
  let bracketSeen = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      if (current) current.raw += line[i + 1];
      else text += ch + line[i + 1];
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '#' && depth === 0) {
      if (current) tags.push(current);
      current = { raw: '', column: i };
      continue;
    }
    if (isChoice && ch === '[' && depth === 0 && !bracketSeen) {
      bracketSeen = true;
      if (current) tags.push(current);
      current = null;
      text += ch;
      continue;
    }
    // A closing bracket ends a choice tag: "* [Go #move: x] Went."
    if (current && ch === ']' && depth === 0) {
      tags.push(current);
      current = null;
      text += ch;
      continue;
    }
    if (current) current.raw += ch;
    else text += ch;
  }
  if (current) tags.push(current);
  return { text, tags: tags.map((t) => ({ raw: t.raw.trim(), column: t.column })).filter((t) => t.raw !== '') };
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)/;
const CHOICE = /^\s*((?:[*+]\s*)+)/;
const INCLUDE = /^\s*INCLUDE\s+(.+?)\s*$/;

export function scanSource(files: Record<string, string>, main: string, displayPrefix = ''): SourceScan {
  const scan: SourceScan = { tags: [], choices: [], files: [] };
  // ink puts an INCLUDEd file's content where the INCLUDE line is: a file of tag-only lines INCLUDEd among the
  // header (a cast several stories share) is part of the header. (Content in an INCLUDEd file ends ink's header
  // early; the main file's header tags still count as written, so validateStory can say they were lost.)
  const visit = (file: string, startsInHeader: boolean): void => {
    if (scan.files.includes(file) || files[file] === undefined) return;
    scan.files.push(file);
    const display = displayPrefix + file;
    const lines = stripComments(files[file]);
    let knot: string | null = null;
    let stitch: string | null = null;
    let inHeader = startsInHeader;
    lines.forEach((line, i) => {
      const lineNo = i + 1;
      const include = INCLUDE.exec(line);
      if (include) {
        visit(include[1], inHeader);
        return;
      }
      const k = KNOT.exec(line);
      if (k) {
        knot = k[1];
        stitch = null;
        inHeader = false;
        return;
      }
      const s = STITCH.exec(line);
      if (s && !/^\s*==/.test(line)) {
        stitch = s[1];
        inHeader = false;
        return;
      }
      const choice = CHOICE.exec(line);
      const isChoice = choice !== null && !/^\s*\*\//.test(line);
      const { text, tags } = splitLineTags(line, isChoice);
      const where = knot ? (stitch ? `${knot}.${stitch}` : knot) : null;
      const trimmed = text.trim();
      // The header is the run of tag-only lines (and VAR/CONST/LIST/EXTERNAL declarations) at the top of the
      // main file, before the first line of content.
      const isDeclaration = /^(VAR|CONST|LIST|EXTERNAL|INCLUDE)\b/.test(trimmed) || trimmed.startsWith('~');
      if (inHeader && trimmed !== '' && !isDeclaration) inHeader = false;
      if (inHeader && tags.length && trimmed === '') {
        for (const t of tags)
          scan.tags.push({
            file: display,
            line: lineNo,
            column: t.column,
            raw: t.raw,
            place: 'header',
            choiceId: null,
            knot: where,
          });
        return;
      }
      if (choice && isChoice) {
        const id = `${display}:${lineNo}`;
        const open = line.indexOf('[');
        const close = line.indexOf(']', open + 1);
        const inside: string[] = [];
        for (const t of tags) {
          const insideBrackets = open !== -1 && close !== -1 && t.column > open && t.column < close;
          // With no brackets, or before the "[", a tag belongs to the choice (and to its output line as well);
          // only one after the "]" is the output line's alone.
          const place: TagPlace = open === -1 || insideBrackets || t.column < open ? 'choice' : 'choice-outside';
          if (place === 'choice') inside.push(t.raw);
          scan.tags.push({
            file: display,
            line: lineNo,
            column: t.column,
            raw: t.raw,
            place,
            choiceId: id,
            knot: where,
          });
        }
        scan.choices.push({
          id,
          file: display,
          line: lineNo,
          knot: where,
          depth: choice[1].replace(/\s/g, '').length,
          tags: inside,
        });
        return;
      }
      for (const t of tags)
        scan.tags.push({
          file: display,
          line: lineNo,
          column: t.column,
          raw: t.raw,
          place: 'line',
          choiceId: null,
          knot: where,
        });
    });
  };
  visit(main, true);
  return scan;
}
