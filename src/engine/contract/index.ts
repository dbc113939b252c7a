// The authoring contract (shared/spec/authoring-contract.md) in one place. Each idea is declared in one file:
//   acts.ts          the acts with their base scores, the order of harm, the patterns
//   moves.ts         the moves with their person, parameters and flags; the `move:` grammar
//   tags.ts          every tag key: where it may stand, its schema, how its words are read (the one tag parse)
//   header.ts        the story header (global tags)
//   cast.ts          the cast line: ids, facet keys and marks, pronouns
//   scriptCards.ts   the Script card keys `theory:` may link
//   saveEnvelope.ts  the save: one schema, one set of limits
//   tagWords.ts      what the grammars share: splitting a tag, person ids, the learner's id
// Everything else (the engine, the checker, the play CLI, the prompt library, the stage) imports from here.
export * from './acts.ts';
export * from './moves.ts';
export * from './tags.ts';
export * from './header.ts';
export * from './cast.ts';
export * from './scriptCards.ts';
export * from './saveEnvelope.ts';
export * from './tagWords.ts';
