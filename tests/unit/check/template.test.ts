// The authors' template (AUTHORING.md, "Start from the template"; the author page's "Download the template"): the
// file a trainer copies to start a story. It must check clean, so an author's first warnings are their own, and
// show every tag they will write, each with a comment saying what it does.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/ink/checkStory';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { HEADER_KEYS, STORY_TAG_KEYS } from '../../../src/engine/contract/index.ts';

const source = fs.readFileSync('stories/template.ink', 'utf8');
const check = checkStory(readStoryFiles('stories'), 'template.ink', { displayPrefix: 'stories/' });
const lines = source.split('\n');

describe('the authors’ template', () => {
  it('is where AUTHORING.md says to start', () => {
    expect(fs.readFileSync('AUTHORING.md', 'utf8')).toContain('Copy `stories/template.ink`');
  });

  it('is reached from a guide that says first what its commands need, and that the browser needs nothing', () => {
    const guide = fs.readFileSync('AUTHORING.md', 'utf8');
    const before = guide.slice(guide.indexOf('## Before you start'), guide.indexOf('## Ink in ten minutes'));
    expect(guide.indexOf('## Before you start')).toBeLessThan(guide.indexOf('npm run check'));
    expect(before).toContain('Node.js');
    expect(before).toContain('npm install');
    expect(before).toContain('nothing to install');
  });

  it('passes check with nothing to report: no error and no warning', () => {
    expect(check.diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`)).toEqual([]);
  });

  it('shows every tag an author writes, and pronouns in a cast line, each explained in a comment above it', () => {
    for (const key of [...HEADER_KEYS, ...STORY_TAG_KEYS, 'pronouns']) {
      const at = lines.findIndex((l) => !l.trim().startsWith('//') && new RegExp(`(#\\s*|; )${key}\\b`).test(l));
      expect(at, `${key} is used in the template`).toBeGreaterThan(-1);
      const comments = lines.slice(Math.max(0, at - 14), at).filter((l) => l.trim().startsWith('//'));
      expect(comments.join(' '), `${key} has a comment above it`).toMatch(new RegExp(`\\b${key}\\b`));
    }
  });

  it('says minutes: as AUTHORING.md asks, the median path rounded up', () => {
    const minutes = Number(/^# minutes: (\d+)$/m.exec(source)![1]);
    expect(minutes).toBe(Math.ceil(check.summary.craft!.medianMinutes));
  });
});
