// The Script's knowledge cards a `theory:` tag may link (src/content/scriptCards.json holds their words; a test
// keeps the two in step). The project may add keys; an unknown key is an error.
export const SCRIPT_CARD_KEYS = [
  'allyship_advocacy',
  'with_for_to',
  'situated_knowledge',
  'intersectionality',
  'hierarchy_of_oppression',
  'amplification',
  'five_ds',
  'care_act_advocacy',
  'mental_capacity',
  'accessible_information',
  'enablers_inhibitors',
  'say_see_expect',
  'leeds_pairing',
  'calling_in_out',
  'positive_action',
] as const;

export type ScriptCardKey = (typeof SCRIPT_CARD_KEYS)[number];
