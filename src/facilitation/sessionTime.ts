// How long a planned session takes in a room, from how a vote, discuss, revote cycle actually runs (r19, a trainer
// timing a real run): phones join and people read the options (1 to 2 minutes), the first vote and its result, 5 to
// 8 minutes of discussion, the revote, the result and the reveal: 10 to 15 minutes a room vote. A story read
// together on a projector goes slower than alone (the room waits for its slowest reader, and people talk).

/** Phones joining, the prebrief, the ground rules and the content notes. */
const OPENING = 10;
/** Each room vote: vote, result, discussion, revote, result, reveal. */
const PER_ROOM_VOTE = 12;
/** The group debrief: What? So what? Now what?, the commitments and the take-away. */
const DEBRIEF = 20;

export interface SessionTime {
  total: number;
  reading: number;
  votes: number;
}

/** Whole minutes, rounded to five, for a story of `storyMinutes` alone and `roomVotes` room votes. */
export function plannedSessionTime(storyMinutes: number | null | undefined, roomVotes: number): SessionTime {
  const reading = Math.max(15, Math.round(((storyMinutes ?? 15) * 1.3) / 5) * 5);
  const raw = OPENING + reading + roomVotes * PER_ROOM_VOTE + DEBRIEF;
  return { total: Math.round(raw / 5) * 5, reading, votes: roomVotes };
}

/** "This plan takes about 85 minutes in a room: …", for the plan screen and the facilitator brief. */
export function sessionTimeWords(time: SessionTime): string {
  const votes =
    time.votes === 0
      ? 'no room votes'
      : time.votes === 1
        ? '10 to 15 for the room vote (vote, discuss, revote)'
        : `10 to 15 for each of the ${time.votes} room votes (vote, discuss, revote)`;
  return (
    `This plan takes about ${time.total} minutes in a room: ${OPENING} to open, about ${time.reading} reading the ` +
    `story together, ${votes} and ${DEBRIEF} for the debrief. ` +
    'Three room votes suit a 90-minute session; for 45 minutes keep one and a 10-minute debrief.'
  );
}

/** The brief's line, short to keep it on one page: "About 15 minutes alone; about 85 in a room with 3 room votes." */
export function briefTimeWords(storyMinutes: number | null | undefined, roomVotes: number): string {
  const total = plannedSessionTime(storyMinutes, roomVotes).total;
  const alone = storyMinutes ? `About ${storyMinutes} minutes alone; about ${total}` : `About ${total} minutes`;
  return `${alone} in a room with ${roomVotes} room vote${roomVotes === 1 ? '' : 's'}.`;
}
