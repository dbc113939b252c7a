// Educator read 18b, SHOULD 4: What if said "Both sides of a choice practitioners disagree about" over three columns
// (S1's Afterwards on a harm path, S5's review at the house): its words now count the options it plays.
import { describe, expect, it } from 'vitest';
import { comparing } from '../../../src/ui/debrief/whatIfPart';

describe('What if: the comparison of contested options counts truly', () => {
  it('calls two options both sides', () => {
    expect(comparing(2).heading).toBe('Both sides of a choice practitioners disagree about');
    expect(comparing(2).button).toBe('Compare what follows each side');
  });

  it('never says "both" or "neither" over three options, and names how many', () => {
    const three = comparing(3);
    expect(three.heading).toBe('All three options practitioners disagree about');
    for (const words of Object.values(three)) expect(words).not.toMatch(/\b(both|neither)\b/i);
  });
});
