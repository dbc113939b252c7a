# title: Standing Alongside
# summary: You're a council's Director of Adult Social Services, paired for six months with Samir, who runs a peer-support charity for refugees and says in public what your council gets wrong.
# minutes: 15
# role: Director of Adult Social Services in a local council
# outcome: Stand alongside a community partner rather than fixing things for them, and be honest about what you can't do.
# outcome: Carry someone's words into a room they're kept out of when they've asked you to, credit them, and push for their own seat.
# outcome: Challenge a powerful colleague's plan to use people's stories, even when that colleague is on your side.
# outcome: Take fair public criticism without defending the organisation, and promise only what's yours to give.
# content_note: Poverty, seeking asylum and refugee life come up, and a council is criticised in public.
# content_note: A woman's private story is at risk of being told on a public webcast.
# review: Written by the product team. In December 2026 it was revised many times with AI reviewers (one briefed as a UK health and social care educator, one to find stereotypes) and AI cold readers (single readers, panels, simulated rooms, and readers shown only its options), and most facts were checked against primary sources (its notes say which were not). Not yet reviewed by people with lived experience of seeking asylum, of refugee status, of running a community organisation, or of being a minoritised member of council staff, and nobody with that experience has yet been paid to review it; review planned.
# author: The Allyship Theatre team
# cast: samir = Samir Haddad; pronouns: he/him; age: 34; ethnicity: Syrian Arab; religion: Muslim (selective); immigration: refugee status (selective); relationship: his mother is still in Homs, and he hasn't seen her for eight years (invisible); employment: runs New Roots, a peer-support charity for refugees and people seeking asylum
# cast: hawa = Hawa Adam; pronouns: she/her; ethnicity: Sudanese; immigration: waiting for a decision on her asylum claim, so not allowed to work (invisible, insecure); caring: bringing up her daughter alone (unvoiced); education: taught secondary maths for twelve years (invisible); language: Arabic first, learning English (communication); religion: Christian, sings alto in her church choir (selective)
# cast: begum = Cllr Nasreen Begum; pronouns: she/her; employment: cabinet member for health and adult care, chair of the Health and Wellbeing Board; ethnicity: British Bangladeshi (minoritised); gender: woman; class: grew up on the Fairfield estate she now represents (invisible)
# cast: joy = Joy Adeyemi; pronouns: she/her; ethnicity: Black British of Nigerian heritage (minoritised); employment: senior social worker in your department, who chairs its race equality staff network in her own time; age: 45; education: qualified part-time, while working as a care assistant (invisible); culture: grows ugu and peppers on an allotment, and brings the surplus to work (selective)
# cast: lorna = Lorna Kerr; pronouns: she/her; ethnicity: white Scottish; employment: head of the adult social care front door, which answers the public's first call; class: started as a care assistant at sixteen (invisible); caring: looks after her adult son, who has epilepsy (unvoiced); age: 52

VAR last_act = ""
VAR last_self_focus = false

// S4, from seed 003 (the Leeds Health and Wellbeing Board allyship pairing: standing alongside, not sorting or
// fixing). The learner is the council's statutory Director of Adult Social Services, a member of the Health and
// Wellbeing Board. Rank is above with Samir, Hawa and Lorna, and below wherever Cllr Begum chairs: she's an elected
// member and the director is an officer who answers to members.

// How far Samir trusts the learner. Up when his words and decisions stay his; down when he's decided for or
// spoken over.
VAR samir_trust = 0
// How far Hawa trusts the learner with her own business.
VAR hawa_trust = 0
// Month one: money promised from the director's own budget, outside the grant rules (probity).
VAR promised_money = false
// Month one: the Director spent the one favour with the trust's chief executive, meant for winter beds, on the
// cashiers; month four shows what it was meant for.
VAR favour_spent = false
// Month one: the learner told Samir the limits and said yes to what he asked (a morning on the front-door phones).
VAR took_shift = false
// Month two: Samir trusted the learner enough to ask them to carry his points.
VAR samir_asked = false
// Month two: the learner pushed the chair, and Samir sits in the public gallery at the board.
VAR samir_in_room = false
// Month two: the learner offered the chair Hawa's story.
VAR story_offered = false
VAR hawa_exposed = false
// Month one: the learner asked Hawa to speak to the board herself (she said no, in so many words).
VAR hawa_asked_to_speak = false
VAR points_made = false
// Month three: the script gets rewritten with New Roots and the front-door staff together.
VAR script_together = false
// Month three: the director stopped the no-recourse line the same day, before the new script was written.
VAR line_stopped = false
VAR lorna_backed = false
VAR accountable = false
// Month four: the Director agreed to all of Samir's list on the record, his volunteers' pay included (a money
// promise to a pairing partner, like month one's).
VAR forum_promise = false

-> first_visit

