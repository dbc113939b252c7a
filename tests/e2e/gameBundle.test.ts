// The game's own entry must carry the inkjs runtime only: the compiler belongs to tools and the author preview.
// Follows the static imports of the index.html the e2e set-up built.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');

function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`; dynamic import() is lazy by design.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
      if (m[1].startsWith('.')) visit(path.resolve(path.dirname(file), m[1]));
    }
    // …except the game itself, which the page's first script (boot.ts) loads once the opening is on screen.
    for (const m of code.matchAll(/import\(["'`](\.\/main-[\w-]+\.js)["'`]\)/g))
      visit(path.resolve(path.dirname(file), m[1]));
  };
  visit(entry);
  return [...seen];
}

describe('the built game page', () => {
  it('statically imports the ink runtime but never the ink compiler', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => path.resolve(dist, m[1]));
    expect(entries.length).toBeGreaterThan(0);
    const files = entries.flatMap(staticGraph);
    const code = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    // Runtime present: the Story class's own error text.
    expect(code).toContain("Can't continue - should check canContinue before calling Continue");
    // Compiler absent: strings only the compiler has.
    expect(code).not.toContain('Compilation failed.');
    expect(code).not.toContain('Expected value expression');
  });

  it('asks for all the first words need at once: no second round, and no more files than a browser asks one host for over HTTP/1.1 (six)', () => {
    // On a slow network each round of requests costs a whole round trip; through a proxy that leaves HTTP/1.1 a
    // browser asks one host for six files at a time, so a seventh waits for one of them (Slow 4G: half a second).
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const asked = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => path.resolve(dist, m[1]!));
    const needed = new Set<string>();
    const visit = (file: string) => {
      const name = path.relative(dist, file);
      if (needed.has(name)) return;
      needed.add(name);
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g))
        if (m[1]!.startsWith('.')) visit(path.resolve(path.dirname(file), m[1]!));
    };
    scripts.forEach(visit);
    expect([...needed].filter((file) => !asked.includes(file))).toEqual([]);
    expect(asked.length, asked.join('\n')).toBeLessThanOrEqual(6);
  });

  it("asks for the engine in one round too: the game's own files, with the story beside them, are at most six", () => {
    // Once the first words are up, the game's code and the story's JSON are asked for together; files the first
    // words brought are not asked for again.
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const boot = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.\/([^"]+\.js)"/g)].map((m) =>
      path.resolve(dist, m[1]!),
    );
    const entry = fs.readFileSync(boot[0]!, 'utf8');
    const main = entry.match(/["'`]\.\/(main-[\w-]+\.js)["'`]/)?.[1];
    expect(main).toBeDefined();
    const files = staticGraph(path.join(dist, 'assets', main!)).filter((file) => !boot.includes(file));
    expect(files.length + 1, files.join('\n')).toBeLessThanOrEqual(6);
  });

  it("brings only the part of Phaser the stage draws with: the stage's code is under 170 KiB on the wire", () => {
    // The whole of Phaser was 357 KiB gzip, 70 % of all a learner downloads; then 185 KiB with only the objects
    // the stage uses, 161 KiB without the render nodes it never asks for (src/stage/vitePhaser.ts).
    const stage = fs.readdirSync(path.join(dist, 'assets')).filter((file) => /^startStage-[\w-]+\.js$/.test(file));
    expect(stage).toHaveLength(1);
    const code = fs.readFileSync(path.join(dist, 'assets', stage[0]!));
    expect(gzipSync(code).length / 1024).toBeLessThan(170);
    // Nothing the stage leaves out crept back: no sound, no loader, no keyboard, no filter's shader (bokeh's).
    expect(code.toString()).not.toMatch(/WebAudioSoundManager|LoaderPlugin|KeyboardPlugin|GOLDEN_ANGLE/);
  });
});
