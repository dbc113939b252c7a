// Every message `check` prints starts FILE:LINE: where it has a line, so an editor (or a terminal that links
// FILE:LINE) jumps to it. The author walk-about (session 17, finding 10) met a story-wide warning that put its line
// in brackets instead ("tea-round.ink: warning: … (more than 40 %; line 31)"). Each kind of message is placed
// below, as said at a line or of the whole story: a new kind has to be placed here before the tests compile.
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/ink/checkStory';
import type { CheckCode, CheckDiagnostic } from '../../../src/ink/checkDiagnostics';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { runCheck } from './runCheck';

/**
 * 'line': said at the line it is about. 'ink': ink's own message, at its line when ink says where (a runtime error
 * in an EXTERNAL function it was never given names none). 'story': of the whole story, naming no line.
 */
const KINDS: Record<CheckCode, 'line' | 'ink' | 'story'> = {
  compile: 'ink',
  tag: 'line',
  'header-missing': 'line',
  'header-reminder': 'line',
  'header-lost': 'line',
  'cast-thin': 'line',
  'move-outside': 'line',
  'line-tag-in-choice': 'line',
  'tag-text': 'line',
  float: 'line',
  'lookalike-arrow': 'line',
  'speaker-narration': 'line',
  'consent-and-action': 'line',
  'exclusion-names-nobody': 'line',
  'cast-undeclared': 'line',
  'cast-unused': 'line',
  reveal: 'line',
  'next-scene': 'line',
  'untagged-option': 'line',
  'card-discuss': 'line',
  'card-note': 'line',
  'card-moment': 'line',
  'card-moment-at': 'line',
  'moment-repeated': 'line',
  'card-perspective': 'line',
  'unreached-knot': 'line',
  'unreached-choice': 'line',
  'unreached-ending': 'line',
  'no-ending': 'line',
  runtime: 'ink',
  'runtime-warning': 'ink',
  'one-option': 'line',
  minutes: 'line',
  'too-many-minutes': 'story',
  'too-few-minutes': 'story',
  'reflect-long': 'line',
  'card-misplaced': 'line',
  content: 'line',
  'too-long': 'story',
  'too-slow': 'story',
  'save-size': 'story',
  'craft-no-harm': 'line',
  'craft-no-with': 'line',
  'craft-length': 'line',
  'craft-excuse': 'line',
  'craft-best-longest': 'line',
  'craft-wording-tell': 'story',
  'craft-same-best-act': 'line',
  'craft-best-place': 'line',
};

/** The fixtures that between them make most kinds of message, each story checked as `check` checks it. */
const FOLDERS = [
  'tests/fixtures/check',
  'tests/fixtures/play',
  'tests/fixtures/author',
  'tests/fixtures/s1-first-draft',
  'tests/fixtures/hard-edges',
  'tests/fixtures/cold-read',
];

const NAMES_A_LINE = /\blines? \d/;

describe('where check says each message', () => {
  const all: CheckDiagnostic[] = [];
  for (const dir of FOLDERS) {
    const files = readStoryFiles(dir);
    for (const main of Object.keys(files).filter((f) => !f.includes('/')))
      all.push(...checkStory(files, main, { displayPrefix: `${dir}/` }).diagnostics);
  }

  it('a message about a line is said at that line; a message about the whole story names no line', () => {
    for (const d of all) {
      const shown = `${d.code}: ${d.file}:${d.line ?? ''}: ${d.message}`;
      if (NAMES_A_LINE.test(d.message)) expect(d.line, shown).not.toBeNull();
      if (KINDS[d.code] === 'line') expect(d.line, shown).not.toBeNull();
      if (KINDS[d.code] === 'story') expect(d.line, shown).toBeNull();
    }
    // The fixtures reach a story-wide craft pattern, which once put its line in brackets.
    expect(all.filter((d) => d.code === 'craft-best-longest').length).toBeGreaterThan(0);
  });

  it('as printed: every message that names a line starts FILE:LINE:', () => {
    const { out, err } = runCheck(
      'tests/fixtures/s1-first-draft/sitting-in-reception.ink',
      'tests/fixtures/check/problems.ink',
    );
    const messages = `${out}\n${err}`.split('\n').filter((l) => /: (?:error|warning): /.test(l));
    expect(messages.length).toBeGreaterThan(5);
    for (const line of messages) if (NAMES_A_LINE.test(line)) expect(line).toMatch(/^[^:\s]+\.ink:\d+: /);
  });
});
