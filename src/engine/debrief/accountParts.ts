// The parts of a reflective account the learner writes in their own words, as the Record asks for them: one place,
// so the Record at the curtain call and a participant's account on their phone in a workshop ask the same things
// in the same words, and tick the same standards (src/content/standards.json). No schema library here: the phone's
// voting page loads this and stays light.

/** A part the learner writes: its label, and the hint under it when the Record gives one. */
export interface AccountPart {
  label: string;
  hint?: string;
  /** The hint on the printed take-away, where the screen's speaks of a return that paper never set. */
  printedHint?: string;
}

export type AccountPartName =
  'realSituation' | 'learned' | 'changePractice' | 'impact' | 'peerReflection' | 'followUp' | 'codeRelevance';

export const ACCOUNT_PARTS: Record<AccountPartName, AccountPart> = {
  realSituation: {
    label: 'A real situation this reminds me of',
    hint: 'Change names, places and details so that nobody could be recognised.',
  },
  learned: { label: 'What I learned' },
  changePractice: { label: 'How I will change my practice' },
  impact: { label: 'The impact on the people I support' },
  peerReflection: {
    label: 'Reflection with a peer (optional)',
    hint: 'For NMC revalidation, your reflective discussion must be with another NMC registrant. For a Social Work England CPD record, note what you and a peer drew out.',
  },
  followUp: {
    label: 'What happened when I tried it',
    hint: 'You said you would come back to this. What did you try, and what happened?',
    printedHint: 'Come back to this once you have tried it. What did you try, and what happened?',
  },
  codeRelevance: {
    label: 'How this relates to the Code or my professional standards',
    hint: 'Which themes or standards, and why. The NMC reflective account form asks this; Social Work England asks why the activity is relevant to your practice.',
  },
};

/** Above the standards' tick boxes. */
export const STANDARDS_QUESTION = 'Standards I think this reflection relates to. Tick any that fit (optional).';

/** The standards list's shape (standards.ts checks it with a schema where a page can afford one). */
export interface StandardsList {
  groups: {
    title: string;
    note?: string;
    accountNote?: string;
    items: { id: string; text: string }[];
  }[];
}

/** The notes of the groups with a ticked standard, in the account's voice, in the order the list gives them. */
export function tickedStandardNotes(standards: StandardsList, ticked: readonly string[]): string[] {
  return standards.groups
    .filter((group) => group.items.some((item) => ticked.includes(item.id)))
    .map((group) => group.accountNote ?? group.note)
    .filter((note): note is string => !!note);
}

/** The ticked standards as "group title: item text" lines, in the order the list gives them. */
export function tickedStandards(standards: StandardsList, ticked: readonly string[]): string[] {
  return standards.groups.flatMap((group) =>
    group.items.filter((item) => ticked.includes(item.id)).map((item) => `${group.title}: ${item.text}`),
  );
}
