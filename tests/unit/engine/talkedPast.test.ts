// The one rule for who is talked past (engine/talkedPast.ts), as the stage and the curtain call read it.
import { expect, test } from 'vitest';
import { parseLineTag } from '../../../src/engine/contract/index.ts';
import { talkedPastBy, weighedBy } from '../../../src/engine/talkedPast';

const scene = (weighs: string[], excluding: string[] = [], talkedPast: string[] = [], audience: string[] = []) => ({
  audience,
  weighs,
  excluding,
  talkedPast,
  invited: null,
});

test('someone talked past in this scene who then speaks talks past nobody: their voice coming back is not a new exclusion', () => {
  // Hawa, left out at the forum, answers the worker: Samir, beside her, is not being talked past.
  expect(talkedPastBy({ who: 'hawa', to: 'you' }, ['samir'], scene(['samir', 'hawa'], [], ['hawa']))).toEqual([]);
  // Anyone else saying the same to the worker, with Samir there, still talks past him.
  expect(talkedPastBy({ who: 'lorna', to: 'you' }, ['samir'], scene(['samir', 'hawa'], [], ['hawa']))).toEqual([
    'samir',
  ]);
  // The one doing the excluding is never the one talked past.
  expect(talkedPastBy({ who: 'esther', to: 'you' }, ['dawn'], scene(['esther', 'dawn'], ['dawn']))).toEqual([]);
});

test('a line talks past only people whose matters the scene weighs', () => {
  // S1's waiting room weighs Esther's matters: her "Go if you need to" to the worker leaves nobody out, Mrs Lee
  // included; Dawn saying the same to the worker at the desk talks past Esther.
  expect(talkedPastBy({ who: 'esther', to: 'you' }, ['mrs_lee'], scene(['esther']))).toEqual([]);
  expect(talkedPastBy({ who: 'dawn', to: 'you' }, ['esther'], scene(['esther']))).toEqual(['esther']);
});

test('one of the Audience (whose voice the choices are about) talks past nobody: it is others who talk past them', () => {
  // S4's forum weighs Samir's matters: Hawa telling the worker "Three months. I'll be here" does not leave him out,
  // and Cllr Begum turning from him to the worker would.
  const forum = scene(['samir'], [], [], ['samir', 'hawa']);
  expect(talkedPastBy({ who: 'hawa', to: 'you' }, ['samir'], forum)).toEqual([]);
  expect(talkedPastBy({ who: 'begum', to: 'you' }, ['samir'], forum)).toEqual(['samir']);
});

test('the scene-context tags say whose matters a scene weighs, and nothing else does', () => {
  const weighed = (raw: string) => {
    const parsed = parseLineTag(raw);
    if (parsed.kind !== 'ours') throw new Error(`not a tag: ${raw}`);
    return weighedBy(parsed.tag);
  };
  expect(weighed('access: esther able_with_support')).toBe('esther');
  expect(weighed('mandate: daniel known_wishes')).toBe('daniel');
  expect(weighed('wants: mrs_lee unknown')).toBe('mrs_lee');
  expect(weighed('consent: desmond partner to=ann')).toBe('desmond');
  expect(weighed('speaker: dawn')).toBeNull();
  expect(weighed('enter: shah')).toBeNull();
  expect(weighed('to: tom')).toBeNull();
});
