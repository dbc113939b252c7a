// A height taken from the window's (`100vh`) is, on an iPhone, the tallest the window gets, with Safari's bar hidden:
// while the bar shows, whatever is that tall has its foot under the bar (the settings dialog's Close, the room's
// last line). Each such height is said again in `dvh`, the window as it is now, after the `vh` a browser without
// `dvh` keeps. Read from every stylesheet the pages load and from the pages themselves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => path.join(dir, file));
}

it('every height from the whole window (100vh) is said again in 100dvh just after it', () => {
  const sources = [...files('src', /\.css$/), ...readdirSync(ROOT).filter((file) => file.endsWith('.html'))];
  const unfollowed: string[] = [];
  let heights = 0;
  for (const file of sources) {
    const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const declared = /^\s*([a-z-]+):([^;]*\b100vh\b[^;]*);/.exec(line);
      if (!declared) return;
      heights++;
      const [, property, value] = declared;
      const again = `${property}:${value!.replaceAll('100vh', '100dvh')};`;
      if (lines[i + 1]?.trim() !== again.trim()) unfollowed.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(heights).toBeGreaterThan(0);
  expect(unfollowed).toEqual([]);
});
