// The reflective account the learner keeps: evidence for NMC revalidation or a Social Work England CPD
// record, or reflection that supports (never evidences) Care Certificate Standard 4. Only "what happened" is
// filled in by the game; every other part is the learner's own words. Bands appear only if they ask.
import { BAND_WORDS, DIMENSION_QUESTIONS, type Bands, type Dimension } from './bands';
export { looksLikeRealName, namesInLearnersWords } from './looksLikeRealName';

export interface ReflectiveAccount {
  /** The story's title and its learning outcomes (`outcome:` tags). */
  title: string;
  outcomes: string[];
  authors: string[];
  /** Who the learner played, and what the story is about (the story's `role:` and `summary:`), or blank. */
  role?: string;
  summary?: string;
  /** The date as the learner reads it, e.g. "3 March 2026". */
  date: string;
  /** The time the game counted as played (steps, not clock time across days). */
  minutesSpent: number | null;
  /** The learner's own "time I'm counting as CPD", or blank to use the time counted. */
  cpdTime: string;
  /** Played in a facilitated group (participatory CPD) or alone (non-participatory). */
  participatory: boolean;
  whatHappened: string;
  /** How the learner was left feeling (the Pause part), only when they chose to put it in their account. */
  feelings?: string;
  /** "What happened" is as the game filled it in from the choices, not yet the learner's own words. */
  whatHappenedByGame?: boolean;
  realSituation: string;
  learned: string;
  changePractice: string;
  impact: string;
  peerReflection: string;
  commitmentsForMe: string[];
  commitmentsForOrganisation: string[];
  /** The date the learner said they would come back, as they read it, or null. */
  comeBackOn: string | null;
  /** "What happened when I tried it", written on coming back. */
  followUp: string;
  /** How this relates to the Code or the learner's professional standards, in their words. */
  codeRelevance?: string;
  /** Ticked standards as "group: item" lines. */
  standards: string[];
  /** What each ticked group's standard needs besides this account (a peer discussion; workplace assessment). */
  standardsNotes?: string[];
  /** Only present when the learner opted in. */
  bands: Bands | null;
  /**
   * The reflective questions the learner answered, when they chose to add them. `askedAs`: the answer was written
   * when the question read otherwise (an earlier wording), that wording, or null where it wasn't kept.
   */
  reflections?: { question: string; answer: string; askedAs?: string | null }[];
}

export const SELF_REFLECTION_NOTE =
  'This is my own reflection, written after playing a practice story in The Allyship Theatre. ' +
  'It is a self-reflection, not an accreditation or an assessment: the game does not certify learning or ' +
  'confirm that any standard has been met.';

/** Under "What happened" while it is as the game filled it in. */
const WHAT_HAPPENED_BY_GAME = '(The game filled this in from the choices I made.)';

/** An empty part reads as still to write, not as a choice not to answer; on paper it is a ruled space. */
export const NOT_YET_WRITTEN = '(not yet written)';
const BLANK = NOT_YET_WRITTEN;
const DIMENSIONS: Dimension[] = ['voice', 'power', 'courage'];

export interface AccountSection {
  heading: string;
  paragraphs?: string;
  items?: string[];
  /** Paragraphs after the items. */
  notes?: string[];
  /** A heading over the level-3 sections that follow it, with nothing of its own. */
  group?: boolean;
  /** 3 for a section under a group's heading; 2 otherwise. */
  level?: 2 | 3;
}

/** "14 minutes", "1 hour 35 minutes". */
function durationWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = `${m} minute${m === 1 ? '' : 's'}`;
  if (h === 0) return mins;
  return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${mins}` : ''}`;
}

/** Time spent in words: "About 14 minutes", "About 1 hour 35 minutes". */
export function timeSpent(minutes: number | null): string {
  if (minutes === null) return 'Not recorded';
  if (minutes < 1) return 'Less than a minute';
  return `About ${durationWords(Math.round(minutes))}`;
}

