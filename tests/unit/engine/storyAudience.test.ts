// The Audience named in each story's opening (issue 18): the people the story's moves are about, never only
// talked about.
import { expect, test } from 'vitest';
import { storyAudience } from '../../../src/engine/storyAudience';
import { compileSource } from '../../support/compileSource';

test('the Audience is everyone a move names, in the order the story first names them', () => {
  const json = compileSource(`# title: T
# cast: esther = Esther Mensah
# cast: dawn = Dawn
# cast: lee = Mrs Lee
"We rang her." # speaker: dawn # to: you
* [Speak for her #move: relay esther]
* [Ask her #move: invite esther]
* [Back Mrs Lee up #move: credit_repeat lee credited=yes]
- -> END
`);
  expect(storyAudience(json)).toEqual(['esther', 'lee']);
});
