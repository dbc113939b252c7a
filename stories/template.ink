// =====================================================================================================
// THE AUTHORS' TEMPLATE
// Copy this file, give the copy a new name (the name becomes the story's id, e.g. stories/my-story.ink),
// and replace the words. Keep the shape.
//
// A few words about ink, the language these stories are written in:
// - A line starting with two slashes, like this one, is a comment. Learners never see it. Use comments
//   to explain your thinking to the next author.
// - Plain lines of text are what the learner reads, one line at a time.
// - A hash sign starts a TAG. Tags are instructions to the game, not text. A tag runs to the end of
//   the line, and a second hash sign starts a second tag. Never type a hash sign inside a tag's words.
// - Inside a tag's words, also avoid an arrow (a minus sign then a greater-than sign), two slashes,
//   a straight upright bar, and curly brackets: ink treats all of those as instructions.
// - Three equals signs on both sides name a KNOT: a section of the story you can jump to.
// - An arrow followed by a knot's name jumps there. An arrow to END finishes the story.
// - A line starting with a star is a CHOICE. The words in square brackets are what the learner clicks.
// - A line starting with a single minus sign after some choices is where the choices meet up again.
// - A line starting with a tilde changes a variable (a value the story remembers).
// - Curly brackets show text only when something is true, e.g. only if the learner spoke for someone.
// =====================================================================================================

// ----- THE STORY HEADER -----
// These tags at the very top describe the whole story. The game shows them on the playbill in the foyer.

// listed: no keeps this story out of the foyer. Delete this line in your copy so learners can find it.
# listed: no
// title: the name on the playbill. Keep it sober and plain.
# title: Planning the Outing
// summary: one or two sentences that tell the learner what happens and who they will meet.
# summary: The day centre is planning a trip out. Everyone asks you what Rosa wants, while Rosa is sitting right there.
// minutes: how long one playthrough takes, in whole minutes: npm run check prints the median path's minutes
// (e.g. "about 1.7 minutes"); round that up.
# minutes: 2
// role: the learner's own job in the story. The learner always plays themselves at work, never someone else.
# role: Day-centre support worker
// outcome: what the learner should be able to do afterwards. You can write more than one outcome line.
# outcome: Notice when people talk about someone in front of them, and hand the conversation back.
# outcome: Pass on someone's words faithfully when they have asked you to.
// content_note: anything that might upset a learner, said plainly. You can write more than one.
# content_note: An older woman is talked about instead of to.
// review: say honestly who has checked this story. Never claim a review that did not happen.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of using a day centre; review planned.
// author: who wrote it. Credited on the playbill. You can write more than one author line.
# author: The Allyship Theatre team
// cast: one line per person. First a short id in lower case (used by every other tag), then an equals
// sign, then the name shown on stage, then facets separated by semicolons. A facet is a key, a colon
// and a value. Keys you may use: gender, gender_identity, geography, race, religion, age, ability,
// appearance, class, culture, education, employment, ethnicity, sexuality, sexual_orientation,
// spirituality, caring, language, immigration, relationship.
// A value can end with marks in round brackets, separated by commas: invisible or unvoiced (not seen or
// not spoken about at the start), selective (shared with some people only), communication, junior,
// insecure (a visa, agency or zero-hours contract), minoritised.
// Give everyone at least three facets, and at least one that is invisible or unvoiced.
// pronouns: tells the debrief how to speak of the person (she/her, he/him, they/them, ...). It is not a facet.
# cast: rosa = Rosa Almeida; pronouns: she/her; age: 84; language: Portuguese first, English second (communication); employment: retired dressmaker who ran her own shop (invisible); caring: cared for her husband for ten years (unvoiced)
# cast: ben = Ben; employment: activities coordinator (junior); age: 24; education: studying social care part-time (invisible)
# cast: gloria = Gloria; employment: day-centre manager; caring: single parent of twins (invisible); class: first in her family to go to university (unvoiced)

