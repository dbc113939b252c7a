// Compile .ink with inkjs's own compiler and turn its messages into diagnostics a person can act on
// ("FILE:LINE: error: message"). Browser-safe: files come in as a map (JsonFileHandler), so the CLI,
// the Vite plugin, the tests and the author preview all share this one core. Never imported by the game.
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import type { Diagnostic } from '../engine/types';
import { includeProblems, withoutByteOrderMark } from './includedFiles.ts';
import { looseEndInPlainWords } from './looseEnds.ts';

export interface CompileResult {
  /** Compiled story JSON (no BOM), or null when compilation failed. */
  json: string | null;
  diagnostics: Diagnostic[];
}

// inkjs reports "ERROR: 'file' line N: message" (sometimes "line N:" with no file, sometimes duplicated).
const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

function parseCompilerMessage(raw: string, fallbackFile: string, severity: 'error' | 'warning'): Diagnostic {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { file: fallbackFile, line: null, severity, message: raw.trim() };
  const kind = m[1];
  return {
    file: m[2] || fallbackFile,
    line: m[3] ? Number(m[3]) : null,
    severity: kind.includes('ERROR') ? 'error' : severity === 'error' ? 'error' : 'warning',
    message: m[4].trim(),
  };
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line !== null ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = formatDiagnostic(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Compile `main` from `files` (paths relative to the stories folder, e.g. "includes/cast.ink").
 * `displayPrefix` is put before file names in diagnostics (e.g. "stories/").
 */
export function compileInk(
  files: Record<string, string>,
  main: string,
  displayPrefix = '',
  /**
   * Read the compiled story (e.g. for its source lines) and the compiler's parsed story (which knots are functions);
   * runs only on success.
   */
  inspect?: (story: ReturnType<Compiler['Compile']>, parsed: Compiler['parsedStory']) => void,
): CompileResult {
  if (files[main] === undefined) {
    return {
      json: null,
      diagnostics: [{ file: displayPrefix + main, line: null, severity: 'error', message: 'file not found' }],
    };
  }
  files = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, withoutByteOrderMark(text)]));
  const source = files[main]!;
  // An empty story compiles and "plays" to nothing: say so rather than pass it.
  if (source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim() === '') {
    return {
      json: null,
      diagnostics: [
        {
          file: displayPrefix + main,
          line: 1,
          severity: 'error',
          message: 'the story is empty: there is no text to play',
        },
      ],
    };
  }
  // INCLUDE problems found before compiling, each at its line (the compiler throws with no line, or overflows).
  const includes = includeProblems(files, main);
  if (includes.length) {
    return {
      json: null,
      diagnostics: includes.map((p) => ({
        file: displayPrefix + p.file,
        line: p.line,
        severity: 'error' as const,
        message: p.message,
      })),
    };
  }
  const compiler = new Compiler(
    source,
    new CompilerOptions(main, [], false, null, new JsonFileHandler(files) as never),
  );
  let json: string | null = null;
  let thrown: string | null = null;
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? null;
    inspect?.(story, compiler.parsedStory);
  } catch (e) {
    thrown = e instanceof Error ? e.message : String(e);
  }
  const diagnostics = [
    ...compiler.errors.map((m: string) => parseCompilerMessage(m, main, 'error')),
    ...compiler.warnings.map((m: string) => parseCompilerMessage(m, main, 'warning')),
  ].map((d) => looseEndInPlainWords({ ...d, file: displayPrefix + d.file }));
  if (json === null && !diagnostics.some((d) => d.severity === 'error')) {
    // An INCLUDE that cannot be found throws before any message is recorded.
    const missing = /Cannot (?:locate|open) (.+?)\.?( Are you|$)/.exec(thrown ?? '');
    diagnostics.push({
      file: displayPrefix + main,
      line: null,
      severity: 'error',
      message: missing ? `INCLUDE not found: ${missing[1]}` : (thrown ?? 'compilation failed'),
    });
  }
  return { json: json && json.replace(/^\ufeff/, ''), diagnostics: dedupe(diagnostics) };
}
