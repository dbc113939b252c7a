// The curtain call's data files (src/content/*.json), checked as `check` checks a story: a trainer or reviewer who
// edits a prompt and leaves a comma out, or names an act that does not exist, otherwise finds only that the curtain
// call never opens (the page reads the file with the same schema and stops at the first problem). Each problem is
// named by file, line and entry ("families[3] (speak_for) › wordings[1] › text"), in the schema's own words.
import fs from 'node:fs';
import path from 'node:path';
import { parsePromptLibrary } from '../engine/debrief/promptLibrary.ts';
import { parseCommitments } from '../engine/debrief/commitmentMenu.ts';
import { parseStandards } from '../engine/debrief/standards.ts';
import { closest } from '../engine/didYouMean.ts';
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics.ts';

/** Each data file the curtain call reads, by name in src/content/, with the parse the page itself uses. */
const CONTENT_FILES: Record<string, (data: unknown) => unknown> = {
  'prompts.json': parsePromptLibrary,
  'commitments.json': parseCommitments,
  'standards.json': parseStandards,
};

const STOPS = 'the curtain call will not open until it is mended';

type Key = string | number;

/** Where each value of a JSON text starts (by its path, joined with "/"); the text is known to parse. */
function valueOffsets(text: string): Map<string, number> {
  const at = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: Key[]): void => {
    space();
    at.set(path.join('/'), i);
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      while (text[i] !== '}') {
        space();
        const key = str();
        space();
        i++; // the colon
        value([...path, key]);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '[') {
      i++;
      space();
      for (let n = 0; text[i] !== ']'; n++) {
        value([...path, n]);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
  };
  value([]);
  return at;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The value at `path` in the parsed data (undefined where the file has none). */
function valueAt(data: unknown, path: readonly Key[]): unknown {
  let node = data;
  for (const key of path)
    node = node !== null && typeof node === 'object' ? (node as Record<Key, unknown>)[key] : undefined;
  return node;
}

interface Issue {
  path: Key[];
  message: string;
  code?: string;
  values?: unknown[];
}

/** What is wrong, in plain words where the schema's are a programmer's ("Invalid option: expected one of …"). */
function problemText(data: unknown, issue: Issue): string {
  const value = valueAt(data, issue.path);
  const key = issue.path.at(-1);
  const allowed = issue.code === 'invalid_value' && issue.values ? issue.values.map(String) : null;
  if (allowed && value === undefined && typeof key === 'string')
    return `"${key}" is missing: it is one of ${allowed.join(', ')}`;
  if (allowed && typeof value === 'string') {
    const guess = closest(value, allowed, 3);
    return `"${value}" is not one of the values allowed here${guess ? ` (did you mean "${guess}"?)` : `: ${allowed.join(', ')}`}`;
  }
  if (issue.code === 'invalid_type' && value === undefined && typeof key === 'string') return `"${key}" is missing`;
  return issue.message;
}

/** "families[3] (speak_for) › wordings[1] (speak-for-2) › text": an entry named as a reader finds it. */
function entryName(data: unknown, path: readonly Key[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<Key, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const named = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
      const name = [named.family, named.id].find((n) => typeof n === 'string');
      parts[parts.length - 1] += `[${key}]${name ? ` (${name as string})` : ''}`;
    } else parts.push(key);
  }
  return parts.join(' › ');
}

/** The problems in one content file's text (none when the page would read it). */
export function checkContentFile(name: string, text: string, display = `src/content/${name}`): CheckDiagnostic[] {
  const parse = CONTENT_FILES[name];
  if (!parse) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : null;
    return [
      diagnostic(
        'content',
        display,
        line,
        'error',
        `this file is not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')}): ${STOPS}; look for a missing comma or quote, or a comma after the last item, on this line or the one before`,
      ),
    ];
  }
  try {
    parse(data);
    return [];
  } catch (e) {
    const issues = (e as { issues?: Issue[] }).issues ?? [{ path: [], message: (e as Error).message }];
    const offsets = valueOffsets(text);
    const found = issues.map((issue) => {
      // The deepest entry the file has on the issue's path (a missing key is named at its parent).
      let path = issue.path;
      while (path.length && !offsets.has(path.join('/'))) path = path.slice(0, -1);
      const entry = entryName(data, issue.path);
      return diagnostic(
        'content',
        display,
        lineAt(text, offsets.get(path.join('/')) ?? 0),
        'error',
        `${entry ? `${entry}: ` : ''}${problemText(data, issue)}: ${STOPS}`,
      );
    });
    return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}

/** Where this project keeps the curtain call's data files. */
export const CONTENT_DIR = path.resolve(import.meta.dirname, '../content');

/**
 * Problems in the data files of `dir` (each named from `from`, the folder the author works in): they break every
 * story's curtain call, so `check`, `play` and the dev server all say them.
 */
export function checkContentFolder(dir = CONTENT_DIR, from = process.cwd()): CheckDiagnostic[] {
  return Object.keys(CONTENT_FILES).flatMap((name) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return [];
    return checkContentFile(name, fs.readFileSync(file, 'utf8'), path.relative(from, file) || name);
  });
}
