// What ink warned while the author played: its runtime warnings (a variable read before it was set) met along the
// path now on screen, each once, worded as `check` and `play` word them (FILE:LINE: warning:, ink/runtimeMessages.ts)
// and drawn like check's own problems (diagnosticItem), under them. The preview replays the whole path on every
// step and every edit, so the list is always that replay's: a warning that stops occurring goes with the next one.
// A change is said politely to screen readers; the same list again is not said twice.
import type { Diagnostic } from '../../engine/types';
import { formatDiagnostic } from '../../ink/compileInk';
import { clear, el } from '../dom';
import { diagnosticItem } from './diagnosticItem';

export interface PlayWarnings {
  element: HTMLElement;
  /** The warnings of the latest replay (an empty list when there are none, or nothing plays). */
  show(warnings: readonly Diagnostic[]): void;
}

const plural = (n: number) => `${n} runtime ${n === 1 ? 'warning' : 'warnings'}`;

export function playWarnings(files: () => Readonly<Record<string, string>> | null): PlayWarnings {
  const heading = el('h3', { id: 'play-warnings-heading' });
  const list = el('ul', { className: 'diagnostics' });
  const shown = el('div', { hidden: true }, heading, list);
  // Outside the part that hides, so the region is in the page before its words change (and so is read out).
  const status = el('p', { className: 'play-warnings-status visually-hidden', role: 'status' });
  const element = el('section', { className: 'play-warnings' }, status, shown);
  let said = '';

  const show = (warnings: readonly Diagnostic[]) => {
    const unique = [...new Map(warnings.map((d) => [formatDiagnostic(d), d])).values()];
    const key = unique.map(formatDiagnostic).join('\n');
    if (key === said) return;
    const before = said;
    said = key;
    clear(list);
    list.append(...unique.map((d) => diagnosticItem(d, files())));
    heading.textContent = `${plural(unique.length)} while you played`;
    shown.hidden = unique.length === 0;
    if (unique.length) {
      const where = unique.map((d) => `${d.file}${d.line !== null ? ` line ${d.line}` : ''}`);
      status.textContent = `Ink gave ${plural(unique.length)} while you played: ${[...new Set(where)].join(', ')}.`;
    } else if (before) status.textContent = 'No runtime warnings on this path now.';
  };
  return { element, show };
}
