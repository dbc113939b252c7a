// Session 18: a compiled story's functions, as far as its JSON shows them, so `play` on a .json can refuse a
// next_scene: that names one (nextScene.ts), as check does for the .ink. Before, every function was a knot here.
import { expect, it } from 'vitest';
import { compiledStory } from '../../../src/engine/compiledStory';
import { compileSource } from '../../support/compileSource';

const SOURCE = `VAR cups = 0
-> hall
=== hall ===
~ cups = poured(cups)
~ stir(cups)
Hello.
-> with_guest("Ann")
=== with_guest(name) ===
{name} sits down.
-> END
=== function poured(n) ===
~ return n + 1
=== function stir(n) ===
~ n = n + 1
=== function never_called() ===
~ return 0
=== function never_called_quiet() ===
~ temp x = 1
`;

it('names the functions the story calls or returns from, and never a knot, even one with parameters', () => {
  const functions = compiledStory(compileSource(SOURCE)).functions();
  expect([...functions].sort()).toEqual(['never_called', 'poured', 'stir']);
  // A function that is never called and returns nothing compiles like a knot: only the .ink can tell.
  expect(functions.has('never_called_quiet')).toBe(false);
  expect(functions.has('with_guest')).toBe(false);
});
