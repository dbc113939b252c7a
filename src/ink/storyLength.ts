// How long the median path takes to read and weigh, against the header's minutes and a session slot. The playbill
// tells a learner how long to plan for, and a workshop plans on 10 to 15 minutes a story.
import { diagnostic, type CheckDiagnostic } from './checkDiagnostics';
import type { CraftSummary } from './optionCraft';

/** The longest median path a learner should meet: workshops plan on 10 to 15 minutes (scenarios.md, "Depth"). */
const MOST_MINUTES = 15;
/** The shortest median path a story on the playbill should have (scenarios.md: about 10–15 minutes each). */
const FEWEST_MINUTES = 10;

/**
 * The playbill's `minutes:` against the median path (round the median up, AUTHORING.md says: a learner planning
 * their time must not be short), a median path longer than a session slot, and, for a story on the playbill, one
 * too short to fill it (a draft, an example or a test's story says `# listed: no`).
 */
export function judgeLength(
  file: string,
  craft: CraftSummary,
  header: { minutes: number | null | undefined; listed: boolean },
  site: { file: string; line: number } | null,
): CheckDiagnostic[] {
  const { minutes } = header;
  const out: CheckDiagnostic[] = [];
  const median = craft.medianMinutes;
  const roundedUp = Math.max(1, Math.ceil(median));
  const about = `the median path takes about ${median.toLocaleString('en-GB')} minutes`;
  if (typeof minutes === 'number' && (minutes < roundedUp || (minutes > roundedUp + 2 && minutes * 3 > roundedUp * 4)))
    out.push(
      diagnostic(
        'minutes',
        site?.file ?? file,
        site?.line ?? null,
        'warning',
        `the header says "minutes: ${minutes}", but ${about}: a learner plans their time by it, so write "# minutes: ${roundedUp}" (the median rounded up)`,
      ),
    );
  if (median > MOST_MINUTES)
    out.push(
      diagnostic(
        'too-many-minutes',
        file,
        null,
        'warning',
        `${about}, more than the ${MOST_MINUTES} a session slot allows: cut words from the scenes (the options stay), or a decision`,
      ),
    );
  if (header.listed && median < FEWEST_MINUTES)
    out.push(
      diagnostic(
        'too-few-minutes',
        file,
        null,
        'warning',
        `${about}, less than the ${FEWEST_MINUTES} to ${MOST_MINUTES} a session slot plans on, and the story is listed in the foyer: add decisions (six to eight on every path) or let the scenes show more; a draft or an example not meant for learners yet says "# listed: no" in the header`,
      ),
    );
  return out;
}
