// The cards the room reads before and around the story: the prebrief, the ground rules (with the limits of
// confidentiality said plainly), the content notes, a pause and the close. Plain words, read aloud as well.
import { aRole } from '../engine/roleInSentence';

export interface RoomCard {
  title: string;
  paragraphs: string[];
  items: string[];
}

interface HeaderLike {
  title: string;
  role: string;
  outcomes: string[];
  contentNotes: string[];
}

export function prebriefCard(header: HeaderLike): RoomCard {
  return {
    title: 'Before we start',
    paragraphs: [
      `Today we play “${header.title}” together. It is fiction. You play it in your own professional role${header.role ? `: here, ${aRole(header.role)}` : ''}.`,
      'What this session is for:',
    ],
    items: [
      ...header.outcomes,
      'At some decisions the room votes privately, with cards, hands or a phone poll. The screen shows how the room split, never who chose what. An option fewer than three people chose shows as “a few”.',
      // Not "the option with the most votes plays": the facilitator breaks ties and may override (workshop.md), and
      // the room's screen says so at the debrief, decision by decision (sessionLog.ts PICK_WORDS, drawRoom.ts "How:").
      'We talk about it, then vote again. Usually the option with the most votes plays. The facilitator breaks a tie, and may sometimes choose a different option: when we look back at the end, the screen says which choices were theirs.',
      'Nobody is scored. There is no right answer on the screen, and no leaderboard.',
    ],
  };
}

export function groundRulesCard(): RoomCard {
  return {
    title: 'Ground rules',
    paragraphs: ['A brave space, with its limits said plainly.'],
    items: [
      'Own your impact: if something you say lands badly, listen, and try again.',
      'Challenge by choice: you can pass, at any time, without saying why.',
      'Speak from “I”: your own experience, not what “people like us” think.',
      'Nobody is asked to speak as a member of a group. Nobody reads characters aloud in an accent.',
      'What is shared stays in the room, except when someone may be at risk or a concern must be raised: then safeguarding and speaking up come first.',
      'If you tell us something that means someone may be at risk, the facilitator will talk with you privately, tell you what has to happen next and who needs to know, before acting where that is safe.',
      'You can step out at any time. There is a quiet task if you would like one.',
    ],
  };
}

export function contentNotesCard(header: HeaderLike): RoomCard {
  return {
    title: 'Content notes',
    paragraphs: header.contentNotes.length
      ? ['This story includes:']
      : ['This story has no content notes, but any story about people can touch something personal.'],
    items: [
      ...header.contentNotes,
      'You can step out at any time, and come back when you are ready. Nobody will ask why.',
      'The facilitator can skip a scene.',
    ],
  };
}

export function pauseCard(): RoomCard {
  return { title: 'A pause', paragraphs: ['Take a breath. We will carry on in a moment.'], items: [] };
}

export function closeCard(header: HeaderLike): RoomCard {
  return {
    title: 'Thank you',
    paragraphs: [
      `That is the end of our session on “${header.title}”.`,
      'If something today stirred things up, talk to someone you trust at work, your Freedom to Speak Up Guardian, your union or staff network, or Samaritans on 116 123 (free, any time).',
    ],
    items: [],
  };
}
