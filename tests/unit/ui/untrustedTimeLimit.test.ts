// The author page's address can shorten the untrusted-ink worker's time limit (so the browser test need not wait
// 20 s), never lengthen it, and nonsense in the address leaves the limit as it is.
import { expect, test } from 'vitest';
import { timeLimitFromAddress, UNTRUSTED_TIME_LIMIT_MS } from '../../../src/ui/untrustedInk';

test('no parameter, or one that is not a positive number, keeps the named limit', () => {
  for (const search of ['', '?time-limit-ms=', '?time-limit-ms=abc', '?time-limit-ms=-5', '?time-limit-ms=0'])
    expect(timeLimitFromAddress(search)).toBe(UNTRUSTED_TIME_LIMIT_MS);
});

test('a shorter limit is honoured, down to a floor a worker can answer within', () => {
  expect(timeLimitFromAddress('?time-limit-ms=3000')).toBe(3_000);
  expect(timeLimitFromAddress('?time-limit-ms=1')).toBe(250);
});

test('an address can never make a worker run longer than the named limit', () => {
  expect(timeLimitFromAddress('?time-limit-ms=600000')).toBe(UNTRUSTED_TIME_LIMIT_MS);
  expect(timeLimitFromAddress('?time-limit-ms=Infinity')).toBe(UNTRUSTED_TIME_LIMIT_MS);
});
