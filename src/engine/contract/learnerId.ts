// The learner's own id, in a file of its own so the pages that only need it (a room's phones, via the reflective
// account's names) don't load the tag grammar and zod with it.

/** The learner's own id in `speaker:`, `to:` and perspectives; never a cast id. */
export const LEARNER_ID = 'you';