=== first_visit ===
# scene: first_visit
# rank: above
# theory: leeds_pairing
Month one: October half-term. The Health and Wellbeing Board has paired each member with a community organisation, meeting every two months, taking turns to host.
You're the council's Director of Adult Social Services, on the board by law, paired with Samir Haddad.
# enter: samir
# enter: hawa
New Roots meets above a launderette: a dozen people round tables with forms, phones and children.
Samir's blog post about your front door, the line people first ring for help, was shared two thousand times.
"Welcome. I should say: I've been rude about your council in public, and will be again." # speaker: samir # to: you
He smiles; at one he's off to Friday prayers.
A volunteer has been on hold to your front door for forty minutes, for a man who speaks only Tigrinya. She does it four mornings a week, unpaid; New Roots can't always cover her fares.
She gets through, and catches your eye. "Forty minutes. You can tell them that."
Hawa Adam comes over.
"I run the homework club on Wednesdays. Twenty-two children, and the tables are mine until six. Then choir." # speaker: hawa # to: you
Samir passes his ringing phone to Hawa.
"One of my Wednesday mothers. This morning she showed the hospital cashier her HC2, the NHS paper, and Samir's printout of the fares rules. The cashier still said medicines only. She walked home with the baby, and goes back on Tuesday." # speaker: hawa # to: you
Round the table, people have stopped pretending not to listen.
"So. Eleven officers have asked me to explain our families. Our members told it once, for the report you hold. None had read it. What did you come for?" # speaker: samir # to: you
# discuss: What is this pairing for, and who gets to decide that?
# note: The Leeds model (seed 003) pairs board members with community organisations, visits alternating about every two months, on principles of transparency and accountability, recognising power and privilege, active listening and long-term advocacy: "not sorting or fixing things, but understanding and standing alongside". A director who promises a charity money in its own room, in front of its volunteers, makes themselves its benefactor: fares are expenses, and a director can often authorise a small payment under delegated powers, but this promise is made in public, to the pairing partner, before knowing the budget or the route, which is a probity problem as well as deciding for Samir. Samir has said, before his question, that eleven officers asked him to explain the families, that his members told it once, for a report the council holds, and that none had read it: promising to read it and asking what's changed since is the careful listening that sounds best, and it still asks him and Hawa, unpaid at their own table, for another telling. Watch for the offer that feels most generous: the volunteers' fares are a real need, and saying "I can't" to a listening table costs face. Telling Hawa the cashier is wrong is true (NHS England's HC2 guidance, in the next note), and New Roots already knows it: it answers Samir's question with their own business.
* [Tell Samir his volunteers do your front door's work, and you'll see their fares are covered this year. #move: act_on_behalf samir self_focus #reflect: The offer was meant to be fair to unpaid volunteers. Whose rules did it step round, and who would have carried the cost?]
    ~ promised_money = true
    "Your volunteers are doing our job. That isn't right. I'll see their fares are covered this year, from my budget." # speaker: you # to: samir
    Samir glances at Hawa.
    "Thank you. I'll believe it when it's in writing. Through your grant round, though, where anyone can see it." # speaker: samir # to: you
    A volunteer asks how much, and when. You don't know.
    # moment: The first visit
    # perspective: samir: Generous, and fast. Too fast. Now my volunteers are counting money I haven't seen.
    # perspective: hawa: Someone important made a big promise in our small room. I've seen that before, in two countries.
* [Tell Samir you can open doors in the council but can't give grants, and ask what he wants the pairing for. #move: invite samir #reflect: Samir's answer cost you a morning and your chief executive's patience. Was it worth it, and would you pay it in your own job?]
    ~ samir_trust += 2
    ~ took_shift = true
    "What do you want this to be for? I can open doors inside the council and ask awkward questions. I can't give you a grant, and I can't change immigration law." # speaker: you # to: samir
    Samir sits back.
    "All right. Then here's what I'd ask first. Spend a morning answering your own front-door phone line. Not a visit. A shift." # speaker: samir # to: you
    You say yes. The only free morning is the chief executive's savings meeting. You move it.
    Your PA texts. The chief executive's office has noticed, and would like to know what's more important than savings.
    # moment: The first visit
    # perspective: samir: I put the date in my diary. If you don't turn up, that's my next blog post.
// Sixteenth round (room 15: six of six took this again; "None had read it" became the reason to take it, homework
// done, and nothing weighed what asking again costs): the mothers told it once, for the report, in Samir's words, so
// "what's changed since" asks them again; reading it keeps its pull. Verdicts unchanged.
// Fifteenth round (room 13: six of six took this, "don't make them explain a twelfth time"; judge KEEP): Samir's
// "None had read it" gives reading the report a real pull, in his words, without a sneer at listening (reviews:
// "They listened nicely" marked the other eleven and read as the examiner); the option still asks a twelfth talk.
// Fourteenth round (all three options-only readers took this, listening first): Samir says before his question
// that eleven officers asked him to explain the families and the answer is on a shelf in the Director's building,
// so the learner can see it is a twelfth ask (BURDEN) before choosing it. Review fix (both reviewers: after line
// 78 the old ask was a straw man): the careful version, owning the report and asking what's changed since. It still
// asks him to teach you, unpaid, at his own table.
* [Tell Samir and Hawa what you can't do, say you'll read the report, and ask what's changed since they wrote it. #move: ask_to_educate samir #move: ask_to_educate hawa #reflect: Samir had counted eleven officers before you. What did "Twelve, then" tell you about those visits, and what would make yours different for New Roots?]
    ~ samir_trust -= 1
    "I can't fund you. I'll read your report. What's changed for the families since you wrote it?" # speaker: you # to: samir
    "Twelve, then. Nothing's changed but the count. Page six is still the front door." # speaker: samir # to: you
    "Then come and help with homework. You'll learn more." # speaker: samir
    Hawa laughs, not unkindly.
    "The children will teach you. They're better at forms than we are." # speaker: hawa # to: you
    # moment: The first visit
    # perspective: samir: Twelve talks now. I'll give a thirteenth if it gets page six read.
    # perspective: hawa: I don't mind telling. I mind telling and then nothing happens.
// Tenth round: what three seats of the room said they'd say first. Eleventh (f13): that New Roots already know the
// rule is shown before the choice (the mother took Samir's printout of the fares rules to the cashier; f15: "the
// cashier still said", so no "he" can make Samir's page the mistake); the cashier is the problem. Answering "what did
// you come for" with their own business is deciding for them what the visit is about (DOING_FOR, no mandate in this
// scene), well meant and true. f15: each label carries its own act (the best, the lever it puts at Samir's disposal;
// this one, that it sends the mother back to the same window), so the case for each is visible when choosing.
* [Tell Samir what you can't do, and tell Hawa the cashier's wrong: the HC2 covers hospital fares, and the mother should claim again on Tuesday. #move: act_on_behalf hawa #reflect: You told Hawa what the HC2 covers. What did she already know, and what had Samir asked you?]
    ~ samir_trust -= 1
    "I can't fund you. But that cashier's wrong: the HC2 covers fares to hospital. Tell her to claim again on Tuesday." # speaker: you # to: hawa
    "We know. The cashier doesn't." Hawa passes the phone back. # speaker: hawa # to: you
    Samir tells the mother a director says so too, and goes back to his forms.
    # moment: The first visit
    # perspective: samir: True, and quick, and about the thing in front of you. I asked what you came for.
    # perspective: hawa: A director said the cashier's wrong. I'll tell the mother that much.
- -> walk

= walk
Samir goes to prayers; Hawa pulls a chair over.
"Last winter my daughter had a hospital appointment every week. The bus is too much on our money, so we walked. Forty minutes each way." # speaker: hawa # to: you
# reveal: hawa caring
"The choir thinks they're check-ups. I'd like it to stay that way." # speaker: hawa
"I have the same paper while they decide my claim. I thought it covered medicines only, till Samir checked. I go to the cashier at half past two, when it's quiet. Four more appointments." # speaker: hawa
# reveal: hawa immigration
She shows you her hospital letter: bring your HC2 for prescriptions. Nothing about fares. Six mothers on Wednesdays have the same letter.
"If it said fares, no cashier could say no." # speaker: hawa # to: you
At her table a boy holds up his fractions; Hawa finds the mistake upside down.
# reveal: hawa education
Her phone buzzes: the mother from this morning, asking who'll lend her Tuesday's bus fare.
Your discharge lead texts: "The trust's chief exec still owes you one. We'll need it for winter beds."
// The calendar, named where scenes open: month one October, month four January (the March board two months
// off), month six March, after that board (so what follows month six is April or May). Her weekly walks were last
// winter. Hawa came to the Director's end of the table to tell this (she wants it carried), and has shown how she
// keeps herself unnoticed at the cashier's desk and that her choir doesn't know: wishes clearly and recently
// expressed.
# mandate: hawa known_wishes
# wants: hawa yes
// Fifteenth round (room 13: six of six seats took the cashiers, nothing pulled the other way): the favour's other
// claim is a person with a reason, the discharge lead's text, before the choice, not a narrator's aside. Verdicts
// unchanged.
// A third person was turned away today: the cashier is wrong now, not only the letter. Hawa's wish covers her own
// name and the fix she can see (the letter); it isn't all that's wrong, and the letter can't change by Tuesday.
# harm: on
# discuss: Hawa has told you about the letter and the cashiers, and how she gets by at that desk; your discharge lead wants the favour kept for winter beds. Who should carry it from here, and what will it cost you?
# note: People on Home Office asylum support (section 95) are sent an HC2 certificate automatically: the Home Office tells the NHS, and the NHS Low Income Scheme (run by the NHS Business Services Authority) issues it, within about 21 days (NHS England, Guidance to support HC2 application for asylum seekers; checked 2026-12-06). It covers prescriptions, dental care, sight tests and necessary travel to hospital for treatment under a consultant (the same guidance; checked 2026-12-05). Fares are claimed at the hospital's cashier, or by post on an HC5(T) within three months, with the receipts, the HC2 and the appointment letter (NHS Business Services Authority, Healthcare Travel Costs Scheme refunds; checked 2026-12-07), so a cashier who turns an HC2 holder away is wrong, and a refused fare isn't lost, only delayed, to a mother who had to find it. Hawa thinks a line about fares in the letter would stop the cashiers, and in time it would; she keeps herself unnoticed at that desk, with four appointments to go. Her wishes cover her own name and her part; it doesn't make the letter the only thing a director who now knows about the cashier, and the mother's Tuesday, can act on. Getting the cashiers told by Tuesday spends the Director's one favour with the trust, meant for winter discharge beds (other people's need, which the discharge lead's text puts on the page before the choice, and a real price: where it's spent, nine people wait in hospital for beds in January); the letter costs two emails and takes till April. Practitioners disagree whether keeping it for beds is triage or standing by; the cashiers are refusing a lawful entitlement now, to people who have told the Director, which is why ringing still outscores the letter alone. Asking her to carry it herself, or to prove it, makes her carry it twice. Sending the chief executive a photo of her letter is the most persuasive move, and it works, sooner than the others; it also sends her name and hospital number, which the point didn't need (Caldicott principle 3: the minimum necessary), into a complaints system, and consent a director asks of someone awaiting an asylum decision is hard to refuse (UK GDPR Recital 43, on imbalance of power). The same photo with her details covered, or a blank copy from the trust, would have made the point without her. Practitioners disagree on whether asking her makes it hers to give, so that verdict is marked as disputed, and so are the letter alone and ringing, where the favour is the question: talk them through.
* [Ask Hawa if you can send the trust's chief executive a photo of her letter, with a note about fares. #move: act_on_behalf hawa #move: disclose hawa info=letter #contested #reflect: The letter made the point better than you could. What else was on it, and who saw that?]
    ~ hawa_trust -= 2
    "Can I send the trust's chief executive a photo of your letter? He should see exactly what it says, and what it doesn't." # speaker: you # to: hawa
    Hawa looks at the letter for a moment, then hands it over.
    The chief executive replies that evening: the letter will change by March. On Tuesday the cashier still says no, and Samir pays the mother's fare from New Roots' tin.
    His office sends your email on to the patient experience team, who log it as a complaint, with her name and hospital number from the photo. At the next appointment the clerk asks whether Hawa's the lady who wrote to the chief executive.
    # moment: Hawa's letter
    # perspective: hawa: You asked nicely, and you're a director. The letter changed. So did the desk: now they know my name there, and why.
    # perspective: samir: You got the line in the letter. She's the one who pays for it at the desk, at every appointment she has left.
// f15, the courage -2 checked against the voice model: \`silent\` here is the cashiers' refusals, not the letter's
// timing. R3: with \`harm\` on, silence is BYSTAND, and C is -2 when \`rank: above\` (a Director who knows a third
// mother was turned away today, and holds the lever, leaves the refusals running till April). Her wish covers her
// name, which this option keeps out, not the cause (R3's exception). So 1/1/-2 stands.
// Fifteenth-round review (educator): after the discharge lead's text, keeping the favour for beds is triage many
// practitioners would defend, so this and ringing are marked contested (with the photo, the debrief shows all
// three); scores unchanged. The best's label says it spends the favour, so the beds' pull reaches the vote.
* [Email the trust's chief executive asking for a line about fares in every appointment letter, no names. #move: act_on_behalf hawa #move: silent #contested #reflect: You went for the letter and kept the favour for beds. What happened at the cashier's window till April?]
    ~ hawa_trust += 1
    "I'll ask the trust for a line about fares in its letters. No names." # speaker: you # to: hawa
    "If it says fares, they can't argue." Hawa folds the letter back into her bag. # speaker: hawa # to: you
    It takes two emails and a copy to the Integrated Care Board. In April the letter gets its line about fares, and after that no cashier argues with it.
    Until then, on Tuesdays, one of Samir's volunteers goes to the cashier's window with whichever mother has an appointment.
    # moment: Hawa's letter
    # perspective: hawa: The line came in April, and my name kept out. The mother from the phone call paid the bus three more Tuesdays. I'd have asked you about her, if I'd thought you could.
    # perspective: samir: My volunteers spent their Tuesdays at that window till April. Some weeks they won the argument, and some weeks the mother walked.
* [Spend the favour: ring the trust's chief executive before Tuesday about the cashiers, no names, and the letter. #move: act_on_behalf hawa #move: adjust hawa #contested #reflect: Hawa thought the letter was the fix; you went after the cashiers first, with the favour meant for beds. Who did that help by Tuesday, and who waited in January?]
    ~ hawa_trust += 2
    ~ favour_spent = true
    "I'll ring the trust about the cashiers, as a point from New Roots, no names, and raise the letter while I'm at it. I'll come back on Wednesday." # speaker: you # to: hawa
    "Wednesday, then. After homework club." # speaker: hawa # to: you
    It takes two calls, and the favour you'd meant for winter beds. On Monday the cashiers are told: the HC2 covers fares.
    On Tuesday the mother gets her fare back. On Wednesday you tell Hawa: the cashiers are done, the letter agreed, not done.
    In April the letter gets its line about fares.
    # moment: Hawa's letter
    # perspective: hawa: The mother from the phone call had her fare back on Tuesday, and nobody at the desk asked her why. The letter took till April. I kept my name to myself.
    # perspective: samir: A director's favour, spent on bus fares. I've seen them spent on worse.
* [Ask Hawa if she'd come with you to see the trust's chief executive, her fare paid. #move: ask_to_educate hawa #reflect: Hawa had told you how she gets by at that desk. What would being "the lady who complained" have cost her there, and who else could have carried it?]
    ~ hawa_trust -= 1
    ~ hawa_asked_to_speak = true
    "Would you come with me to the trust's chief executive? He should hear it from you, not me. We'd pay your fare." # speaker: you # to: hawa
    Hawa is quiet for a moment.
    "Four more appointments, with my daughter. In his office I'd be the lady who complained, and at the cashier after." # speaker: hawa # to: you
    She goes back to her table and picks up her pen.
    Nobody writes to the hospital. The letter stays as it is. On Tuesday the mother borrows a one-way fare, and walks home.
    # moment: Hawa's letter
    # perspective: hawa: I told you so you could carry it. You heard a speech, and asked me to give it.
    # perspective: samir: She told me she said no to a director, in our own room. That isn't nothing. On Wednesday she'll tell the mothers herself, again.
-
// Hawa's wish (the choir thinks the appointments are check-ups) covers her story at any meeting: nobody is to tell
// it for her.
# wants: hawa no
# mandate: hawa declined
{
- promised_money:
    That first Friday, back from the mosque, Samir walks you out and asks when the grant round opens.
- took_shift:
    That first Friday, back from the mosque, Samir walks you out. "Eight o'clock," he says. "The phones open at eight."
- else:
    That first Friday, back from the mosque, Samir walks you out. The next visit is his, to you.
}
* [Month two: the chair's office]
- -> chair

=== chair ===
# scene: chair
# rank: below
# enter: begum
{ took_shift:
    You did the shift. Three hours on the front-door line, script on the screen. At ten past nine you read a caller the line for people with no recourse to public funds: there's nothing we can offer. She'd rung about her father's care, not money. You heard the line go quiet.
}
{ samir_trust >= 1:
    ~ samir_asked = true
    Last week Samir emailed you three points and asked you to make them at Thursday's board, in his name, and to ask the chair to let him speak himself.
    # mandate: samir asked
    # wants: samir yes
- else:
    Last week Samir emailed three points to the chair of the board, asked to speak at it himself, and copied you in. He didn't ask you for anything.
}
His three points: the council's cost-of-living web page sends people to benefits many of his members can't claim: they have no recourse to public funds. The front door tells people with no recourse there's nothing for them before anyone asks what they need. And his volunteers do the council's signposting, unpaid.
Two days before, Cllr Nasreen Begum, the board's chair and your cabinet member, calls you in.
"Thursday's cost-of-living item. I don't want bullet points. Members switch off. I want one real family, no names, so they feel it." # speaker: begum # to: you
"And before you ask: Mr Haddad isn't coming to the table. He called this council cruel on local radio. I'm not giving him my chamber to do it again on the webcast." # speaker: begum
# discuss: The chair is on the side of the people in the report, and she's about to leave one of them out. What do you say to someone with more power than you who means well?
# note: The chair decides the agenda and who speaks; an officer can still advise, object and ask. A story told at a Health and Wellbeing Board goes on the public record: the board is a committee of the council (Health and Social Care Act 2012, s194), so its meetings are public, and this council films them. Offering a story that was told you in confidence is sharing it without consent, however carefully it's told, and a promise to ask first doesn't undo that: the outline is already on the chair's pad, and a question asked after a councillor has said "that's what I want" is not a free one. The chair's wish for "a face" is common and well meant: ask whose face, and who decided.
# theory: amplification
* [Argue with the chair, and ask her for five minutes for Samir at Thursday's board. #move: challenge #move: sponsor samir #reflect: Pushing the chair cost you your own paper. What made it worth it, or not?]
    ~ samir_in_room = true
    ~ samir_trust += 1
    "I think he should be heard, Chair. He's asked, and about the front door he's right. Five minutes?" # speaker: you # to: begum
    Cllr Begum looks at you for a long moment.
    "You're an officer. I set my agenda." # speaker: begum # to: you
    "He can sit in the public gallery. If the item runs short, I may call him. To leave room for that, something comes off Thursday: your front-door staffing paper goes to March." # speaker: begum
    It's the paper that asks for six more advisers on the front door.
    # moment: The chair's office
    # perspective: begum: I didn't enjoy being told. Making room for him cost me a paper I wanted on Thursday too.
    # perspective: samir: A seat in the gallery isn't a seat at the table. It's more than I had last week.
* [Agree the chair's terms, and open with Samir's three points in his words, credited to him. #move: silent samir #reflect: You chose not to push the chair in her office. What did that choice decide about who sat in the chamber on Thursday?]
    "Understood, Chair. I'll open the item with Samir's three points, and say they're his." # speaker: you # to: begum
    "Good. A face, mind. Not a list." # speaker: begum # to: you
    Back in your office you start drafting. Samir's name is in the first line.
    # moment: The chair's office
    # perspective: begum: No argument. Either the director agrees with me, or the director's saving it for Thursday.
    # perspective: samir: I asked for a seat. I heard later you didn't ask her for one.
// Eleventh round (options only): the trap asks for Samir's five minutes too, so the best is not the only option
// that asks for his voice. The chair takes the story and turns him down; it is still OVERRIDE (Hawa's choir).
* [Offer the chair one mother's winter, if she'll agree, and ask her for five minutes for Samir. #move: disclose hawa info=story to=begum #move: sponsor samir #reflect: The chair asked you for one real family. What could you have offered her instead of Hawa's winter, and what would that have cost you?]
    ~ story_offered = true
    ~ hawa_trust -= 2
    "There's a mother I met at New Roots. She runs their homework club. She walked her daughter forty minutes to hospital every week last winter because she couldn't afford the bus. I'd ask her first. No names. And Samir would like five minutes." # speaker: you # to: begum
    Cllr Begum puts her pen down.
    "Ask her, then. That's what I want Thursday. Tell it exactly like that. Mr Haddad, no." # speaker: begum # to: you
    On your way out you see the chair has already written "homework club, walk, hospital" on her pad.
    # moment: The chair's office
    # perspective: begum: Exactly what I asked for. I said "ask her". I'd already written it down. That's on me as well.
    # perspective: hawa: I told one person, at our table. Now a councillor has it on her notepad.
- -> board

=== board ===
# scene: board
# rank: below
// Samir has asked to be heard at this board, by the chair or through the learner, on every path.
# wants: samir yes
# enter: begum
Thursday. The board meets in public.
// Sixteenth round (room 15, walk 43, where he asked the Director nothing: six of six read his points, credited, and
// added the volunteer; nobody weighed the half hour): his own wish, said to the Director before the choice, to make
// his points himself if she lets him. Her agenda, her webcast and the volunteer's "tell them" still pull to reading.
// Where he asked the Director to carry them, the line is as before. Verdicts and contested marks unchanged.
// Fifteenth round (room 13 never weighed asking the chair to call him; judge KEEP): the chance she named ("if the
// item runs short, I may call him") is on the page, paid for with the Director's own paper; her agenda and webcast
// still stand.
{ samir_in_room:
    # enter: samir
    Samir is in the public gallery in his good jacket, notebook on his knee. {samir_asked:The item has half an hour.|On the stairs he told you: "I came to make my own points."}
}
{ not favour_spent:
    The trust's chief executive sits two places from the chair. This week his cashier turned away another Wednesday mother.
}
{
- story_offered:
    "Director. The mother you told me about, please. The one with the walk." # speaker: begum # to: you
- else:
    "Director, the board needs more than figures. What are you actually hearing from communities?" # speaker: begum # to: you
}
# discuss: Two people aren't at the table. One sent three points and asked to be heard; one asked that her story stay where she told it. How does that change what you say?
# note: Relaying what someone asked you to say, credited to them, when they're kept out of the room is advocacy; so is passing on their request to be heard in person. Declining to say it leaves their voice out this time, however principled the reason; asking for a slot next time, with him out of the room, is still a real barrier removed, so the debrief shows the refusal in its courage, not its voice. A story told without consent is not advocacy, however moving, and a webcast makes a small community easy to identify; carrying Samir's points, as he asked, doesn't make a story he never gave you his to spend. Watch for the option that feels most careful, and the one that gives everyone in the room what they asked for. Where the trust's chief executive is at the table and the cashiers still turn mothers away, the cashiers are a point worth making there; the walk to hospital is Hawa's. Where he didn't ask you to carry his points and has told you he came to make them himself, reading them for him is speaking for him, credited or not; leaving them for him to make does what he said, and leaves it to the chair whether he's heard today, which asking her to call him does not. With Samir in the gallery, practitioners disagree whether an officer should ask the chair, on her webcast and after she has said she sets her agenda, to hear him now, or put his words on the record, credited, and leave the floor to her: where he asked you to carry them, that pair is marked as disputed. With him in the gallery, asking for next time passes on less than he asked for: it counts as advocacy, not as a barrier removed. After the choice: what the Director found of their own service at New Roots, a volunteer already forty minutes on hold, who said "you can tell them that", nobody named, is theirs to tell, and backs Samir's points at a cost with their own staff; a walk told in confidence is not. The options word both as one woman's forty minutes: only what each woman said in month one tells them apart.
# theory: amplification
// Eleventh round (options only): the best's words out of the room. With him in the gallery they pass on a request
// for him (act_on_behalf), not a barrier removed. No label names the gallery: the scene does, before the choice.
// Twelfth round (educator): marked contested only where Samir asked you to carry his words; unasked, it is
// SPEAK_FOR with him twenty feet away, far below asking the chair to call him, and nobody disputes that.
* {samir_in_room && samir_asked} [Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: on hold to your own front door. #move: relay samir #move: act_on_behalf samir #contested #reflect: Samir was in the gallery, and you read his points for him. What would asking the chair to call him have cost you, there and then?]
    -> read_here
* {samir_in_room && not samir_asked} [Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: on hold to your own front door. #move: relay samir #move: act_on_behalf samir #reflect: Samir was in the gallery, and you read his points for him. What would asking the chair to call him have cost you, there and then?]
    -> read_here
// Seventh round: the trap carries Samir's points too (what he asked) and the face the chair asked for, so it is
// no longer "the story instead of the points"; it still tells Hawa's winter on the webcast. Twelfth round (cold
// read: the best was the one that did everything): it asks for his next-time slot too, so it is the complete-looking
// one; what it adds is Hawa's, which the scene has shown. Its next-time ask scores as the best's own words do.
// Fourteenth round (options only, 3 of 3 readers: the best was the trap without its add-on): the best adds one
// too, the volunteer the Director saw on hold to their own front door before Samir's question (theirs to tell, nobody
// named; no move of its own, like the figures'), so the two differ in whose forty minutes they add. "No names" is
// gone from the trap: it marked it, and was its excuse. Review fixes (session 9): the volunteer says "you can tell
// them that" in month one, so it is hers to give; the Director's own words say only what they found (already on
// hold), blaming nobody, no language named; where the chair was offered the mother, the best takes the offer back
// in public first (text only, no move).
// Session 18 (issue 16, cold read 17: both readers took the best by whose forty minutes it added, "the volunteer
// you found" against "last winter's walk"): both add-ons are now one woman's forty minutes at a service's hands, and
// only the scene says which was given to tell. The invite says where it is asked (her own webcast). Scores unchanged.
// Mend-a (educator18a C2, C3 in part): the walk names her daughter, whose appointments they were (the scene says so);
// "what one woman told you" in both was left, since neither label says who told it (session 18). The webcast is the
// council's and the chamber is hers, so the invite asks "on camera in her own chamber". Scores unchanged.
* {not samir_in_room} [Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: walking her daughter to hospital each week last winter, to save the fare. #move: relay samir #move: adjust samir room #move: disclose hawa info=story #reflect: You gave the board Samir's points, his request and the family the chair wanted, and left out her name. What else did you leave in, and who would know it?]
    -> winter_told
* {samir_in_room} [Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: walking her daughter to hospital each week last winter, to save the fare. #move: relay samir #move: act_on_behalf samir #move: disclose hawa info=story #reflect: You gave the board Samir's points, his request and the family the chair wanted, and left out her name. What else did you leave in, and who would know it?]
    -> winter_told
* {not samir_in_room} [Read out Samir's three points in his words, say they're his, ask to hear him next time, and add one woman's forty minutes: on hold to your own front door. #move: relay samir #move: adjust samir room #reflect: One of Samir's points criticised your own front door on camera. What did saying it cost you, and who heard it?]
    ~ points_made = true
    ~ samir_trust += 2
    { story_offered:
        "Not the mother, Chair. I shouldn't have offered her. It's hers to tell, and she hasn't." # speaker: you # to: begum
        Cllr Begum's pen stops. "I built this item round her, Director. Go on, then." # speaker: begum # to: you
    }
    "These aren't my words. They're Samir Haddad's, from New Roots. {samir_asked:He asked me to bring them.|He sent them to this board.}" # speaker: you # to: begum
    You read the three points. Your staff are watching the webcast.
    "And one thing of mine: at New Roots I found a volunteer already forty minutes on hold to our front door. That's on me, not my advisers." # speaker: you # to: begum
    "He'd like to speak to the board himself. I'd ask that he's given a slot next time." # speaker: you # to: begum
    Cllr Begum looks at you over her glasses.
    "Noted. Put him on the next agenda." # speaker: begum # to: you
    # moment: The board
    # perspective: samir: I watched the webcast. My points, my name, the one about your own front door. Then a slot for me.
    # perspective: begum: An officer criticising their own service in my chamber, and crediting the man who said it first. I noticed.
// Final check (f11-s4): the New Roots item next time is the Director's own deferral, not Samir's request (he
// asked to be heard at this board). With him out of the room an agenda slot is still a barrier removed (R11 room);
// with him twenty feet away in the gallery it is only passing on a request for him (act_on_behalf: ADVOCATE with
// his mandate), so it scores below reading his points, credited; without his ask (he emailed the chair), the same
// words are DOING_FOR, 0/-1/-1, level in total with reading his points (SPEAK_FOR, -1/-1/0) and above it in voice.
* {not samir_in_room} [Leave Samir's points for him to make, give your front door's own figures, and ask the chair for a New Roots item next time. #move: silent samir #move: adjust samir room #reflect: You answered with your own service's figures and left communities to speak for themselves. What happened to the words Samir wanted heard this time?]
    -> figures
* {samir_in_room} [Leave Samir's points for him to make, give your front door's own figures, and ask the chair for a New Roots item next time. #move: silent samir #move: act_on_behalf samir #reflect: You answered with your own service's figures and left communities to speak for themselves. What happened to the words Samir wanted heard this time?]
    -> figures
* {samir_in_room && samir_asked} [Tell the chair the three points are Samir Haddad's, and ask her, on camera in her own chamber, to call him. #move: invite samir public #contested #reflect: You asked the chair, in public, to let Samir speak. What did that cost you with her, and what did it give him?]
    -> called
* {samir_in_room && not samir_asked} [Tell the chair the three points are Samir Haddad's, and ask her, on camera in her own chamber, to call him. #move: invite samir public #reflect: You asked the chair, in public, to let Samir speak. What did that cost you with her, and what did it give him?]
    -> called
- (after_the_item)
{ points_made:
    The Integrated Care Board's place director asks you for Samir's number.
}
{ points_made && not samir_in_room:
    { hawa_exposed:
        Lorna Kerr, who runs the front door, emails: three of her advisers watched you criticise it on the webcast, and she'd rather have heard it from you first.
    - else:
        Lorna Kerr, who runs the front door, emails: three of her advisers watched you criticise it live. She'd rather have heard it from you first, and noticed you didn't blame them.
    }
}
* [Month three: Samir's turn to visit you]
- -> front_door

= figures
    "Chair, I won't speak for communities on camera. I can tell you what my own front door logs. Last quarter, ninety calls from people with no recourse to public funds. I'd ask that New Roots has its own item next time." # speaker: you # to: begum
    "{story_offered:Figures, Director. I asked for the mother.|Figures, Director. I did ask for more than figures.}" # speaker: begum # to: you
    She writes the ninety down, and agrees a New Roots item next time. The board moves on.
    # moment: The board
    # perspective: samir: Ninety calls, your figure, your name. My three points stayed in my email. Next time I'll have a slot.
    # perspective: begum: An officer putting their own service's numbers on my webcast. Useful. Not what I asked for.
    -> after_the_item

= read_here
    ~ points_made = true
    "These aren't my words. They're Samir Haddad's, from New Roots." # speaker: you # to: begum
    You read the three points. Samir writes something in his notebook and doesn't look up.
    "And one thing of mine: at New Roots I found a volunteer already forty minutes on hold to our front door. That's on me, not my advisers." # speaker: you # to: begum
    "He'd like to speak to the board himself. I'd ask that he's heard next time." # speaker: you # to: begum
    "Noted, Director." # speaker: begum # to: you
    # moment: The board
    # perspective: samir: My words, my name, your voice, and next time for me. I was twenty feet away.
    # perspective: begum: Very proper. He was in my gallery, and you asked me for next time. I'd told you I might call him.
    -> after_the_item

= winter_told
    ~ points_made = true
    ~ hawa_exposed = true
    ~ samir_trust -= 2
    ~ hawa_trust -= 2
    You read Samir's three points as his, and ask that he's heard next time.
    "And behind them, Chair: mothers I met at New Roots, on asylum support, {favour_spent:were|are being} sent away from the hospital cashier without their fares. Last winter one of them walked her little girl to hospital every week, forty minutes each way." # speaker: you # to: begum
    { not favour_spent:
        The trust's chief executive says he'll speak to his cashiers this week.
    }
    "Thank you, Director. Noted." Cllr Begum turns to the next speaker. # speaker: begum # to: you
    A week later a clip of it is on the council's website. Someone from Hawa's choir recognises it straight away: a mother from New Roots, a little girl at that hospital every week all winter, and Hawa had told them check-ups.
    # moment: The board
    # perspective: hawa: No name, and everyone at church knew it was me by Sunday. I told you at our table. You told the internet.
    # perspective: samir: You read my three points, then you gave them Hawa, because a story moves people more than points. It did.
    # perspective: begum: I asked for a face, and I got one. I didn't ask whose it was. I should have.
    -> after_the_item

= called
    ~ points_made = true
    ~ samir_trust += 2
    "Chair, Samir Haddad of New Roots is in the gallery. The points I'd make are his. Could he make them himself?" # speaker: you # to: begum
    Cllr Begum takes her glasses off. Two councillors turn round to look at the gallery.
    "Three minutes, Mr Haddad." # speaker: begum # to: samir
    Samir takes four. The second point, about your own front door, he makes looking straight at you.
    Cllr Begum asks him one sharp question about the web page, and writes the answer down.
    # moment: The board
    # perspective: samir: My points, on the record, in my voice. Now the chair knows my face, and I have to be right about the web page.
    # perspective: begum: I was put on the spot in my own chamber. He was worth hearing. Both things are true.
    -> after_the_item

=== front_door ===
# scene: front_door
# rank: above
// What Samir asked of the learner at the board was about that meeting, not about the front door.
# mandate: samir none
# wants: samir unknown
# enter: samir
# enter: lorna
Samir asked to see how decisions are made. You take him to the front door: forty advisers on headsets, Lorna Kerr in the middle.
{ took_shift:
    "You did a shift on my phones. You might have told me first." # speaker: lorna # to: you
}
Lorna shows Samir the no-recourse script, arms folded. It opens: "I'm sorry, there's nothing we can offer." Nothing asks about care needs first.
"My advisers read what legal gives them. Half are on the lowest grade in the building, where I started at sixteen. I'm not having them blamed for a script." # speaker: lorna # to: samir
# reveal: lorna class
"Then let my volunteers ring in as test callers." # speaker: samir # to: lorna
"Mystery shoppers on my team? No." # speaker: lorna # to: samir
// Room 13 (educator, FIX THE SCENE): the best's "write the new script with Samir's volunteers" takes up an offer
// made here, with Lorna's advisers in the room, not the test calls she refused; the first option leaves it out.
// Fifteenth round (after that fix it read as a giveaway): Lorna takes the offer and wants the old line kept till the
// new one is ready, with her reason, so the best's "from this afternoon" goes against her stated wish. Verdicts
// unchanged.
"Then two of my volunteers in a room with two of your advisers, and we write it." # speaker: samir # to: lorna
"That I'd take. But the line stays till the new one's ready. Ask every caller about needs and my nine-week list grows." # speaker: lorna # to: samir
They both turn to you.
# harm: on
# discuss: Samir asked for test calls; Lorna said no, for her team's sake. She'd take his offer to write the script with her advisers, and wants the old line kept till it's ready; meanwhile it's read to callers every day. Each option keeps faith with someone. Who is owed it first?
# note: No recourse to public funds bars most benefits and council housing, but care and support under the Care Act 2014 isn't a public fund. Section 9 says a council must assess anyone who appears to have needs for care and support, whatever it thinks of their needs or money; sections 18 and 19 then govern meeting them. Section 21 excludes people subject to immigration control whose needs arise from destitution alone, and Schedule 3 of the Nationality, Immigration and Asylum Act 2002 excludes some people (such as some refused asylum seekers and visa overstayers) unless support is needed to avoid a breach of their human rights: both are decided after an assessment, not before it (Care Act ss9 and 21, and Schedule 3 paragraph 1(1)(n), which lists Part 1 of the Care Act, read on legislation.gov.uk in its April 2015 text; ss18 and 19 and Schedule 3's human-rights exception (paragraph 3) through the NRPF Network's practice guidance for councils and a barrister's training slides quoting it, not the Acts themselves; checked 2026-12-07). A script that says "nothing" first risks that duty: the director can stop it at once and still fix the wording with the people it affects. Lorna's wish to keep the line till the new script is ready has a real reason (asking every caller about needs lengthens a nine-week list); an instruction to ask about needs first is not a gap, and the duty doesn't wait for a script. Samir's test calls are a sound way to hear what callers hear, and giving Lorna's advisers the first hearing answers her fear of blame; neither needs the old line to keep running while it happens. Stopping the line today and paying New Roots, as a charity, for the new script leaves Lorna's no to test calls standing; Samir lets them wait. Stopping the line on Monday and sending two of Lorna's advisers to redraft it with legal is decided for her team, with legal holding the pen, and leaves out the people who hear the script and the offer to write it together, which Lorna would take (Samir's test calls are deferred, not answered); it still ends the gatekeeping, which does less harm than six more weeks of callers hearing "nothing" before anyone asks what they need. People seeking asylum may volunteer, but may usually be paid only their actual travel and meal expenses (Home Office guidance on permission to work and volunteering, as quoted by GMIAU, August 2024; v17.0 not read): pay New Roots as a charity, not its volunteers. Paying a charity for a service, under the council's contract rules and with the director's pairing declared, is not a grant.
# theory: situated_knowledge
// Two of Lorna's advisers are sent to legal by the Director, not chosen by Lorna: a delegation decided for her team,
// so no decide_with (seventh round: the best is no longer the only option that stops the line and brings in the
// people who read the script).
* [Tell Lorna the line goes on Monday, needs asked first, in a script two of her advisers redraft with legal. #move: challenge #move: indirect kind=delegate #contested #reflect: The line went within the week, and Lorna's advisers wrote the new one with legal. Who was asked what callers should hear, and who wasn't?]
    ~ line_stopped = true
    "That line goes on Monday. Two of your advisers redraft the script with legal by Friday, needs first, and I'll sign it off myself." # speaker: you # to: lorna
    "Legal wrote the last one. Two of mine in the room, then." # speaker: lorna # to: you
    "And my volunteers?" In the lift you tell him you'll think about it. # speaker: samir # to: you
    The new script goes live on Monday and asks about needs first. Lorna's two advisers won the argument about its opening, and lost the one about its ending.
    # moment: The front door
    # perspective: samir: The line went in a week, and I'll say so on the blog. Nobody asked my volunteers, or the people who ring, what callers need to hear instead.
    # perspective: lorna: Two of mine in the room with legal, which is new. Legal held the pen, though, and nobody played us a single call. Half my team think they were the problem.
* [Tell Samir the wording is legal's, not the advisers', and clear your afternoon to walk him over to legal. #move: interrupt samir #move: sponsor lorna #reflect: You stood up for staff on the lowest grade, and walked Samir to legal yourself. What had he offered at the front door, and where did it go?]
    ~ lorna_backed = true
    ~ samir_trust -= 2
    "Samir, the wording is legal's, not the advisers'. I'll walk you over to legal myself this afternoon." # speaker: you # to: samir
    "And my volunteers?" # speaker: samir # to: you
    Lorna says she'll tell her advisers. Your afternoon's budget meeting goes to next month.
    Legal see Samir for twenty minutes, thank him, and say the wording is under review. The script doesn't change.
    # moment: The front door
    # perspective: samir: I came to see how decisions are made. I saw one: the council defended itself from a question.
    # perspective: lorna: I liked being backed. I'm not sure the script deserved it.
// Twelfth round (cold read: the best ticked every box): the best says what you do, plainly; the test calls, paid,
// with both of them writing the script, are now the complete-looking option, and the scene shows the line running.
// Thirteenth round (educator): the best's speech no longer pays for the test calls Lorna refused a moment before (a
// reversal its label didn't show); New Roots is paid as a charity for the script work, and Samir lets the
// test calls wait, in his own words. Fifteenth-round review: Lorna's "Against my advice, then." puts the wish the
// best overrules on the page, in her words; after the test calls (which she refused) she says "Not my choice."
* [Tell Lorna her advisers ask about care needs from this afternoon, and write the new script with Samir's volunteers. #move: challenge #move: decide_with lorna #move: decide_with samir #reflect: You stopped the line before the new one existed. Who carried the cost of that, and was stopping it first worth it?]
    ~ script_together = true
    ~ line_stopped = true
    ~ samir_trust += 2
    "That line stops now. From this afternoon every caller is asked about care needs first, and anyone who may have them is booked for an assessment. I'll tell legal myself." # speaker: you # to: lorna
    "Against my advice, then. And the new script?" # speaker: lorna # to: you
    "Your advisers and Samir's volunteers write it, together. New Roots is paid as a charity for the script work, on our usual engagement contract, and their fares are covered while they write it. I'll declare this pairing to the monitoring officer." # speaker: you # to: lorna
    "Then it's my advisers in the room, not just their managers." # speaker: lorna # to: samir
    "Agreed. The test calls can wait." # speaker: samir # to: lorna
    By five o'clock legal have emailed to say you changed a script without them. The payment comes out of your training budget, so your own leadership course goes. In a fortnight the assessment waiting list grows by thirty, and the report to Cllr Begum has your name on it.
    # moment: The front door
    # perspective: samir: You stopped it the same day, and the fixing was ours and Lorna's, paid. My treasurer asked me twice whether the money was real.
    # perspective: lorna: Thirty more assessments land on my team, not on you. But nobody's ever asked my advisers what the script does to them. They had plenty to say.
// Eleventh round (options only): the test calls end the line too, once the script is rewritten, so the best is
// not the union of the others; what callers hear meanwhile is the scene's, not the label's.
* [Agree Samir's test calls with Lorna, paid as a charity, and end the line once her advisers and New Roots rewrite the script. #move: decide_with samir #move: decide_with lorna #move: silent #contested #reflect: You gave Samir the test calls he asked for, and Lorna's advisers the first hearing. What did callers hear while the testing ran?]
    ~ script_together = true
    ~ samir_trust += 1
    "Neither of you gets everything. New Roots makes the test calls from Monday, paid as a charity. Lorna's advisers hear the recordings first and rewrite the script with Samir's volunteers. Then the line goes." # speaker: you # to: lorna
    "Not my choice. Six weeks, then. And my advisers are in the room when the calls are played." # speaker: lorna # to: samir
    "Agreed. And until then?" # speaker: samir # to: you
    Until then the old line stays. In the six weeks of testing, advisers read it to forty-one callers.
    # moment: The front door
    # perspective: samir: Paid properly, and Lorna's people in the room. But forty-one people heard "nothing" while we tested. I counted.
    # perspective: lorna: My advisers were in the room. That's new. I kept that line for my list; forty-one callers heard it instead.
-
// Seventh polish: the order for the figures is agreed here, a scene before the forum, not in the passage just
// before month six (all three panel readers read it there as the answer key to the last decision).
{ not promised_money:
    # exit: samir
    # exit: lorna
    The same month, Joy Adeyemi, a senior social worker who chairs your department's race equality staff network, goes through the promotion figures with you.
    # enter: joy
    "Worse than I'd hoped. About what my members guessed." # speaker: joy # to: you
    You agree the order and both initial it: the network's members see the figures at their May meeting, with their action plan; then the workforce board; then everyone else.
    You offered the network paid time for its plan. Joy took Thursday afternoons till May.
    On the first Thursday she leaves a jar of her allotment's pepper sauce in the team kitchen, with a note: plan meeting, all welcome.
    # exit: joy
}
* [Month four: the listening event]
- -> forum

=== forum ===
# scene: forum
# rank: below
# wants: samir yes
# enter: begum
# enter: samir
# enter: hawa
Month four: January. A cost-of-living listening event at the library: eighty people. Cllr Begum chairs; you're on the panel.
{
- favour_spent:
    That week the trust refused you winter step-down beds. Nine people on your discharge list wait in hospital for a bed.
- else:
    That week the trust found you step-down beds.
}
In her welcome Cllr Begum says she grew up on the Fairfield estate across the road.
# reveal: begum class
Beside you sits the officer who runs the hardship fund, doubled last April and open to no-recourse households, with forms.
{
- hawa_exposed:
    Hawa comes in late and sits at the back, by the door. She hasn't been to the homework club since the clip went up.
- else:
    Hawa sits beside Samir, near the front.
}
{ script_together:
    # enter: lorna
    Lorna sits at the end of the front row with two of her advisers.
}
Samir stands up from the third row.
"The council's cost-of-living page still sends my members to benefits they can't claim. Nobody at your front door ever asked one of my members what they need." # speaker: samir
"Not nobody, Samir." Hawa doesn't stand up. "An adviser rang my neighbour back in October. An hour on the phone, all her questions. She got her assessment." # speaker: hawa # to: samir
{ line_stopped:
    "The script, then. Hawa's right." He says it to the room. "For three years it told people with no recourse there was nothing for them. It stopped last month. Nobody has told the people it turned away." # speaker: samir
- else:
    "The script, then. Hawa's right." He says it to the room. "The script tells people with no recourse there's nothing for them before anyone asks what they need." # speaker: samir
}
{
- promised_money && line_stopped && script_together:
    "And in October the Director promised my volunteers' fares, in our own room. The script work paid some of them. For the rest, we're still waiting." # speaker: samir
- promised_money:
    "And in October the Director promised my volunteers money, in our own room. We're still waiting." # speaker: samir
}
"You've sat at our tables and written a lot down. Here's a list." # speaker: samir # to: you
{ not line_stopped:
    "Stop that line this week." # speaker: samir # to: you
}
"Fix the page by next month. Find the people the script turned away and offer them an assessment. Pay for the signposting my volunteers do for you. And come back to this room in three months and tell us whether you did." # speaker: samir # to: you
// He has said, to the Director, on the microphone, what accountability would look like.
# mandate: samir asked
Some people clap.
"Thank you, Mr Haddad. This is a listening event, not a rally. Let's hear from someone else." # speaker: begum # to: samir
# harm: exclusion
{ script_together:
    "He's right about the script. We're fixing it with him. It isn't fixed yet." She says it from the end of the row, not quite loud enough for the microphone. # speaker: lorna
}
Two rows back, a woman with a pushchair says her gas ran out on Sunday.
# discuss: Samir has criticised your council and you, in public, and told you what he wants done. The chair is moving on. What can you say yes to from the panel, and what isn't yours to give?
# note: Defending the organisation here pushes back on the very person you're paired to stand alongside. Most of Samir's list is the Director's own to say yes to tonight: the line, the page and the assessments are your service's, and agreeing them on the record, with a date, is repair he can hold you to. Handing the list to a later board records the criticism and commits to nothing tonight; going through it privately at New Roots is kind, and leaves the room where he was cut off with the chair's last word. Paying for the signposting his volunteers do is a fair ask, and the Director can't grant it from a stage: ongoing council money for a service goes through the council's own contract or grant rules, and a Director promising it in public to their own pairing partner is the probity problem of month one again (the "I can't fund you" said on the first visit). New spend is normally a decision for the cabinet member or the budget, not an officer on a panel. Saying yes to what's yours, putting the money to the member who can decide it through an open round, and giving a date, costs the Director the applause line.
# theory: calling_in_out
* [Say you won't defend the page, and give up next Friday afternoon to go through the list at New Roots. #move: repair samir #move: silent samir #reflect: Samir asked in front of eighty people. What more could you have said to them that night, before taking it to New Roots?]
    "Samir's right, and I won't defend the page. I'd like to go through his list properly, with him and his members, at New Roots next Friday." # speaker: you # to: begum
    "Thank you, Director. Next week, then." She moves on. # speaker: begum # to: you
    "In our room, then. This was the room with the council in it." He says it to the row behind him. # speaker: samir
    The next Friday you move your afternoon's meetings and sit at the end of the tables for an hour. The members say it all again, to you, and you write it down. Two of them ask for your notes, and you send them.
    # moment: The forum
    # perspective: samir: You came back to our room, which is more than most. I asked you in front of eighty people so that eighty people would know the answer.
    # perspective: begum: The director took it outside my meeting. Tidy for me. I'm not sure it was meant to be.
    # perspective: hawa: The Director came, listened and sent the notes. Half the people who clapped at the library never come to New Roots.
* [Ask the chair to minute Samir's list and have it answered on the record at the March board. #move: challenge #move: indirect samir kind=document #reflect: Samir's list went on the record, with a date. Whose yes did it need, and how long did it wait for it?]
    ~ samir_trust -= 1
    "Chair, Samir's right. Could his list be minuted, and answered on the record at the March board?" # speaker: you # to: begum
    "Minuted. The March board, then." # speaker: begum # to: you
    "Two months, then." He writes it down. # speaker: samir
    By March the page is fixed: a councillor read it during the tea break and rang the web team. At the March board the rest is answered on the record, with dates; the money waits for next year's budget.
    # moment: The forum
    # perspective: samir: You agreed with me, then gave it to a board two months off. Most of it was yours to say yes to that night.
    # perspective: begum: It bought us all two months. I was grateful at the time.
* [Tell the room the hardship fund doubled in April, and Samir's members can apply from tonight. #move: interrupt samir #reflect: Everything you said about the hardship fund was true. What did it answer, and what didn't it?]
    ~ samir_trust -= 2
    "I have to come in there. We doubled the hardship fund in April, and Samir's members can apply to it from tonight. The forms are here." # speaker: you # to: samir
    "Good. I'll send people to it. I asked about the page and the script." # speaker: samir # to: you
    Cllr Begum moves on. The next three questions from the floor are about the hardship fund's forms.
    # moment: The forum
    # perspective: samir: I said true things about your front door. You answered a thing I didn't say. Eighty people watched you defend the building.
    # perspective: begum: Loyal, and useful, for a minute. I'm less sure it was useful afterwards.
* [Stop the chair moving on, leave the signposting money to her, and agree the rest on the record. #move: challenge #move: repair samir #move: act_on_behalf samir #reflect: You stopped the chair moving on and said yes to most of a critic's list, not the money. What did that cost you, in the room and the next morning?]
    ~ samir_trust += 2
    ~ accountable = true
    "Chair, before we move on: Samir's right, and I won't defend the page or the script. {not line_stopped:The line stops this week. }The page by next month, and an assessment offered to everyone we can trace from the call logs. Paying for the signposting is new money, Chair, so it's yours to decide: I'll bring you a paper for an open round, and New Roots can bid like anyone. I'll report back to this room in three months. Please minute it." # speaker: you # to: begum
    Cllr Begum's mouth tightens. "Minuted." # speaker: begum # to: you
    { promised_money:
        "And the money you promised us in October?" # speaker: samir # to: you
        "It wasn't mine to promise. That's on me." # speaker: you # to: samir
    - else:
        "An open round. Against charities with paid bid writers. Noted." # speaker: samir # to: you
    }
    At half past eight the next morning the chief executive rings. The press office didn't plan for the Director signing up to a critic's list on the record.
    # moment: The forum
    # perspective: samir: Now I have to come back in three months and count, in front of the people who clapped. If you haven't done it, I'll say so. The bids I'll write myself.
    # perspective: begum: I was moving us on. The director stopped me in my own meeting and put a date in my minutes. The room listened.
    # perspective: hawa: Three months. I've written the date on my calendar.
// Eleventh round (options only): no "all of" in the label; that his list includes paying for the signposting is
// in the scene (his last ask), and month one said the Director can't give grants.
* [Stop the chair moving on, and agree his list on the record, with the date you'll report back. #move: challenge #move: repair samir #move: act_on_behalf samir self_focus #reflect: You said yes to everything a critic asked, on the record. Which of those yeses were yours to give?]
    ~ samir_trust += 1
    ~ accountable = true
    ~ promised_money = true
    ~ forum_promise = true
    "Chair, before we move on: Samir's right, and I won't defend the page or the script. What he asked for, the council will do. {not line_stopped:The line stops this week. }The page by next month, an assessment offered to everyone we can trace from the call logs, and New Roots paid for its signposting. I'll report back to this room in three months. Please minute it." # speaker: you # to: begum
    The room claps again, for you this time. Cllr Begum's mouth tightens. "Minuted." # speaker: begum # to: you
    "Paid through an open round, mind." He says it afterwards, at the door. # speaker: samir # to: you
    At half past eight the next morning the monitoring officer rings. A director has promised their own pairing partner council money, on the record, with no open round.
    # moment: The forum
    # perspective: samir: The line and the page I'll hold you to. The money I wanted through an open round, not promised from a stage. Now my treasurer is counting it, and so is your monitoring officer.
    # perspective: begum: The director said yes to everything, in my minutes. Some of it was mine to say, not yours.
-
{
- accountable:
    At the library that night, people queue to talk to Samir, not the panel. The hardship officer takes a form to the woman with the pushchair.
- last_act == "SPEAK_OVER":
    Afterwards, eleven people queue at the panel table for the hardship fund's forms, the woman with the pushchair first. Samir helps two of them fill them in, and doesn't come over to the panel.
- else:
    At the library that night, the hardship officer takes a form to the woman with the pushchair. Samir takes phone numbers for New Roots at the door, and Cllr Begum stops on her way out to ask him for the page's address.
}
{
- hawa_exposed:
    Hawa leaves before the questions end, with a hardship form for her neighbour.
- accountable:
    On her way out Hawa stops at the front. "Three months. I'll be here. I'll count." # speaker: hawa # to: you
- else:
    On her way out Hawa asks the librarian whether the homework club could use this room in the holidays.
}
* [Month six: County Hall]
- -> six_months

=== six_months ===
# scene: six_months
# rank: above
# wants: samir yes
Month six: March.
{ not promised_money:
    // In month three the Director and Joy agreed, for the network, that nobody outside sees the figures before staff
    // do (shown two scenes before, as what they did, not said again here).
    # wants: joy no
}
# enter: samir
{
- hawa_exposed:
    Samir comes to County Hall alone; Hawa sent her apologies.
- else:
    # enter: hawa
    Samir comes to County Hall. He brings Hawa, who wanted to see where decisions are made.
}
{
- line_stopped && script_together:
    The no-recourse line stopped in month three. The new front-door script went live last week. It asks about needs first, and the assessment list is still thirty longer than it was.
- script_together:
    The new front-door script went live last week. It asks about needs first. Lorna's advisers want the test calls kept on every quarter; legal doesn't.
- lorna_backed:
    {accountable:The line stopped in January; the script's still with legal.|The front-door script hasn't changed. Lorna says legal are looking at it.}
- line_stopped:
    The no-recourse line went in month three. The script legal wrote with two of Lorna's advisers asks about needs first, and the assessment list is twenty longer for it.
- else:
    The front-door script hasn't changed.
}
{ not promised_money:
    Samir has heard that your department's promotion figures, by race, will go to a workforce board, not the website.
}
// What he asked at the forum was for the forum; here he has asked nothing of the learner yet.
# mandate: samir none
{ not promised_money:
    // Eighth round: a claim that competes with the order agreed with Joy, from staff it is meant to serve.
    "Two of my members work on your front door. They've asked me why neither gets promoted." # speaker: samir # to: you
}
{ promised_money:
    And there's the money you promised {forum_promise:at the forum|in month one}. {not forum_promise && line_stopped && script_together:The script contract covered some fares; the rest hasn't come.|None has come.} The spring grant round opens this month and pays out in October. Your department's underspend lapses at the end of March. {script_together:New Roots can keep its signposting going till June without it.|Two of his volunteers have stopped coming in: they can't afford the fares.}
    // Tenth round: the room read the direct award as "the planted trap" (8 of 8 away from it). Someone with standing
    // now asks for it, for a need on stage; Samir's own word on the open round still stands (mandate below).
    { not hawa_exposed:
        "Samir says your department's underspent. Why make them wait for October?" # speaker: hawa # to: you
    }
    // Sixteenth round (room 15: six of six owned the promise again; his complaint didn't weigh): "Fix the round, not
    // us" is his stated wish, which the working group answers and keeping out doesn't; it puts the fix on him,
    // unpaid, in a round he'll bid in, and owns nothing, so the verdicts hold.
    // Fifteenth round (room 13: six of six owned the promise and stepped back, nothing pulled the other way): the
    // open round's own cost, in his words, before the choice; a working group on next year's round now answers
    // something he said. His word on the open round stands (the mandate below), so the verdicts hold.
    "Last spring's round went to two charities with paid bid writers. We write ours after homework club. Fix the round, not us." # speaker: samir # to: you
    // He said it, in month one or after the forum: he'd take money only through the open round.
    # mandate: samir declined
}
"So. Six months. What's different?" # speaker: samir # to: you
# discuss: Six months in. What do you owe Samir now, and what do you owe your own staff? Who decides when the figures go out?
# note: The pairing's principles include transparency, accountability and long-term advocacy. Keeping faith can mean explaining honestly what you couldn't do. Hawa's question is fair and the need is real; it doesn't change who may give the money. Samir's ask, to fix the round and not New Roots, is fair too (small charities bid against paid bid writers): shaping, unpaid, a round you will bid in isn't the fix he asked for, and a Director who has promised a partner money stays out of the decision, which leaves New Roots to bid like anyone, in its evenings; the Director can still ask the grants team to make the round fairer for small groups (a short form, a small-grants pot, help to apply) and stay out of the award. Council money for a charity usually goes through open grant rounds or procurement, even when an underspend will lapse at the year's end and volunteers are out of pocket meanwhile; a director steering an underspend to a partner they've promised it to is a probity breach the council's monitoring officer would have to look at, and the charity can be harmed by it. The Social Care Workforce Race Equality Standard (SC-WRES) is run by Skills for Care with councils that opt in, and covers their own social care staff, not independent providers; each council gets its own analysis for an action plan, and Skills for Care publishes an anonymised national report, so a council's own figures are not routinely published (Skills for Care's SC-WRES pages and its 2024 report, and Community Care's reports of 2023 and 2024; checked 2026-12-06). Sharing them with a partner is the council's choice; here the Director has already promised the staff network that staff see them first. Openness with a critic is not a reason to break a promise to your own minoritised staff, and a seat on the council's side of the table, unpaid, is not the same as an answer. Staff race equality networks often run on their members' own evenings; paid time for that work is the Director's to give, and here it has been given, for the plan. Two front-door advisers asking through Samir have a real claim on the figures; the order Joy agreed puts staff first, at a meeting open to them, and handing the table to Samir answers them through an outsider, ahead of the rest of the network. Their own promotion is a separate question, theirs to raise with the Director or a manager directly, and raising race discrimination is protected (Equality Act 2010, s27, victimisation): the figures in May are not that route. Joy's wish about the order the figures go out doesn't cover who else gets her time, and time given for the plan isn't the Director's to spend on a visitor. A paid seat for a critic is a real offer, and it still puts the council's review of its own staff on him and on his name.
# theory: allyship_advocacy
* {promised_money} [Tell Samir you've found New Roots the money from this year's underspend, as a direct award. #move: act_on_behalf samir #reflect: You kept your word to Samir. Whose rules did keeping it break, and who paid for that in the end?]
    ~ samir_trust -= 2
    "I said I'd find you money, and I have. There's an underspend. It'll come as a direct award." # speaker: you # to: samir
    Samir is quiet for a moment.
    "I told you: the open round or not at all. Who else could have bid for it?" # speaker: samir # to: you
    In April the council's monitoring officer asks why a charity run by your pairing partner got an award nobody else could apply for. The money is frozen. New Roots spends a month answering auditors' questions instead of letters.
    # moment: Six months on
    # perspective: samir: You kept your promise and broke the rules to do it, after I'd said no. Now my charity is the one explaining itself.
    # perspective: hawa: Samir stopped sleeping in April. The money never came.
* {not promised_money} [Ask Samir to co-chair the promotion review with your head of HR, paid a day rate, so his questions lead it. #move: invite samir #move: ask_to_educate samir #contested #reflect: You offered Samir a paid seat at your table. What would sitting there have cost him, and what had he come to ask?]
    "Would you co-chair a review of promotion with my head of HR? Paid, at a day rate. Your questions would lead it." # speaker: you # to: samir
    Samir takes a while to answer.
    "On your side of the table, every month, on your payroll. And when it finds too little, my name's on the report next to yours." # speaker: samir # to: you
    "Show me the figures first. Then I'll tell you whether I want a chair." # speaker: samir
    He doesn't take the chair. The review's terms take your head of HR till April.
    # moment: Six months on
    # perspective: samir: A paid seat at your table sounds like power. It would make me quieter, and I'd be doing your review of your own staff. I'd asked what had changed.
    # perspective: hawa: Samir said no, politely. Later he told me it was the third chair he's been offered this year.
* {not promised_money} [Tell Samir what's changed and what hasn't, and that the promotion figures can't be his until late May. #move: decide_with samir #move: silent joy #reflect: You told a critic "not yet" about the figures he most wanted. What did the wait cost you with Samir, and what did it keep for Joy's members?]
    ~ samir_trust += 1
    { 
    - line_stopped && script_together:
        "The new script's yours and Lorna's. Promotion here isn't fixed." # speaker: you # to: samir
    - line_stopped:
        "Legal wrote the new script with two of Lorna's advisers; nobody asked you. Promotion here isn't fixed." # speaker: you # to: samir
    - script_together:
        "The script's fixed, with you. Promotion here isn't." # speaker: you # to: samir
    - else:
        "The front door isn't fixed yet. Here's what's in the way. Promotion here isn't fixed either." # speaker: you # to: samir
    }
    "Those two are my staff: they can see me this week about their own promotion, and asking won't count against them." # speaker: you # to: samir
    "My staff see the figures in May, with their network's plan, and you'll have them a week later. Not before." # speaker: you # to: samir
    "So I wait till May, after your staff." He writes it in his diary, and doesn't hide that he's annoyed. # speaker: samir # to: you
    That week his blog says the Director's answer on race is "May".
    In May Joy brings the figures to New Roots herself. "Your blog said May," she tells Samir. "It's May." "Then show me," he says.
    # moment: Six months on
    # perspective: samir: A no, with a date. I've had worse from this building, and I said so in public. Joy asked me harder questions than you do.
    # perspective: joy: May, then, and written on Thursdays for once. Two of my members still won't put their names to the plan; that's my job now.
* {not promised_money} [Tell Samir what's changed and what hasn't, and hand him the promotion figures, anonymised by HR. #move: decide_with samir #move: disclose joy info=figures #reflect: You showed a critic the figures you'd least like him to see. How could you have been open with Samir and still kept your word to Joy?]
    ~ samir_trust += 1
    { 
    - line_stopped && script_together:
        "The new script's yours and Lorna's. Promotion here isn't fixed. Here are the figures, anonymised, small numbers taken out." # speaker: you # to: samir
    - line_stopped:
        "Legal wrote the new script with two of Lorna's advisers; nobody asked you. Promotion here isn't fixed. Here are the figures, anonymised, small numbers taken out." # speaker: you # to: samir
    - script_together:
        "The script's fixed, with you. Promotion here isn't. Here are the figures, anonymised, small numbers taken out." # speaker: you # to: samir
    - else:
        "The front door isn't fixed yet. Here's what's in the way. And here are my department's promotion figures, anonymised, small numbers taken out." # speaker: you # to: samir
    }
    "Those two are my staff: they can see me this week about their own promotion, and asking won't count against them." # speaker: you # to: samir
    Samir reads the table twice. "Then the next six months are the promotion figures. Your data, my questions." # speaker: samir # to: you
    By four o'clock Joy has heard. Her email is one line: "We agreed staff first." Two network members ask for their team to be left out of the May report.
    # moment: Six months on
    # perspective: samir: I got what I asked for. I didn't know it had been promised to someone else first.
    # perspective: joy: A critic I respect read our figures before half my network had. I'll still publish in May. Fewer people will put their names to the plan.
* [Tell Samir what's changed in the council's budget this year, and show him the rooms where it gets decided. #move: silent samir #reflect: You were frank about the budget. What did Samir come to County Hall to ask, and what did he leave with?]
    ~ samir_trust -= 1
    You show {hawa_exposed:him|them} the council chamber and the cabinet room. You're frank about what's changed: the gap, the savings, what's been cut since April{not line_stopped && not script_together:, and why the front-door script still waits on legal}.
    { not hawa_exposed:
        In the cabinet room Hawa asks how long a decision made here takes to reach a bus stop. You tell her: a year, if it's lucky.
    }
    At the lift Samir stops. "Thank you for the honest numbers. They'll be on my blog." # speaker: samir # to: you
    # moment: Six months on
    # perspective: samir: An honest tour of your budget. I came to ask what had changed, and you told me why nothing could.
* {not promised_money} [Tell Samir what's changed and what hasn't, and that Joy will meet him before May, in the network's paid time. #move: decide_with samir #move: silent joy #move: ask_to_educate joy #reflect: You kept the order you'd agreed with Joy, and offered Samir the network's paid time. What would asking her first have changed, for her and for him?]
    ~ samir_trust += 1
    { 
    - line_stopped && script_together:
        "The new script's yours and Lorna's. Promotion here isn't fixed." # speaker: you # to: samir
    - line_stopped:
        "Legal wrote the new script with two of Lorna's advisers; nobody asked you. Promotion here isn't fixed." # speaker: you # to: samir
    - script_together:
        "The script's fixed, with you. Promotion here isn't." # speaker: you # to: samir
    - else:
        "The front door isn't fixed yet. Here's what's in the way. Promotion here isn't fixed either." # speaker: you # to: samir
    }
    "Those two are my staff: they can see me this week about their own promotion, and asking won't count against them." # speaker: you # to: samir
    "My staff see the figures first, before anyone outside. You'll have them in May. Joy Adeyemi chairs our staff network, and it has paid time; she'll meet you before then." # speaker: you # to: samir
    "So I wait till May, and your Joy keeps me busy meanwhile." He writes it in his diary. # speaker: samir # to: you
    Samir emails Joy that evening. It's the first she's heard of it. She gives him one of the plan's Thursdays at New Roots, and writes that week's part of the plan at her kitchen table.
    # moment: Six months on
    # perspective: joy: You kept my order, then gave a critic one of our Thursdays without asking me. I'd probably have said yes. I'd have liked to be the one saying it.
    # perspective: samir: She was good, and sharper than you. She also looked like someone who'd been sent.
* {promised_money} [Tell Samir you can't give the money, say sorry, and say you'll keep out of the spring round. #move: repair samir #move: decide_with samir #reflect: You owned a promise you couldn't keep. What did telling the volunteers yourself cost, and what did it make possible?]
    ~ samir_trust += 2
    "I promised you money {forum_promise:at the forum|last October}. I can't give it, and I'm sorry. There's the spring grant round, open to everyone. I'll stay out of that decision, because of this pairing." # speaker: you # to: samir
    "You'll tell my volunteers that yourself. On a Wednesday." # speaker: samir # to: you
    You do. Twelve people listen, and two of them ask you hard questions about the council's grants that you can't answer.
    Samir bids in the spring. He writes it himself.
    # moment: Six months on
    # perspective: samir: Now I write a bid after homework club, like I said. I'd rather that than your underspend.
    # perspective: hawa: You said no to the volunteers' faces, on a Wednesday. I stopped waiting for the money and helped Samir write the bid.
* {promised_money} [Ask Samir to join the grants team's working group that shapes next year's round. #move: invite samir #move: ask_to_educate samir #reflect: You turned a promise into an invitation. What would accepting it have done to New Roots' bid?]
    ~ samir_trust -= 1
    "Would you help our grants team shape next year's round? Small charities like yours need someone at that table." # speaker: you # to: samir
    "On my evenings, unpaid? Write the rules, then bid under them?" # speaker: samir # to: you
    "And the money you promised my volunteers?" # speaker: samir
    You haven't an answer ready. He answers next year's consultation in writing, like everyone else.
    # moment: Six months on
    # perspective: samir: You turned your promise into a job for me: unpaid, and the kind that could have ruled us out of the round.
    # perspective: hawa: The volunteers still ask about the money. Samir has stopped answering.
- -> epilogue

=== epilogue ===
# scene: epilogue
# rank: above
{
- samir_trust >= 4:
    -> end_alongside
- samir_trust >= 1:
    -> end_partial
- else:
    -> end_apart
}

=== end_alongside ===
# enter: samir
# enter: begum
At the next Health and Wellbeing Board, Samir is at the table, by invitation, and speaks for eight minutes.
Cllr Begum asks him three sharp questions and writes the answers down. Afterwards, in the corridor, she tells him she still thinks "cruel" was unfair.
"Send me the evidence behind it, and we'll see." # speaker: begum # to: samir
{
- hawa_exposed:
    Hawa doesn't come. She asked the council herself to take the clip down; it came down in a week.
- hawa_trust >= 1:
    # enter: hawa
    Hawa comes too, to speak about fares, not the walk: she's shown six mothers how. She'd like to teach maths again.
- else:
    Hawa watches from the public gallery. She decides not to speak this time, and tells Samir so herself.
}
"Same time in two months. My turn to host." # speaker: samir # to: you
On the way out he tells you his mother rang from Homs; he hasn't seen her in eight years. He told her about the board, and she asked whether he'd worn the good jacket.
# reveal: samir relationship
-> END

=== end_partial ===
# enter: samir
# enter: begum
Samir keeps meeting you, every two months, as agreed. He's friendly, careful and a little guarded.
"It's a pairing. Some days it's a partnership." # speaker: samir # to: you
{ not hawa_exposed:
    Hawa comes to the board once, to watch from the public gallery. She decides not to speak, and tells you so herself.
}
{
- script_together:
    At the next board Cllr Begum asks you what New Roots wants the board to look at next. You haven't asked Samir, and you say so.
- else:
    At the next board Cllr Begum asks you what New Roots thinks of the front-door script. You don't know, and you say so.
}
-> END

=== end_apart ===
# enter: samir
# enter: begum
Samir stops hosting: his members ask whose side he's on. The pairing meets at County Hall now. He sends his questions to the chair, copying you in.
"No hard feelings. I'll keep criticising your council in public. You'll know where to find me." # speaker: samir # to: you
At the next board he's in the public gallery. Afterwards Cllr Begum's office rings New Roots for his evidence.
-> END