// ----- VARIABLES -----
// The game fills in last_act after every decision: the name of what the learner's choice did, such as
// SPEAK_FOR or INVITE. Use it to make characters react. In Inky's preview it stays empty, so always
// write something that reads well when it is empty too.
VAR last_act = ""
// The game sets last_self_focus to true when the learner's choice made the moment about themselves.
VAR last_self_focus = false
// Your own variables: whole numbers or true/false only.
VAR rosa_spoke = false

// The story starts by jumping to the first knot.
-> lounge

=== lounge ===
// ----- A SCENE -----
// scene: starts a new scene. Put it on the first line of a knot. Everyone leaves the stage, and the
// scene settings (harm, duty, unsafe, rank) go back to normal. Facilitators can skip a scene, so write
// each scene so it still makes sense if the one before was skipped.
# scene: lounge
// enter: puts a person on stage. The people at the centre of the story must be on stage and speak.
# enter: rosa
# enter: ben
// access: how easily the person can speak up here: able, able_with_support or substantial_difficulty.
# access: rosa able_with_support
// prop: something visible on a character, in one word, such as a badge or a clipboard.
# prop: ben clipboard
// duty and unsafe: switch on when a safeguarding or legal duty applies, or when telling the person
// would put them at risk. Neither applies here, so they are shown switched off.
# duty: off
# unsafe: off
// rank: where the learner stands compared with the most powerful other person here: below, peer or above.
# rank: peer
Tuesday morning at the day centre. Ben, the activities coordinator, is planning next week's outing.
// speaker: who says the line. to: whom they say it to. Use speaker: you for the learner's own words.
"We're thinking garden centre. What would Rosa like to do?" # speaker: ben # to: you
Rosa is sitting next to you. She follows English well when people speak clearly and give her a moment.
// harm: switch on when someone is being harmed. exclusion means they are being talked past or about
// in front of them. Use harm: off when it stops.
# harm: exclusion
// ----- BEFORE A DECISION -----
// discuss: a question for the group to talk about, shown before the choice.
# discuss: Ben asked you, not Rosa. What would each answer say about who gets to decide?
// note: for the facilitator only: what the law says, what people disagree about, what to watch for.
# note: Rosa is here and can answer with a little time. Answering for her, even correctly, is speaking for her.
// theory: links one of the Script's knowledge cards by its key.
# theory: with_for_to
// ----- A DECISION -----
// Each option has at least one move tag INSIDE the square brackets. The move says what the choice does;
// the game works out what it means from who is present and who asked for what. Before each option,
// write a comment saying what it should come out as, and why.
// SPEAK_FOR: Rosa is present and able to answer with support, and she has not asked you to speak (R1).
// reflect: your own question for the debrief of a learner who took this option. Ask one thing, true on every
// path that takes it. Like move:, it goes INSIDE the square brackets.
* ["She'd like the market. She's always talking about it." #move: relay rosa #reflect: You knew what Rosa likes. What would it have taken for her to say it herself?]
    "She'd like the market, I think. She's always talking about it." # speaker: you # to: ben
    "I can answer for myself, you know. And I said the fabric stall, not the market." # speaker: rosa # to: you
    // ----- AFTER A DECISION -----
    // moment: a short name for this decision. Use the same words in every option of the decision.
    # moment: Planning the outing
    // perspective: what this person noticed about what the learner did, in their own voice.
    # perspective: rosa: You knew I like the market. But you said it for me, and you got it a little wrong.
// HOLD_SPACE: Rosa is being talked about in front of her, and you leave a pause for her (R3).
* [Turn to Rosa and wait #move: silent rosa leaves_pause]
    ~ rosa_spoke = true
    You turn to Rosa and wait. Ben follows your eyes.
    // reveal: from this line on, the learner has been shown a facet marked invisible or unvoiced in the cast.
    "The market. There is a fabric stall there. I made dresses for forty years." # speaker: rosa # to: ben # reveal: rosa employment
    # moment: Planning the outing
    # perspective: rosa: You did not answer for me. You waited, and then Ben asked me himself.
// INVITE: you ask Rosa directly, privately, and she has not said she wants to be left out (R10).
* ["Rosa, where would you like to go?" #move: invite rosa]
    ~ rosa_spoke = true
    "Rosa, where would you like to go?" # speaker: you # to: rosa
    "The market. There is a fabric stall. Ben, you should see the prices." # speaker: rosa # to: ben
    # moment: Planning the outing
    # perspective: rosa: You asked me. It is a small thing. It is not small.
// The minus sign gathers all the options back together, then the arrow moves on to the next knot.
- -> office

=== office ===
# scene: office
# enter: gloria
// next_scene: where "Skip this scene" goes: the knot named here. Without this tag it goes to the next scene.
# next_scene: ending_market
// exit: takes a person off stage. Rosa has gone to lunch.
# exit: rosa
// mandate: what the person has asked of you: asked, consented, known_wishes, none or declined.
# mandate: rosa asked
// wants: whether the person wants someone to step in: yes, no or unknown.
# wants: rosa yes
// consent: the person agreed that one piece of information (one word) may be shared, here only with Gloria.
# consent: rosa shop to=gloria
# rank: below
{
- last_act == "SPEAK_FOR":
    Before lunch, Rosa caught your sleeve and asked you to tell Gloria, the manager: the fabric stall at the market. Her words this time, not yours.
- else:
    Before lunch, Rosa asked you to tell Gloria, the manager, that she wants the fabric stall at the market, and that she ran her own dress shop, so she knows good cloth.
}
"Ben says there's a market idea. Does Rosa actually want it, or is this Ben's?" # speaker: gloria # to: you
# discuss: Rosa is at lunch and asked you to pass this on. How is this different from the lounge?
# note: Passing on words someone asked you to pass on, while they are away, is advocacy. Guessing is not.
# theory: allyship_advocacy
// ADVOCATE: Rosa is absent and asked you to pass on her words (R1).
* [Pass on what Rosa asked you to say, in her words #move: relay rosa]
    "She asked me to tell you: the fabric stall at the market. She ran her own dress shop for years." # speaker: you # to: gloria
    "Then it's the market." # speaker: gloria # to: you
    # moment: Telling the manager
    # perspective: gloria: It was clear whose idea it was, so I could say yes without a meeting.
    -> ending_market
// REMOVE_BARRIER: asking for time (the room flag) so Rosa can speak for herself (R11). Marked contested:
// it keeps the idea in Rosa's own voice but delays the booking, and practitioners disagree about which
// matters more here. Mark two or more options of a decision like this when people genuinely disagree.
* [Ask Gloria for ten minutes with Rosa after lunch #move: adjust rosa room #contested]
    "Could you give her ten minutes after lunch? She'd rather tell you herself." # speaker: you # to: gloria
    # moment: Telling the manager
    # perspective: gloria: It cost us the coach booking for a day. I heard it from Rosa, though.
    -> ending_market
// BYSTAND, contested: she wanted you to speak up, and you stay quiet (R3).
* [Tell Gloria it isn't really your place to say what Rosa wants #move: silent rosa #contested]
    "I'd rather not say for her, really." # speaker: you # to: gloria
    "Garden centre, then. It's easier for the coach." # speaker: gloria # to: you
    # moment: Telling the manager
    # perspective: rosa: I asked you to tell her. You made it sound as if I had said nothing.
    -> ending_garden

=== ending_market ===
// An ending: a knot that finishes with an arrow to END. Write more than one.
Next Tuesday, Rosa spends twenty minutes at the fabric stall{rosa_spoke: and tells Ben more than he ever wanted to know about linen}.
-> END

=== ending_garden ===
Next Tuesday, the coach goes to the garden centre. Rosa stays in her seat and looks out of the window.
-> END
