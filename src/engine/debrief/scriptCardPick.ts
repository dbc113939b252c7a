// Which one or two Script cards the So what part shows: the ones the story linked (`theory:`) in the order
// it met them, or, when it linked none, the card that speaks to the playthrough's pattern.
import type { PatternName, ScriptCardKey } from '../contract/index.ts';
import type { DecisionLog } from './debriefSources';

export interface ScriptCard {
  key: string;
  title: string;
  body: string[];
}

const FOR_PATTERN: Record<PatternName, ScriptCardKey> = {
  Performer: 'calling_in_out',
  Rescuer: 'with_for_to',
  Bystander: 'five_ds',
  'With, but quiet': 'five_ds',
  With: 'amplification',
  'Finding the way': 'allyship_advocacy',
};

export function scriptCardsFor(log: DecisionLog, cards: readonly ScriptCard[], most = 2): ScriptCard[] {
  const linked = log.theory ?? [...new Set(log.decisions.flatMap((decision) => decision.theory))];
  const keys = linked.length > 0 ? linked : log.pattern ? [FOR_PATTERN[log.pattern]] : [];
  return keys
    .map((key) => cards.find((card) => card.key === key))
    .filter((card): card is ScriptCard => card !== undefined)
    .slice(0, most);
}
