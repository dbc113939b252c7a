// Walking every path by snapshot and restore must give exactly what replaying each path from the start gives.
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/ink/compileInk';
import { readStoryFiles } from '../../../src/ink/storyFiles';
import { everyPath } from '../../support/everyPath';
import { Playthrough } from '../../../src/engine/playthrough';

describe('everyPath', () => {
  it('visits each complete path once, with the same log as a replay of that path', () => {
    const { json } = compileInk(readStoryFiles('stories'), 'template.ink');
    const seen = new Set<string>();
    const logs: { choices: number[]; log: string }[] = [];
    const result = everyPath(json!, 'template', ({ choices, playthrough }) => {
      seen.add(choices.join(','));
      logs.push({ choices, log: JSON.stringify(playthrough.log) });
    });
    expect(result).toEqual({ paths: seen.size, complete: true });
    for (const { choices, log } of logs) {
      const fresh = new Playthrough(json!, { storyId: 'template' });
      fresh.start();
      for (const c of choices) fresh.choose(c);
      expect(JSON.stringify(fresh.log)).toBe(log);
    }
  });

  it('stops at the limit and says the walk is incomplete', () => {
    const { json } = compileInk(readStoryFiles('stories'), 'template.ink');
    expect(everyPath(json!, 'template', () => {}, 3)).toEqual({ paths: 3, complete: false });
  });
});