/** The time counted as CPD: the learner's words ("20" reads "20 minutes"), or the time the game counted. */
function cpdTimeWords(account: Pick<ReflectiveAccount, 'cpdTime' | 'minutesSpent'>): string {
  const own = account.cpdTime.trim();
  if (!own) return timeSpent(account.minutesSpent);
  return /^\d+$/.test(own) ? durationWords(Number(own)) : own;
}

// One list of sections feeds Markdown, plain text and the printed page, so they never drift apart.
//
// The order (r19 C3, session 14). The NMC reflective accounts form asks four things in turn: the nature of the
// activity, what I learned, how I changed or improved my practice, and how it is relevant to the Code. Social Work
// England's CPD record asks the type of activity, a short description and the date, then what I learned, the impact
// on my practice and the people I work with, and (in at least one piece a year) what I drew out with a peer.
// Neither asks for the activity's own aims or a blow-by-blow of what happened: both want a short, dated description
// and then the registrant's reflection. So the account opens with the activity's facts in a few dated lines (the
// form's first question), and the learner's own words follow at once, in the forms' order: learned, changing my
// practice (with what I'll do and when I'll look back, and what happened when I tried it), the impact, a real
// situation it reminds me of, the peer reflection, and the Code. A manager or revalidation confirmer reading page 1
// meets the learner. What the game supplied — the answers to its questions (the questions are the game's), the
// path as the game recorded it, and the story's aims — follows, still in the account and dated by the facts above.
export function accountSections(account: ReflectiveAccount): AccountSection[] {
  const activity = [
    account.participatory
      ? 'Type of activity: a facilitated group workshop (a room played a practice story in The Allyship Theatre together)'
      : 'Type of activity: an interactive online scenario (a practice story played in The Allyship Theatre)',
    `Story: ${account.title}`,
    ...(account.role ? [`My role in the story: ${account.role}`] : []),
    ...(account.summary ? [`What the story is about: ${account.summary}`] : []),
    'The people and places in the story are fictional.',
    ...(account.authors.length > 0 ? [`Story written by: ${account.authors.join(', ')}`] : []),
    `Date: ${account.date}`,
    `Time I'm counting as CPD: ${cpdTimeWords(account)}`,
    `Type of learning: ${account.participatory ? 'participatory (a facilitated group session)' : 'non-participatory (played on my own)'}`,
  ];
  const list: AccountSection[] = [
    { heading: 'The activity', items: activity },
    // Gibbs' cycle goes from what happened to how I felt before what I make of it: the learner who chose to put
    // their feelings in meets them straight after the activity's facts, before what they learned. The heading says
    // when they were written (in Pause, straight after the story), so a reviewer reads them as first reactions.
    ...(account.feelings !== undefined
      ? [{ heading: 'How I felt straight after the story', paragraphs: account.feelings }]
      : []),
    { heading: 'What I learned', paragraphs: account.learned },
    { heading: 'How I will change my practice', paragraphs: account.changePractice },
  ];
  if (account.commitmentsForMe.length > 0) list.push({ heading: 'What I will do', items: account.commitmentsForMe });
  if (account.commitmentsForOrganisation.length > 0) {
    list.push({ heading: 'What I will ask of my organisation', items: account.commitmentsForOrganisation });
  }
  if (account.comeBackOn) list.push({ heading: 'When I will look back at this', paragraphs: account.comeBackOn });
  if (account.followUp.trim()) list.push({ heading: 'What happened when I tried it', paragraphs: account.followUp });
  list.push(
    { heading: 'The impact on the people I support', paragraphs: account.impact },
    { heading: 'A real situation this reminds me of', paragraphs: account.realSituation },
    // Always there: Social Work England needs peer reflection, and NMC revalidation a reflective discussion.
    { heading: 'Reflection with a peer', paragraphs: account.peerReflection },
    { heading: 'How this relates to the Code or my professional standards', paragraphs: account.codeRelevance ?? '' },
  );
  if (account.standards.length > 0)
    list.push({
      heading: 'Standards I think this reflection relates to',
      items: account.standards,
      notes: account.standardsNotes ?? [],
    });
  const answered = (account.reflections ?? []).filter((reflection) => reflection.answer.trim());
  if (answered.length > 0) {
    list.push({ heading: 'Questions I thought about', group: true });
    for (const reflection of answered) {
      const { question, answer, askedAs } = reflection;
      const last = list.at(-1)!;
      // An earlier wording's answer after an answer to the question as asked now: one heading, both answers.
      if (askedAs !== undefined && last.level === 3 && last.heading === question) {
        const lead = askedAs === null ? 'To an earlier wording of it I wrote:' : `When it read ‘${askedAs}’, I wrote:`;
        last.notes = [...(last.notes ?? []), lead, ...answer.trim().split(/\n+/)];
        continue;
      }
      const note = askedAs === undefined ? {} : { notes: [`(I wrote this ${earlierWording(askedAs)})`] };
      list.push({ heading: question, paragraphs: answer, level: 3, ...note });
    }
  }
  // Filled in by the game, in the first person, under "This is my own reflection": said, so a reader knows.
  list.push({
    heading: 'What happened in the story',
    paragraphs: account.whatHappened,
    ...(account.whatHappenedByGame ? { notes: [WHAT_HAPPENED_BY_GAME] } : {}),
  });
  if (account.outcomes.length > 0)
    list.push({ heading: 'What the story set out to help me learn', items: account.outcomes });
  if (account.bands) {
    list.push({
      heading: 'How the story read my choices (the game’s reading, not an assessment)',
      items: DIMENSIONS.map((dimension) => `${DIMENSION_QUESTIONS[dimension]}: ${bandText(account.bands!, dimension)}`),
    });
  }
  return list;
}

