// Every path of every scenario, played through the real engine (so last_act and the scene context steer the
// branches as in play): no runtime error on any path, and every END written in the story is reached.
import { describe, expect, it } from 'vitest';
import { compileWithMap, endingFor } from '../../src/ink/storyMap';
import { readStoryFiles, storyIds } from '../../src/ink/storyFiles';
import { inkProbe } from '../../src/ink/inkProbe';
import { everyPath } from '../support/everyPath';

const files = readStoryFiles('stories');

describe.each(storyIds(files))('%s: every path', (id) => {
  it('plays every path to an END without a runtime error, reaching every ending the author wrote', () => {
    const { json, map } = compileWithMap(files, `${id}.ink`, 'stories/');
    expect(json).not.toBeNull();
    const reached = new Set<string>();
    const failures: string[] = [];
    const probe = inkProbe();
    const result = everyPath(
      json!,
      id,
      ({ passage, choices }) => {
        if (passage.error) failures.push(`--choices ${choices.map((c) => c + 1).join(',')}: ${passage.error.message}`);
        const ending = probe.lastContainer ? endingFor(probe.lastContainer, map.endings) : null;
        if (ending) reached.add(`${ending.file}:${ending.line}`);
      },
      undefined,
      probe,
    );
    expect(result.complete).toBe(true);
    expect(failures).toEqual([]);
    const written = map.endings.map((e) => `${e.file}:${e.line}`);
    expect(written.filter((e) => !reached.has(e))).toEqual([]);
    console.log(`${id}: ${result.paths} complete paths, ${reached.size} of ${written.length} ENDs reached`);
    // Seven decisions of three or four options make several thousand paths (issue 16: 6-8 decisions on every
    // path): about 20 s a story on a quiet machine, over 90 s when the whole suite shares two cores. A limit that
    // still catches a hang.
  }, 300_000);
});
