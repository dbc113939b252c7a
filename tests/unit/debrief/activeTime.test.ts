// M1 (r18): the account's time is the time spent playing, not the clock from the first line to the ending. A play
// left on Monday and finished on Wednesday once printed "About 2880 minutes" as CPD time.
import { describe, expect, it } from 'vitest';
import {
  activeMinutes,
  GAP_CAP_MS,
  parseActiveTime,
  pauseActiveTime,
  resumeActiveTime,
  startActiveTime,
  stepActiveTime,
} from '../../../src/engine/debrief/activeTime';
import { accountFromAnswers } from '../../../src/engine/debrief/accountFromAnswers';
import { parseCommitments } from '../../../src/engine/debrief/commitmentMenu';
import { emptyAnswers } from '../../../src/engine/debrief/debriefAnswers';
import { accountToMarkdown } from '../../../src/engine/debrief/reflectiveAccount';
import { parseStandards } from '../../../src/engine/debrief/standards';
import commitmentsData from '../../../src/content/commitments.json';
import standardsData from '../../../src/content/standards.json';
import { log } from './buildLog';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const monday = Date.UTC(2026, 11, 7, 9, 0);

describe('active time', () => {
  it('a play resumed a day later counts the minutes played, not the day between', () => {
    let time = startActiveTime(monday);
    time = stepActiveTime(time, monday + 2 * MIN);
    time = stepActiveTime(time, monday + 5 * MIN);
    // The tab was closed (hidden) a minute after the last step.
    time = pauseActiveTime(time, monday + 6 * MIN);
    // Kept on the device and read back the next day: the play resumes from where it was.
    time = resumeActiveTime(parseActiveTime(JSON.stringify(time)), monday + DAY);
    time = stepActiveTime(time, monday + DAY + 4 * MIN);
    time = pauseActiveTime(time, monday + DAY + 4 * MIN);
    expect(activeMinutes(time)).toBe(10);
  });

  it('a play left open overnight counts five minutes for the gap, not the night', () => {
    let time = startActiveTime(monday);
    time = stepActiveTime(time, monday + 3 * MIN);
    time = stepActiveTime(time, monday + 16 * 60 * MIN);
    expect(time.ms).toBe(3 * MIN + GAP_CAP_MS);
  });

  it('a hidden page stops the clock until it is shown again', () => {
    let time = startActiveTime(monday);
    time = pauseActiveTime(time, monday + 1 * MIN);
    time = stepActiveTime(time, monday + 90 * MIN); // a step while stopped only starts it again
    time = resumeActiveTime(time, monday + 120 * MIN);
    time = stepActiveTime(time, monday + 122 * MIN);
    expect(activeMinutes(time)).toBe(3);
  });

  it('reads back only what it wrote', () => {
    expect(parseActiveTime(null)).toBeNull();
    expect(parseActiveTime('{"ms": -1, "at": null}')).toBeNull();
    expect(parseActiveTime('not json')).toBeNull();
    expect(parseActiveTime('{"ms": 60000, "at": null}')).toEqual({ ms: 60_000, at: null });
  });
});

describe('the account’s time', () => {
  const sources = (activeMs: number | null, cpdTime = '') => {
    const answers = emptyAnswers();
    answers.account.cpdTime = cpdTime;
    return {
      header: { title: 'The Script', outcomes: [], authors: [] },
      log: log([]),
      answers,
      commitments: parseCommitments(commitmentsData),
      standards: parseStandards(standardsData),
      activeMs,
      endedAt: monday + 2 * DAY,
      participatory: false,
      formatDate: () => '9 December 2026',
      today: '2026-12-09',
    };
  };

  it('is the time played, never the days between start and ending', () => {
    const account = accountFromAnswers(sources(13 * MIN));
    expect(account.minutesSpent).toBe(13);
    expect(accountToMarkdown(account)).toContain("- Time I'm counting as CPD: About 13 minutes");
    expect(accountToMarkdown(account)).not.toContain('2880');
  });

  it('is the learner’s own number when they give one, and says hours as hours', () => {
    expect(accountToMarkdown(accountFromAnswers(sources(13 * MIN, '25')))).toContain(
      "- Time I'm counting as CPD: 25 minutes",
    );
    expect(accountToMarkdown(accountFromAnswers(sources(13 * MIN, 'Half an hour with the debrief')))).toContain(
      "- Time I'm counting as CPD: Half an hour with the debrief",
    );
    expect(accountToMarkdown(accountFromAnswers(sources(95 * MIN)))).toContain(
      "- Time I'm counting as CPD: About 1 hour 35 minutes",
    );
    expect(accountToMarkdown(accountFromAnswers(sources(null)))).toContain("- Time I'm counting as CPD: Not recorded");
  });
});
