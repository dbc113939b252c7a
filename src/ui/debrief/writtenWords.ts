// What a learner wrote in one curtain call, as question and answer pairs in the order it asked them: read back by
// "your earlier reflections" in the curtain call and by "Your reflections" from the site bar.
import type { DebriefAnswers } from '../../engine/debrief/debriefAnswers';

const ACCOUNT: [keyof DebriefAnswers['account'], string][] = [
  ['whatHappened', 'What happened'],
  ['realSituation', 'A real situation this reminds me of'],
  ['learned', 'What I learned'],
  ['changePractice', 'How I will change my practice'],
  ['impact', 'The impact on the people I support'],
  ['peerReflection', 'Reflection with a peer'],
  ['followUp', 'What happened when I tried it'],
  ['codeRelevance', 'How this relates to the Code or my professional standards'],
  ['cpdTime', 'Time I’m counting as CPD'],
];

/** Question and answer pairs; empty boxes left out. `commitmentText` names a chosen commitment by its id. */
export function writtenWords(
  answers: DebriefAnswers,
  commitmentText: (id: string) => string | null,
): [question: string, answer: string][] {
  const pairs: [string, string][] = [];
  const add = (label: string, text: string | null) => {
    if (text && text.trim()) pairs.push([label, text]);
  };
  add('How you were left feeling', answers.feelings);
  for (const [id, text] of Object.entries(answers.prompts)) add(answers.questions[id] ?? 'A reflective question', text);
  for (const id of [...answers.commitments.self, ...answers.commitments.organisation])
    add('A commitment you chose', commitmentText(id));
  add('Your own commitment', answers.commitments.ownSelf);
  add('Your commitment for your organisation', answers.commitments.ownOrganisation);
  for (const [key, label] of ACCOUNT) add(label, answers.account[key]);
  return pairs;
}
