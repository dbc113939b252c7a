// Paths the tests play by their options' opening words, named for what the learner did, so two tests that need the
// same path share one spelling of it (a re-worded option is mended here once).

/**
 * Next of Kin, seeded walk 58: Desmond asked before the form went in (contested: Luke's time), Alan asked himself
 * with Abena's playlist on and time to answer, and Abena asked at the door.
 */
export const NEXT_OF_KIN_ASKED_DESMOND = [
  'Tell Luke to leave that box blank',
  'Ask Abena to put her playlist on',
  'Tell Luke that Desmond will want',
  'Tell Mr Hollis',
  'Tell the meeting what Desmond told you',
  'After the prayer, ask Pastor Ruth',
  'Catch Abena at the door',
];
