// The facilitator guide shown in the Guide panel. FACILITATING.md says the same at more length; a unit test
// keeps every section here present there.

export interface GuideSection {
  title: string;
  paragraphs: string[];
  items: string[];
}

export const GUIDE: GuideSection[] = [
  {
    title: 'Before the session',
    paragraphs: [
      'Choose a story and read its content notes and the notes at each decision. Each room vote, with its discussion and revote, takes 10 to 15 minutes: three suit a 90-minute session, one a 45-minute one. At the other decisions you pick the option. The plan starts with votes at the first three decisions, says how long it will take, and you can press V to open a vote at any decision during the session.',
      'Print the one-page facilitator brief. Open the projector window, drag it to the projector and press F in it for full screen. With one screen only, switch on single-screen mode.',
    ],
    items: [
      'A 90-minute session: 10 minutes for phones to join (the QR code is on the room’s screen until you press Start), the prebrief, ground rules and content notes; about 20 for the story read together and 10 to 15 for each of three room votes; 20 for the debrief; 5 for the take-away and the summary.',
      'For 45 minutes: one room vote, a 5-minute opening and a 10-minute debrief.',
      'Check where the nearest quiet space is, and who your organisation’s safeguarding lead and Freedom to Speak Up Guardian are.',
    ],
  },
  {
    title: 'Co-facilitation and lived experience',
    paragraphs: [
      'Sessions about racism, homophobia or disability are best co-facilitated with people who have lived experience of them, paid for their time. They bring knowledge no script has, and they notice what a room misses. It is work: pay for it, agree the role in advance, and never ask anyone to share their own trauma or to teach the room for free.',
    ],
    items: [],
  },
  {
    title: 'Running the session',
    paragraphs: [
      'Show the prebrief, the ground rules and the content notes. Then read the story together, a page at a time.',
      'At a room vote: open the vote, let people choose privately (cards, hands or a phone poll), type the counts for each option and for “I’d rather not say”, and show the room. With phones, V leaves your focus on “Close the phone vote and show the room”, and Next says what is left to do. With hand or card votes as well as phones, choose “Close the phone vote, then add hand votes”: the phone counts go into the fields unseen, you add the hands, and the room sees one result. The screen shows proportions, never counts; an option fewer than three people chose shows as “a few”, and a line under the bars says the vote’s shape without saying more than the bars do. “I’d rather not say” is left out of the proportions and shown on its own line.',
      'Type the number of people in the room once, beside the counts: a vote that adds up to more (someone voted from two browsers, or by phone and by hand) is flagged before the room sees it. Nothing without accounts can stop that; the head count catches it.',
      'Then the discussion card, then the revote. The option with the most votes plays. You break ties, and you can override the vote: the log records which.',
    ],
    items: [
      'Rewind: after a choice plays, you can play another option on a copy (forum theatre). The room’s own choice stays the record.',
      'The room’s own move: if the room invents an option, type it (no names). It goes in the log; play it as the closest option, or discuss it without playing. It is shown on the screen only if you choose.',
      'How a choice resolved (the acts and what people in the story noticed) stays off the room’s screen until you reveal it with R.',
      'A discussion timer is there if you want one. It never moves anything on by itself.',
    ],
  },
  {
    title: 'If something stops working',
    paragraphs: [
      'Nothing you typed is lost: the session is kept in this browser after every change, for the address you opened it at. Start a new session asks first and sets the old one aside; the plan screen lists it under “Sessions set aside” and can bring it back. It is kept until you delete it there: Delete asks first, and says what goes for good (its votes and counts, and what you typed in it). A learner’s “Delete everything” in the game leaves the workshop alone.',
    ],
    items: [
      'The room server stops: your screen says so, the QR code leaves the room’s screen and phones say they have lost touch. Take the vote by hands or cards. To bring phones back, run npm run room -- --no-build again (the same port) and open the new presenter address in this browser: the session resumes, and people join again with the new code. A phone vote that was open is lost: ask the room to vote again.',
      'The room server hangs (the machine running it asleep, a stuck network): within about fifteen seconds your screen says the phone room is not answering, as when it stops. Take the vote by hands or cards. If it comes back by itself, your screen finds it again, and counts you typed meanwhile stay: closing the phone vote adds the phones to them, for you to check before the room sees them.',
      'If a phone votes while the room’s server is not answering: the option shows at once as sending. After a few seconds without an answer the phone says the room is not answering and that the vote is kept on the phone and will be sent when it answers; it then counts once. If you close the vote first, the phone says the vote did not reach the room in time.',
      'The projector window or your screen reloads: each comes back where the session was, with the room server running or not (the browser keeps a copy of both pages, used only when the server does not answer within a few seconds). Without the server, your screen says the phone room is not answering: type the counts.',
      'The projector window is opened for the first time after the server stopped: it still opens, because your screen keeps the projector’s page too.',
      'A phone loses the Wi-Fi: it says its vote did not go through, or that it has lost touch, and what to do. A card or a hand works too.',
      'The top bar shows phones joined and phones connected now: a phone that left or sleeps drops out of “connected now”.',
    ],
  },
  {
    title: 'Safety',
    paragraphs: [
      'Anyone can step out at any time without saying why. Offer a quiet task: a card from the Script with a reflective question, shown on your screen to hand over or print. It never appears on the room’s screen.',
    ],
    items: [
      'Skip a scene if the room needs it to move on.',
      'B blanks the room’s screen; P shows a pause card.',
      'You can end the session at any time: the debrief works with whatever the room has done.',
      'Nobody is asked to speak as a member of a group. Nobody reads characters aloud in an accent.',
    ],
  },
  {
    title: 'If someone discloses something',
    paragraphs: [
      'The ground rules say plainly that what is shared stays in the room, except where someone may be at risk or a concern must be raised. If someone tells the room, or tells you afterwards, something that means a person may be at risk:',
    ],
    items: [
      'Pause the session if you need to (P). Listen. Do not probe for detail, and do not promise to keep it secret.',
      'Thank them. Tell them, privately, what has to happen next and who needs to know, before you act where that is safe.',
      'Follow your organisation’s safeguarding or speaking-up policy: your safeguarding lead, or your Freedom to Speak Up Guardian. If anyone is in immediate danger, call 999.',
      'Write down what was said, in their words, and when. Keep it out of this session’s summary.',
      'Check in with them afterwards, and look after yourself too.',
    ],
  },
  {
    title: 'The group debrief',
    paragraphs: [
      'What? The vote history for each decision and how each choice resolved (acts only once revealed). So what? Whose voice filled the scene and who was spoken to, and the discussion prompts. Now what? Type the room’s commitments as the room agrees them.',
      'Print or download the one-page session summary for your records (no names, no individual data): each decision’s votes with how many took part, whether the room split and moved, and the discussion card shown. Print a take-away for each participant without a phone: the outcomes, what the room played, its commitments, the session’s length as participatory CPD, and a box for each part of a reflective account.',
      'With phones, each phone shows the participant’s own reflective account in the debrief, marked as participatory learning, with the solo Record’s parts and standards. What they write stays on their phone, and is kept aside there when the phone joins a later workshop, until they delete it on the phone; ask them to save or email it before you end the phone room.',
    ],
    items: [],
  },
  {
    title: 'Privacy',
    paragraphs: [
      'Nothing identifies anyone in the room. Votes are counts of the room; the screen shows proportions and “a few”. Do not type names into the room’s move or the commitments. The session is kept in this browser only, so it survives a reload; starting a new session sets it aside.',
    ],
    items: [],
  },
];