/**
 * "when the question read: ‘…’": the earlier wording an answer was written to (British nesting: single marks), with
 * the sentence's full stop, which a wording ending in its own ? or . already gives (session 15 read 5: not ‘…?’.).
 */
function earlierWording(askedAs: string | null): string {
  return askedAs === null
    ? 'to an earlier wording of this question.'
    : `when the question read: ‘${askedAs}’${endsASentence(askedAs) ? '' : '.'}`;
}

/** A quoted wording that ends with its own ? ! or . needs no full stop after the closing mark. */
export const endsASentence = (text: string): boolean => /[?!.]$/.test(text.trim());

// Only the band's words ever reach the account, so it can never carry a number.
function bandText(bands: Bands, dimension: Dimension): string {
  return BAND_WORDS[dimension][bands[dimension].level];
}

// A learner's line starting with "#", ">", "- " or "1." would turn into a heading, a quote or a list in Markdown;
// escape it so the structure holds and their words read as they wrote them.
function markdownSafe(text: string): string {
  return text.replace(/^(\s*)([#>]|[-*+](?=\s))/gm, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2');
}

export function accountToMarkdown(account: ReflectiveAccount): string {
  const out: string[] = [`# Reflective account: ${markdownSafe(account.title)}`, '', `_${SELF_REFLECTION_NOTE}_`];
  for (const section of accountSections(account)) {
    out.push('', `${section.level === 3 ? '###' : '##'} ${section.heading}`);
    if (section.group) continue;
    out.push('');
    if (section.items) out.push(...section.items.map((item) => `- ${markdownSafe(item)}`));
    else out.push(section.paragraphs?.trim() ? markdownSafe(section.paragraphs.trim()).replace(/\n/g, '  \n') : BLANK);
    for (const note of section.notes ?? []) out.push('', markdownSafe(note));
  }
  return `${out.join('\n')}\n`;
}

export function accountToText(account: ReflectiveAccount): string {
  const out: string[] = [`Reflective account: ${account.title}`, '', SELF_REFLECTION_NOTE];
  for (const section of accountSections(account)) {
    out.push('', section.heading, (section.level === 3 ? '.' : '-').repeat(section.heading.length));
    if (section.group) continue;
    if (section.items) out.push(...section.items.map((item) => `* ${item}`));
    else out.push(section.paragraphs?.trim() ? section.paragraphs.trim() : BLANK);
    for (const note of section.notes ?? []) out.push('', note);
  }
  return `${out.join('\n')}\n`;
}
