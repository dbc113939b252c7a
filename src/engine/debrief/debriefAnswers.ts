// The shape of the learner's debrief answers: what the curtain call asks and the reflective account reads.
// Where they are kept (on the device, per story and playthrough) is ui/answerStore.ts: the engine never stores.
import { z } from '../zod';

// Every field has a default, so answers stored by an older version (or none at all) still read.
const words = () => z._default(z.string(), '');
const list = () => z._default(z.array(z.string()), []);
const no = () => z._default(z.boolean(), false);

const answersSchema = z.object({
  version: z._default(z.literal(1), 1),
  /**
   * The story's title when these answers were written, so they are still named by it once the story has gone from
   * this theatre (ui/removedStoryName.ts). Null in answers written before it was kept, and for a story with none.
   */
  title: z._default(z.nullable(z.string()), null),
  /** Which playthrough these answers belong to (ui/answerStore.ts names playthroughs). */
  playthrough: z._default(z.nullable(z.string()), null),
  /** When these answers were last written (ms since 1970), so earlier reflections can be put in order. */
  savedAt: z._default(z.nullable(z.number()), null),
  /** Fixed the first time the debrief opens, so the same questions come back after a reload. */
  rotation: z._default(z.nullable(z.int()), null),
  /** Pause's "How are you left feeling?": the learner's alone unless they choose to put it in (below). */
  feelings: words(),
  /**
   * Put the Pause part's feelings in the reflective account. Off by default, and off for answers saved before it
   * was asked: feelings straight after a story are private unless the learner says otherwise (pausePart.ts).
   */
  feelingsInAccount: no(),
  /** Answers to the reflective questions, by prompt id. */
  prompts: z._default(z.record(z.string(), z.string()), {}),
  /** The questions as they were asked, by prompt id, so earlier reflections read back with their question. */
  questions: z._default(z.record(z.string(), z.string()), {}),
  commitments: z.prefault(
    z.object({ self: list(), organisation: list(), ownSelf: words(), ownOrganisation: words() }),
    {},
  ),
  /** yyyy-mm-dd, as a date input gives it. */
  comeBackOn: z._default(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), null),
  account: z.prefault(
    z.object({
      /** null until the learner edits the pre-filled text. */
      whatHappened: z._default(z.nullable(z.string()), null),
      realSituation: words(),
      learned: words(),
      changePractice: words(),
      impact: words(),
      peerReflection: words(),
      followUp: words(),
      /** The time the learner counts as CPD, in their words; blank means the time the game counted. */
      cpdTime: words(),
      /** How this relates to the NMC Code or the learner's professional standards (the NMC form's fourth question). */
      codeRelevance: words(),
    }),
    {},
  ),
  /** Ticked standard ids. */
  standards: list(),
  includeBands: no(),
  /**
   * Leave the answers to the reflective questions out of the account. Off by default: the record is the learner's
   * own, and an account without their answers read as blank. (The earlier `includeAnswers`, off by default, is
   * dropped on read, so every learner now gets their answers unless they choose otherwise.)
   */
  leaveOutAnswers: no(),
});

export type DebriefAnswers = z.infer<typeof answersSchema>;

/** A change to save: top-level fields, with the nested groups merged one level deep. */
export type AnswersPatch = Partial<Omit<DebriefAnswers, 'commitments' | 'account' | 'prompts' | 'questions'>> & {
  commitments?: Partial<DebriefAnswers['commitments']>;
  account?: Partial<DebriefAnswers['account']>;
  prompts?: Record<string, string>;
  questions?: Record<string, string>;
};

export function emptyAnswers(): DebriefAnswers {
  return answersSchema.parse({});
}

/** Stored text read back: the answers, or null when it is not answers at all (damaged, or from elsewhere). */
export function parseAnswers(raw: string): DebriefAnswers | null {
  try {
    const parsed = answersSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A change applied to answers: fields the patch names replace, the nested groups merge one level deep. Applied
 * to what storage holds *now* (re-read before each write), so two tabs typing into different boxes both keep
 * their words.
 */
export function mergeAnswers(base: DebriefAnswers, patch: AnswersPatch): DebriefAnswers {
  return answersSchema.parse({
    ...base,
    ...patch,
    commitments: { ...base.commitments, ...patch.commitments },
    account: { ...base.account, ...patch.account },
    prompts: { ...base.prompts, ...patch.prompts },
    questions: { ...base.questions, ...patch.questions },
  });
}

/** True when the learner wrote or ticked anything (an untouched curtain call is not an earlier reflection). */
export function hasWords(answers: DebriefAnswers): boolean {
  const a = answers.account;
  const texts = [
    answers.feelings,
    ...Object.values(answers.prompts),
    answers.commitments.ownSelf,
    answers.commitments.ownOrganisation,
    a.whatHappened ?? '',
    a.realSituation,
    a.learned,
    a.changePractice,
    a.impact,
    a.peerReflection,
    a.followUp,
    a.cpdTime,
    a.codeRelevance,
  ];
  return (
    texts.some((t) => t.trim() !== '') ||
    answers.commitments.self.length + answers.commitments.organisation.length + answers.standards.length > 0 ||
    answers.comeBackOn !== null
  );
}

/** True when the learner set a come-back date (yyyy-mm-dd) and that day has come. */
export function comeBackIsDue(comeBackOn: string | null, today: string): boolean {
  return comeBackOn !== null && today >= comeBackOn;
}

/**
 * Coming back on or after that day with "What happened when I tried it" still empty: the curtain call opens at the
 * Record, where that box waits, not at the part the learner was on before the date (a reload before then, or once
 * the box has words, keeps that part).
 */
export function followUpWaits(answers: DebriefAnswers, today: string): boolean {
  return comeBackIsDue(answers.comeBackOn, today) && answers.account.followUp.trim() === '';
}
