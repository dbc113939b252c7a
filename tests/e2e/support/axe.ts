// axe-core in a page, for either browser the tests drive (Chromium through playwright-core, Firefox through
// puppeteer-core): the one set of rules the game is held to, and one readable failure. Each driver puts axe in the
// page its own way and passes `runAxe` to its own `evaluate`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's browser build, as text to evaluate in the page (the built pages' CSP refuses an inline script). */
export function axeSource(): Promise<string> {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** The path of the same file, for a page without a CSP that can load it as a script tag. */
export function axeFile(): string {
  return require.resolve('axe-core/axe.min.js');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[] }[];
}

/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs in the page (pass it to the driver's `evaluate` with `{ selector, tags: AXE_TAGS }`): axe over `selector`, or
 * the whole document. Self-contained, as a function sent to a page must be.
 */
export async function runAxe(arg: { selector: string | null; tags: string[] }): Promise<AxeViolation[]> {
  const axe = (
    window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
  ).axe;
  const result = await axe.run(arg.selector ?? document, { runOnly: { type: 'tag', values: arg.tags } });
  return result.violations;
}

/** Fail with the whole list in the message (a plain Error, not a truncated diff). */
export function failOnViolations(violations: AxeViolation[], url: string, context?: string): void {
  const report = violations.map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => JSON.stringify(n.target))
      .join(', ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `${v.id} [${v.impact ?? '?'}]: ${v.help} — ${targets}${more}`;
  });
  if (report.length > 0) {
    throw new Error(
      `${report.length} axe violation(s) on ${url}${context ? ` in ${context}` : ''}:\n  ${report.join('\n  ')}`,
    );
  }
}
