// The label under a figure names a titled person as the story says them, as the curtain call does after the first
// time (engine/debrief/curtainCallNames.ts). Before, the stage had its own list of titles without "Pastor", so Pastor
// Ruth Campbell stood over "Pastor", and it said "Dr Shah" where the curtain call and the story agreed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Playthrough } from '../../../src/engine/playthrough';
import { stageName } from '../../../src/stage/castLook';
import { compileSource } from '../../support/compileSource';

const labelsOf = (file: string): Record<string, string> => {
  const source = readFileSync(`stories/${file}`, 'utf8');
  const { cast } = new Playthrough(compileSource(source, file), { storyId: file }).header;
  return Object.fromEntries(cast.map((member) => [member.name, stageName(member)]));
};

describe('the name under a figure', () => {
  test('a titled person is named as the story says them most, in every story', () => {
    expect(labelsOf('the-script.ink')['Dr Owen Price']).toBe('Dr Price');
    expect(labelsOf('the-script.ink')['Matron Grace Okonjo']).toBe('Matron Okonjo');
    expect(labelsOf('next-of-kin.ink')['Pastor Ruth Campbell']).toBe('Pastor Ruth');
    expect(labelsOf('say-see-expect.ink')['Mr Dennis Hughes']).toBe('Mr Hughes');
    expect(labelsOf('standing-alongside.ink')['Cllr Nasreen Begum']).toBe('Cllr Begum');
    expect(labelsOf('sitting-in-reception.ink')['Dr Shah']).toBe('Dr Shah');
  });

  test('without the story’s count, a title goes with the surname and any other name is its first word', () => {
    expect(
      ['Esther Mensah', 'Dr Shah', 'Pastor Ruth Campbell', 'Revd. Ann Cole', 'Mr Dennis Hughes'].map((name) =>
        stageName({ name }),
      ),
    ).toEqual(['Esther', 'Dr Shah', 'Pastor Campbell', 'Revd. Cole', 'Mr Hughes']);
  });
});
