// One problem `check` found, as the author page shows it: FILE:LINE and the message, the two lines of source it is
// about (the line before, and the line itself, marked), and the fix in plain words where the compiler's wording
// is its own jargon.
import type { Diagnostic } from '../../engine/types';
import { formatDiagnostic } from '../../ink/compileInk';
import { plainFix } from '../../ink/plainFixes';
import { el } from '../dom';

export function diagnosticItem(d: Diagnostic, files: Readonly<Record<string, string>> | null): HTMLElement {
  const item = el('li', {}, el('span', { className: 'diagnostic-message' }, formatDiagnostic(d)));
  const source = files?.[d.file];
  if (source !== undefined && d.line !== null && d.line > 0) {
    const lines = source.split(/\r?\n/);
    const at = d.line - 1;
    if (at < lines.length) {
      const shown = [at - 1, at].filter((i) => i >= 0);
      item.append(
        el(
          'pre',
          { className: 'diagnostic-source', 'aria-label': `${d.file}, lines ${shown.map((i) => i + 1).join(' and ')}` },
          ...shown.map((i) =>
            el(
              'span',
              { className: i === at ? 'diagnostic-line here' : 'diagnostic-line' },
              `${String(i + 1).padStart(4)} │ ${lines[i]}\n`,
            ),
          ),
        ),
      );
    }
  }
  const fix = plainFix(d.message);
  if (fix) item.append(el('p', { className: 'diagnostic-fix' }, el('strong', {}, 'What to do: '), fix));
  return item;
}
