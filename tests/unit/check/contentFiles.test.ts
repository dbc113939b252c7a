// The curtain call's data files, as a trainer who edits a prompt meets them: a slip in src/content/prompts.json
// used to leave the curtain call silently unopened (the page stops at the schema's first complaint); `check` now
// names the file, the line, the entry and what is wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFile, checkContentFolder } from '../../../src/ink/contentChecks';

const PROMPTS = fs.readFileSync('src/content/prompts.json', 'utf8');
const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split('\n').length;
const credibility = (JSON.parse(PROMPTS) as { families: { family: string }[] }).families.findIndex(
  (f) => f.family === 'credibility',
);
const said = (text: string) => checkContentFile('prompts.json', text).map((d) => `${d.file}:${d.line}: ${d.message}`);

describe("check reads the curtain call's data files as the page does", () => {
  it('the shipped files have nothing to report', () => {
    expect(checkContentFolder()).toEqual([]);
  });

  it('a missing comma is named at its line, as not valid JSON, with what to look for', () => {
    const first = PROMPTS.indexOf('"text": "');
    const end = PROMPTS.indexOf('",\n', first) + 1;
    const broken = PROMPTS.slice(0, end) + PROMPTS.slice(end + 1);
    const [message] = said(broken);
    expect(message).toMatch(/^src\/content\/prompts\.json:\d+: this file is not valid JSON \(/);
    const line = Number(message!.split(':')[1]);
    expect([lineOf(PROMPTS, PROMPTS.slice(first, end)), lineOf(PROMPTS, PROMPTS.slice(first, end)) + 1]).toContain(
      line,
    );
    expect(message).toContain('the curtain call will not open until it is mended');
    expect(message).toContain('look for a missing comma');
  });

  it('a misspelt act names the entry, its line and the act meant', () => {
    const broken = PROMPTS.replace('"acts": ["SPEAK_FOR"]', '"acts": ["SPEAKFOR"]');
    expect(said(broken)).toEqual([
      `src/content/prompts.json:${lineOf(PROMPTS, '"acts": ["SPEAK_FOR"]')}: families[0] (speak_for) › acts[0]: "SPEAKFOR" is not one of the values allowed here (did you mean "SPEAK_FOR"?): the curtain call will not open until it is mended`,
    ]);
  });

  it('a misspelt key names the entry it is in and the key', () => {
    const broken = PROMPTS.replace('"about": "person"', '"abut": "person"');
    const messages = said(broken);
    expect(messages).toContain(
      `src/content/prompts.json:${lineOf(PROMPTS, '"family": "speak_for"') - 1}: families[0] (speak_for): Unrecognized key: "abut": the curtain call will not open until it is mended`,
    );
    expect(messages.some((m) => m.includes('"about" is missing: it is one of person, act, learner'))).toBe(true);
  });

  it('a `replaces` naming a question the library still asks is named at its line, as is one named twice', () => {
    // An answer to a live wording would show twice, beside its own question and as an earlier answer to another.
    const live = PROMPTS.replace('"replaces": ["believed-less"]', '"replaces": ["whose-word-stood"]');
    expect(said(live)).toEqual([
      `src/content/prompts.json:${lineOf(PROMPTS, '"replaces": ["believed-less"]')}: families[${credibility}] (credibility) › wordings[1] (word-at-face-value) › replaces[0]: "whose-word-stood" is a question the library still asks: replaces names only wordings taken out of it: the curtain call will not open until it is mended`,
    ]);
    const twice = PROMPTS.replace('"replaces": ["what-nobody-knew"]', '"replaces": ["believed-less"]');
    expect(said(twice)).toEqual([
      `src/content/prompts.json:${lineOf(PROMPTS, '"replaces": ["believed-less"]')}: families[${credibility}] (credibility) › wordings[1] (word-at-face-value) › replaces[0]: "believed-less" is replaced by another wording too: name it under one, so an old answer has one place: the curtain call will not open until it is mended`,
    ]);
  });

  it('every check says it, wherever the stories are: a broken file is found in the folder given', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.writeFileSync(path.join(dir, 'prompts.json'), PROMPTS.replace('"acts": ["SPEAK_FOR"]', '"acts": ["SPEAKFOR"]'));
    const found = checkContentFolder(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'content',
      severity: 'error',
      file: path.relative(process.cwd(), path.join(dir, 'prompts.json')),
    });
    fs.rmSync(dir, { recursive: true });
  });
});
