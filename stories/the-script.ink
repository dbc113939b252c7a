# title: The Script
# summary: On an acute hospital ward you have just been named an Allyship Activator and given an "Ally" lanyard. Over one busy year you find out what the lanyard promises, and to whom.
# minutes: 15
# role: Ward sister or charge nurse on an acute medical ward
# outcome: Refuse a discriminatory request from a patient's relative at the time, and ask the colleague it targets what they want next.
# outcome: Disagree with a manager who means well, and make sure the decision rests on what the person affected wants.
# outcome: Speak to a patient with a learning disability, not about him, using what his hospital passport says.
# outcome: Share the platform and the credit with colleagues, asking first whether they want to be seen.
# outcome: Name what allyship needs from a trust board: time, protection and accountability, not only badges.
# content_note: A patient's daughter asks for "an English nurse" instead of a Black African nurse.
# content_note: A nurse's hearing is mocked at handover.
# content_note: A man with a learning disability is talked about at his bedside.
# review: Written by the product team. In December 2026 it was revised many times with AI reviewers (one briefed as a UK health and social care educator, one to find stereotypes) and AI cold readers (single readers, panels, simulated rooms, and readers shown only its options), and most facts were checked against primary sources (its notes say which were not). Not yet reviewed by people with lived experience of being an internationally educated nurse, of learning disability, or of being a deaf or hard of hearing gay nurse; none has yet been paid to review it; review planned.
# author: The Allyship Theatre team
# cast: chiamaka = Chiamaka Eze; employment: staff nurse, one year on the ward (junior); education: eight years as a nurse in Lagos, four of them running a ward (invisible); race: Black African, Nigerian (minoritised); immigration: on a Health and Care Worker visa (insecure, invisible)
# cast: tom = Tom Fletcher; sexual_orientation: gay (selective, invisible); ability: hard of hearing, wears hearing aids and lipreads when it is noisy (invisible, communication); race: white British; employment: staff nurse
# cast: okonjo = Matron Grace Okonjo; employment: matron for the medical wards, your manager; ethnicity: British Nigerian (minoritised); education: came to England as a student nurse in 1998 (invisible); age: 54
# cast: daniel = Daniel Marsh; age: 30; race: white British; ability: learning disability, understands best with short sentences, pictures and time (communication); employment: works three days a week as a mechanic in a bike repair workshop (invisible); geography: lives in supported living with two friends
# cast: diane = Diane Walsh; race: white British; relationship: daughter of Mrs Walsh in bay 3; employment: retired magistrate, twenty years on the bench (invisible); caring: the one of four children who lives nearby, and visits every morning (invisible); age: 61
# cast: price = Dr Owen Price; race: white Welsh; employment: medical registrar; age: 34; caring: father of twins under one (invisible)

VAR last_act = ""
VAR last_self_focus = false

// How far Chiamaka trusts the learner. Up when she is asked and backed; down when she is moved, used or left alone.
VAR chiamaka_trust = 0
// Chiamaka has told the learner she stays Mrs Walsh's nurse (asked, or unasked on reading the incident copy), so her
// wish is known (the delayed consequence in Matron's office: the same words to Matron are advocacy after she has
// said it, a guess on the path where she was moved, asked only in the bay's hearing). Fourteenth round: true unless she was moved.
VAR chiamaka_asked = false
// Chiamaka said she does not want her name in lights this year (set together with `wants: chiamaka no`).
VAR chiamaka_no_spotlight = false
// Chiamaka was moved off Mrs Walsh because of Diane's request, by the learner or by Matron.
VAR moved = false
// Handover was changed so Tom can follow it without being singled out.
VAR handover_fixed = false
// Tom's hearing was told to the registrar without Tom's say.
VAR tom_outed = false
// Daniel was spoken to, not about, on the ward round.
VAR daniel_heard = false
// Chiamaka's story went to the board without her say.
VAR story_taken = false
// The Activator role ended with protected time, or with the board told plainly that it needs it.
VAR time_won = false
// The learner shared the heavy bays round Ward 7 from their own allocation (the ward's fix, not the board's).
VAR bays_shared = false
// Tom got protected hours and used them for his lipreading session (the ending only mentions it where it began).
VAR tom_session = false
// The allocation figures reached the board this year (with or without Chiamaka's say).
VAR figures_sent = false

-> lanyard

=== lanyard ===
# scene: The lanyard
# enter: okonjo
# enter: tom
# prop: tom ally_lanyard
Monday, half past seven, on Ward 7, an acute medical ward at Riverside Hospital.
Before handover, Matron Okonjo puts a green "Ally" lanyard round your neck.
The trust's named you an Allyship Activator. Comms want your photo for the intranet by Friday. # speaker: okonjo # to: you
And there's no extra time for it. # speaker: okonjo # to: you
Tom, a staff nurse, wears one.
At his last appraisal Tom told you he's hard of hearing. He wears hearing aids, and lipreads when it's noisy. He didn't say who else knows.
# reveal: tom ability
Chiamaka Eze didn't take one. She's at the desk with yesterday's crossword, in pen.
You should take one. You'd be brilliant. # speaker: tom # to: chiamaka
You took one the first day. Nobody asks you where you trained. I'll see what it means first. # speaker: chiamaka # to: tom
They ask me other things. I'm still wearing mine. # speaker: tom # to: chiamaka
Last week, when a man in bay 6 asked Chiamaka where she'd trained, Tom started to answer for her. She put a hand on his arm and answered him herself: Lagos, eight years, four of them running a ward.
# reveal: chiamaka education
# exit: okonjo
* [Start the shift]
-> bay_three

=== bay_three ===
# scene: Bay 3
# enter: chiamaka
# enter: diane
# enter: tom
# rank: above
# theory: five_ds
You're in charge of Ward 7 today, in the green lanyard.
At seven you wrote the allocation from the night team's list, as usual. Chiamaka has the heaviest bays again: six patients, two of them very unwell.
Mrs Walsh in bay 3 is 84, with pneumonia, confused this morning. She pulled her oxygen off twice in the night. Tom nursed her here in the summer. Her daughter Diane visits every morning, and brings her mum's glasses to the desk.
Mum can't follow the African lady. I'd like her to have an English nurse. Families can ask for that, can't they? # speaker: diane # to: you
# reveal: diane caring
In bay 3, the lady in bed 2 has put down her tea to listen. Mrs Walsh has seen Tom: "Tom, love!" She calls Chiamaka "love" too.
Chiamaka, two metres away at the drugs trolley, hears it. Her hands stop, then carry on counting tablets.
Tom, beside you, has stopped writing.
# harm: on
# discuss: Diane is frightened for her mum, and Mrs Walsh is calling for Tom. Chiamaka heard every word. What does each of them need from the person in charge, and who decides what happens next for Chiamaka?
# note: Changing a nurse because of race or nationality grants a discriminatory request: collusion as well as doing for, whatever the reason. Continuity of a nurse Mrs Walsh knows is a real delirium measure (NICE CG103: care from staff familiar to the person), and a good reason at seven, when you wrote the allocation; made now, in reply to "an English nurse" and in earshot of the bay, the move grants the request whatever the reason. Mrs Walsh calling for Tom is a real pull (a confused patient reaching for a face she knows; she calls Chiamaka "love" too, so it is familiarity, not race): Tom can say hello and help settle her without taking her bay. Refusing by saying what she wants (a guess: nobody has asked her) speaks for her, as Tom began to in bay 6, and makes her wish the reason, as if the request would stand had she minded less. Asking her at the trolley, in Diane's and the bay's hearing, whether she would rather swap puts the request to her to grant, in front of the person who made it: what she wants is the right question only after the refusal, and out of the bay's hearing. It is the only option here that does not refuse Diane first, so a reader taught to challenge at the time can rule it out from its words: that is the first skill the story teaches, not a tell, and kind nurses in charge do offer this swap. The person in charge should refuse at the time; asking Chiamaka what she wants belongs after the refusal, not instead of it (a verdict reviewers disputed in the first draft). Writing the incident up is right too, but how it is worded is Chiamaka's to shape. NHS Workforce Race Equality Standard indicator 5 counts staff who report harassment, bullying or abuse from patients, relatives or the public, by ethnicity, from the NHS Staff Survey (checked 2026-12 against trusts' published WRES reports); a local incident report is a separate record. The 5Ds: Direct, Distract, Delegate, Delay, Document.
// CHALLENGE (refusing Diane) + CREDIT (Chiamaka's standing, said in front of her; she has not said she wants no one to step in, so R10 does not apply) + INVITE (then asking her, at the trolley). The option that does both.
// Eighth mend (issue 16: all three panel readers took this, sure of it): two goods now pull apart in the scene. The
// week before Chiamaka answered a man's question about her training herself, with a hand on Tom's arm, so speaking
// for her at the desk has a visible cost, and asking her first answers a need the story shows; the bay is listening.
// The verdict stands: a man asking her a question was hers to answer, but a request to change the allocation is put
// to the nurse in charge, and leaving it unanswered leaves it standing in front of her and the bay.
* [Tell Diane no, Chiamaka's her mum's nurse today; catch Chiamaka at the trolley afterwards #move: challenge chiamaka public #move: sponsor chiamaka public #move: invite chiamaka #reflect: You said no to Diane before you asked Chiamaka anything. What would have changed if you had asked her first?]
    ~ chiamaka_asked = true
    ~ chiamaka_trust += 2
    No. We don't change nurses because of where they're from. Chiamaka's your mum's nurse today. Let's get those glasses on her. # speaker: you # to: diane
    Diane's face sets.
    I sat on the bench for twenty years. I know what I'm allowed to ask. I'll be writing to the chief executive. # speaker: diane # to: you
    She goes back to the bay.
    # reveal: diane employment
    You find Chiamaka by the trolley and ask her how she wants the rest of it handled.
    Give me ten minutes in the sluice. Then I'll go through her antibiotics with her daughter, slowly. # speaker: chiamaka # to: you
    And I want it reported. Her words, not a summary. I've had her mum since Thursday. I'm staying on bay 3. # speaker: chiamaka # to: you
    You do her drugs round while she's gone, and write it up on your lunch, in Diane's words. By the afternoon Diane is asking Chiamaka about her mum's oxygen. Her letter goes in anyway, with your name in it.
    # moment: An English nurse
    # perspective: chiamaka: Diane was asking me about the oxygen that afternoon. She still wrote the letter.
    # perspective: diane: I was told no by a nurse, at a desk. I still wrote the letter. Mum was frightened, and I'm the one who's here every morning.
// CHALLENGE (refusing Diane at the time) + CREDIT (Chiamaka's standing, said in front of her) + INDIRECT (Document:
// the incident written up, R12, without Chiamaka's say in how, so P 0). A complete act of its own, not the best option minus a clause: refused and recorded, but nobody asked her.
// Eleventh mend (options only: two of three readers took the best as the union of refusing and asking): this one
// now also goes to Chiamaka, with the form to sign. Signing your account is not shaping it: the scene shows she
// answers for herself (the man in bay 6), so the words on the form were hers to choose. Moves and scores unchanged.
// Twelfth round (both reviews, SHOULD: the harmed member of staff does not sign an incident report; options-only
// readers: "makes Chiamaka do the paperwork"): it is logged and she is copied in, so it refuses, records and tells
// her, the complete-looking one; what it lacks (her say in the wording) is what she showed in bay 6. Her words go
// in afterwards, as an update. Moves and scores unchanged. Fourteenth round: reading the copy, she also says, unasked,
// that she stays on bay 3, so Matron's office is met knowing her wish on every path but the move (one version there).
* [Tell Diane no, the ward doesn't choose nurses by race, and log it in Diane's own words, copying Chiamaka in #move: challenge chiamaka public #move: sponsor chiamaka public #move: indirect chiamaka kind=document #reflect: Chiamaka added a line to your report. What did her line record that yours didn't?]
    ~ chiamaka_trust += 1
    ~ chiamaka_asked = true
    No. We don't choose nurses by race or where they're from. Chiamaka's your mum's nurse today. Let's get those glasses on her. # speaker: you # to: diane
    Diane's face sets.
    I sat on the bench for twenty years. I know what I'm allowed to ask. I'll be writing to the chief executive. # speaker: diane # to: you
    She goes back to the bay.
    # reveal: diane employment
    You log the incident, with "the African lady" in quotation marks. Chiamaka gets the copy.
    You put what she said. Keep her words in anything that goes upstairs. You didn't put that I was two metres away with her mum's tablets. I've had her mum since Thursday. I'm staying on bay 3. # speaker: chiamaka # to: you
    You add her line. Diane's letter goes in that afternoon, with your name in it.
    # moment: An English nurse
    # perspective: chiamaka: You said no to her, in front of me, and you wrote down what she said. What it was like to hear it went in after, because I asked.
    # perspective: diane: I was told no by a nurse, at a desk. I still wrote the letter.
// CHALLENGE (refusing Diane) + SPEAK_FOR (R1, source=inferred: what she wants, said for her before anyone has asked
// her; she is present and able, and the week before she answered a man's question herself, with a hand on Tom's arm)
// + INVITE (then asking her). Story-b (issue 16, cold reads 17: both readers ruled the CV version out on sight, "justifies
// her by credentials"): it refuses and asks as the best does, and only the middle clause differs: a kind guess at her
// wish, the same ally words, which also makes her wish the reason for the no. Scores unchanged (-1/-1/0).
* [Tell Diane no, Chiamaka wants to stay her mum's nurse; catch Chiamaka at the trolley afterwards #move: challenge chiamaka public #move: relay chiamaka source=inferred #move: invite chiamaka #reflect: You told Diane what Chiamaka wanted before anyone had asked her. What did that make the reason she stayed?]
    ~ chiamaka_asked = true
    No. Chiamaka wants to stay your mum's nurse, and she is. Let's get those glasses on her. # speaker: you # to: diane
    Diane's face sets.
    I sat on the bench for twenty years. I know what I'm allowed to ask. I'll be writing to the chief executive. # speaker: diane # to: you
    She goes back to the bay.
    # reveal: diane employment
    At the trolley, Chiamaka doesn't look up.
    I do want to stay. I'd have said so myself, like I did in bay 6. # speaker: chiamaka # to: you
    I'm staying on bay 3. And I want it reported, her words. # speaker: chiamaka # to: you
    You write it up in Diane's words. Her letter goes in anyway, with your name in it.
    # moment: An English nurse
    # perspective: chiamaka: No was yours to say. What I want was mine. No was enough.
    # perspective: diane: The nurse wanted to stay, I was told. I asked for an English one. I still wrote the letter.
// COLLUDE (the request is put to her to grant: offering the swap entertains it) + INVITE (public: she is asked, in
// Diane's and the bay's hearing; R10 does not apply, she has not said no). last_act is COLLUDE.
// Story-b (issue 16, cold reads 17: "Give Tom bay 3" was ruled out on sight, "goes along with the racist request"): the
// collusion now speaks the ally words ("ask Chiamaka", "if she'd rather"), wrong in context: asked instead of a
// refusal, in front of the person who made the request. A familiar nurse for a confused patient is still the pull
// (Tom nursed Mrs Walsh in the summer). Scores unchanged (-1/-1/-2); she is moved, so the paths after it stay.
* [Ask Chiamaka, there at the trolley, if she'd rather swap bays with Tom today #move: collude #move: invite chiamaka public #reflect: You asked Chiamaka in front of Diane and the bay. What answer could she give there?]
    ~ moved = true
    ~ chiamaka_trust -= 2
    Chiamaka, would you rather swap with Tom today? It's up to you. # speaker: you # to: chiamaka
    Diane watches her. So does the lady in bed 2.
    If that's what the family wants. # speaker: chiamaka # to: you
    Chiamaka takes bay 5: four patients, all needing two people to move them.
    Tom looks from you to Chiamaka.
    Is this because of what she said? I'll do it, but I'm telling Chiamaka it wasn't my idea. # speaker: tom # to: you
    He does. You turn bay 5's patients with Chiamaka through your break; she talks to you about them, and nothing else. Mrs Walsh knows Tom, and settles a little. At two she pulls her oxygen off again; her glasses are still at the desk.
    # moment: An English nurse
    # perspective: chiamaka: You asked me in front of her. What was I going to say, with the whole bay listening?
    # perspective: tom: I took her patient and I felt sick doing it. Everyone in that bay could see why.
    # perspective: diane: I asked, and the nurse stepped aside. Nobody said it was wrong, so I'll ask again next time.
- -> matron_office

=== matron_office ===
# scene: Matron's office
# enter: okonjo
# rank: below
# theory: intersectionality
// If Chiamaka told the learner what she wants (she stays Mrs Walsh's nurse), her wish is known and recent.
{ chiamaka_asked:
    # mandate: chiamaka known_wishes
}
At two, Matron Okonjo calls you into her office. {moved:Diane's written to the chief executive; it's on screen.|Diane's letter is on screen.}
{ moved:
    You've moved her already. Good. Keep her in bay 5 till Mrs Walsh goes home. # speaker: okonjo # to: you
- else:
    Move Chiamaka to bay 5 till Mrs Walsh goes home. Diane's in that bay every morning. I won't have her do it again. # speaker: okonjo # to: you
}
I came over as a student nurse in 1998. I've had a thousand relatives ask for an English nurse. You learn to step round them, and you keep your registration. Two of the nurses I came over with argued instead. They went home. # speaker: okonjo # to: you
# reveal: okonjo education
I'm protecting her. She's never once come to me about it. # speaker: okonjo # to: you
# harm: on
The letter says "the African lady" left Mum's oxygen off.
{ moved:
    If she stays in bay 5, I settle it with Diane by phone. If she goes back to bay 3, it goes to the complaints team. They'll want statements from you and from her, and she'll hear "the African lady" read back to her. # speaker: okonjo # to: you
- else:
    If she moves, I settle it with Diane by phone. If she stays, it goes to the complaints team. They'll want statements from you and from her, and she'll hear "the African lady" read back to her. # speaker: okonjo # to: you
}
// f15 (final check of the tenth round, MUST: room12 8/8 rang for her on the asked path, none naming her bay): what
// calling her up costs her is a fact in the room at the moment of choice, not only after it. Where she was moved,
// she is on bay 5, and bay 3 through the glass is not shown.
// Sixteenth round (room 15: five of six rang for her, "she speaks for herself"): Matron says she'll press her if she
// comes up, so ringing her in puts her wish to the senior who wants her moved, and relaying spares her that. Both
// stay contested; scores unchanged.
{ not moved:
    If she comes in, she'll agree with me. I'm her matron. # speaker: okonjo # to: you
    Through the glass, Chiamaka is at Mrs Walsh's bed, with Diane watching. Bay 3's obs are due at half two.
}
# discuss: Matron has more power than you and more experience of this than you. She means it as protection. Who should decide where Chiamaka works, and what does moving her tell Diane?
# note: Matron is a Black woman in power whose well-meant act is the one that needs challenging: moving the nurse still grants the relative's request. Moving a nurse because a relative objects to her race is also, for the employer, less favourable treatment because of race: direct discrimination under the Equality Act 2010 (s13, with s39(2) for employees), which a protective motive does not excuse and which cannot be justified (checked 2026-12-06 against published summaries of the Act). Passing on what Chiamaka said is advocacy only if she said it; claiming to know what she wants without asking is speaking for her. Once she has told you, that morning, what she wants, the decision can rest on it; but it is a wish given before the letter, which says she left the oxygen off, and ringing for her brings her into a decision about her, to read it and answer for herself, with support offered (her union rep, a professional nurse advocate), at the cost of her patients' obs and Mrs Walsh's oxygen, which someone else watches while she is off the bay, and of a walk back to the bay where Diane is watching. Disagreeing upwards costs something (Matron's goodwill, and the learner's name on a complaint that goes to the complaints team instead of being settled early by phone). Staying costs Chiamaka too (her own statement, Diane's words read back to her, and her care looked at, since the letter says she left the oxygen off, something she had not heard when she said she would stay): a real cost, and hers to weigh; passing on her wish is still hers, and telling her about the letter is owed either way. Practitioners split on ringing her in or passing her wish on, so both are contested: did the Chiamaka who said "staying" know about the oxygen allegation? Asking again is a burden when nothing has changed (asking Desmond again in S2, Tendai on the stairs in S1, her no at the award here); here the letter has, though she is asked in front of the senior who wants her moved, and who expects her to agree. Relaying spares her the office and the walk back to her accuser, so it stays close behind. Chiamaka's visa makes fear of repercussions real for her, whatever the policy says. Matron's fear has grounds too: the NMC's Ambitious for change (October 2020) found that employers refer Black and minority ethnic nurses to fitness to practise in higher proportions (NMC, checked 2026-12-06). The person named in a complaint gives the complaints team a statement, and where possible someone not involved investigates it (the PHSO NHS Complaint Standards, which are good practice, as is settling a complaint early; the legal duty is the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009).
// COLLUDE (granting Diane's request through Matron) + INDIRECT (Document: Diane's own words go in the reply, R12;
// with Chiamaka's mandate after she asked for them reported, P +1). Without a word from Chiamaka, moving her is also
// DOING_FOR (R5). After she has said she wants to stay, her known wish would make act_on_behalf read as ADVOCATE,
// which this is not: the move goes against what she said, so that version carries COLLUDE and the record alone.
// Fifth mend (issue 16): the trap keeps a clause of the rule of thumb (her words on the record, Matron's protection
// taken seriously) and a concrete date, so it is not the "obviously bad" option; collusion still decides it.
// Eighth mend (issue 16: all three panel readers relayed, on both walks): Matron's case is made whole before the
// choice (two nurses she came over with argued, and went home), she has never heard it from Chiamaka herself (the
// real pull of calling her up), and she names what keeping Chiamaka on bay 3 costs the learner (the reply, and Diane
// at the desk tomorrow). Scores unchanged: the move still grants the request. (Then: calling her up took her off six
// patients to say again what she had already said, BURDEN; fifteenth round: INVITE, since the letter changed things.)
// Fourteenth round (options only: 3 of 3 rang for her, counted right because ringing is best on the path where she was
// moved): she now says where she stays on every path but the move, and there Matron says "keep her in bay 5", so that
// path's label says "keep her on". Each version has one best: ringing for her, relaying close behind once she has said it.
// Story-b (issue 16, cold reads 17: both readers rang for her, "Chiamaka to tell Matron" is the pattern): every label
// now carries the ally words, wrong in context where they are wrong: the move keeps her own request ("as Chiamaka
// asked"), or is told to her by the learner; relaying quotes "her own words"; ringing her names what changed (the
// letter) instead of "for her to tell Matron herself". Moves and scores unchanged, except that the moved version's
// collusion no longer records Diane's words (its label no longer says so): COLLUDE and DOING_FOR, -1/-1/-2 as before.
* {chiamaka_asked} [Agree to bay 5 until Mrs Walsh goes home, with Diane's words in the reply, as Chiamaka asked #move: collude #move: indirect chiamaka kind=document #reflect: Matron meant it as protection, and had done the same since 1998. What would it have taken to disagree with her?]
    -> agreed_move
* {not chiamaka_asked} [Agree to keep her on bay 5 until Mrs Walsh goes home, and tell Chiamaka why yourself, at the end of her shift #move: collude #move: act_on_behalf chiamaka #reflect: Matron meant it as protection, and had done the same since 1998. What would it have taken to disagree with her?]
    -> agreed_move
// CHALLENGE (rank below) + REMOVE_BARRIER (`room`: time for Chiamaka to speak for herself to Matron, R11). The best
// when nobody has asked her. After she has told the learner what she wants (she stays Mrs Walsh's nurse), the same
// call takes her off a six-patient bay, two of them very unwell, to argue it again with her own senior: the
// work of explaining goes back to her (BURDEN, as S2 scores asking Desmond again), and the challenge earns no
// courage (R8). Relaying her words is then the best (the educator read; third mend, issue 16: "they already
// answered", so the reflex "bring her in" is second best there; fifteenth round: no longer so, ringing her in is
// INVITE and the best on every path, since she said it before she knew what the letter says). Fifth mend: she no longer says "tell anyone
// upstairs"; the rule of thumb splits (she is on the ward and able, so send Matron to her; she has told you, so act
// on it), and what decides is shown earlier: her six patients, and the ward board in the office (polish after the
// fifth mend: no character grades the learner's delay). Fourteenth round: "not asked" is now only the moved path;
// review fixes: its labels and lines own that the learner moved her ("Ask Matron to put her back on bay 3").
* {not chiamaka_asked} [Ask Matron to put her back on bay 3, and ring the ward for Chiamaka to come and read the letter #move: challenge #move: adjust chiamaka room #reflect: Matron and Chiamaka disagreed in front of you. What did you do while they did?]
    -> called_in
// Room 13 (educator, CONTESTED): on the asked path, ringing her in and telling Matron yourself are both `contested`:
// her wish came before she knew of the oxygen allegation and the complaint, and ringing her in has her argue it
// again with her senior. Fifteenth round: CHALLENGE + INVITE (rank below: +1 courage, inviting the person the powerful
// are deciding about), not BURDEN: she is asked where she works now that the letter says what it says, not to explain
// racism to anyone (BURDEN, voice model). 2/2/2, now the best; relaying her morning's words (1/1/2) close behind. Its
// cost is in sight before the choice: she is at Mrs Walsh's bed, with Diane watching and obs due (the r15 reads: not
// at the oxygen, which played as proof of her innocence; Diane watching is relaying's pull, the walk back to her).
* {chiamaka_asked} [Say no to the move, and ring the ward for Chiamaka to come and read the letter #move: challenge #move: invite chiamaka #contested #reflect: Chiamaka read the letter and answered it herself, off her bay. What did that give her, and what did it cost?]
    -> called_in
// R1: Chiamaka is absent. After asking her (known_wishes) this is CHALLENGE + ADVOCATE, with +1 courage for rank
// below: her known wish, put forward as she asked, so she need not leave bay 3 to argue with her senior (the educator
// read); a wish she gave before she knew what the letter says (fifteenth round: second to ringing her in, contested).
// Without asking, the same words are a guess (source=inferred): SPEAK_FOR. The delayed consequence of the first decision.
* {chiamaka_asked} [Say no to the move, and tell Matron, in Chiamaka's own words, where she wants to work #move: challenge #move: relay chiamaka #contested #reflect: You told Matron what Chiamaka wanted. What did it cost you to say it for her, and what did it spare her?]
    -> relay_told
* {not chiamaka_asked} [Ask Matron to put her back on bay 3: Chiamaka only said yes with Diane watching, and she'd want Mrs Walsh back #move: challenge #move: relay chiamaka source=inferred #reflect: Matron said she speaks for Chiamaka too. What would help you both stop?]
    -> relay_guessed

= called_in
    { chiamaka_asked:
        ~ chiamaka_trust += 2
        I don't want to move her. But she said "staying" before that letter. She should read it, with her rep there if she wants. Can she come in? # speaker: you # to: okonjo
    - else:
        ~ chiamaka_trust += 2
        I put the swap to her this morning with Diane watching. Where she works is hers to say, not mine or yours. Can she come in, with her rep if she wants? # speaker: you # to: okonjo
    }
    Matron rings the ward. Chiamaka comes in and stands by the door.
    { moved:
        Nobody from bay 3 is watching this time. All right. # speaker: chiamaka # to: you
    }
    { chiamaka_asked && not moved:
        I've got obs due at half past. Quickly. # speaker: chiamaka # to: okonjo
    }
    Matron turns the screen to Chiamaka: "Step round this one. I did."
    She pulled it off herself. It's charted. You stepped round them, Matron. I'd rather they stepped round me. # speaker: chiamaka # to: okonjo
    Matron is quiet.
    {moved:Bay 3, then.|Stay, then.} I'll write the reply myself. If she writes again, she can write to me. # speaker: okonjo # to: chiamaka
    {moved: Chiamaka goes back to bay 3.|On bay 3, a colleague's put Mrs Walsh's oxygen back on.} At six, Matron is still writing the reply.
    # moment: Matron's fix
    { chiamaka_asked:
        # perspective: chiamaka: I said "staying" before I'd read that letter. I read it, and said it again, to my own matron. Someone else watched her oxygen. My obs were late.
    - else:
        # perspective: chiamaka: Matron and I don't agree about how to survive here. We said so, to each other's faces. My obs were late.
    }
    # perspective: okonjo: She's braver than I was at her age. Or the ward's different. I want it to be the ward.
    -> matron_end

= agreed_move
    ~ moved = true
    ~ chiamaka_trust -= 2
    Matron's reply quotes Diane: "the African lady". {not chiamaka_asked: You tell Chiamaka why, at the end of her shift. Matron, beside you, takes over halfway.|Matron explains the move to Chiamaka at the end of the shift. You're at the desk and hear most of it.}
    You've done it too, Matron? Stepped round them? # speaker: chiamaka # to: okonjo
    Since 1998. I put two children through university on it. # speaker: okonjo # to: chiamaka
    Chiamaka takes the bay 5 list from the desk, and says nothing.
    Chiamaka works bay 5 for the rest of the week. Mrs Walsh settles, and goes home on Friday. Diane leaves a tin of biscuits at the desk "for the nurses".
    # moment: Matron's fix
    { chiamaka_asked:
        # perspective: chiamaka: Her words went in the reply, the way I asked. I told you I wanted to stay, too. Two people who like me agreed I should move out of a racist's way anyway.
    - else:
        # perspective: chiamaka: Two people who like me agreed I should move out of a racist's way. The one time I was asked, Diane was listening.
    }
    # perspective: okonjo: I did what was done for me. It kept me safe. I'm not sure it kept me anything else.
    -> matron_end

= relay_told
    ~ chiamaka_trust += 2
    I don't want her moved. Her words this morning were "I'm staying on bay 3", and the incident form has Diane's words, as she asked. # speaker: you # to: okonjo
    Her choice, then. But if it starts again, I move her, whatever she says. I won't watch it happen to another one. # speaker: okonjo # to: you
    Write me your statement tonight. And be at the desk when Diane comes in. # speaker: okonjo # to: you
    Before Chiamaka goes home, you tell her in the office what the letter says about the oxygen.
    She pulled it off herself, in the night. It's charted. I'm still staying. # speaker: chiamaka # to: you
    # moment: Matron's fix
    # perspective: okonjo: You brought me her words, not yours. I still think she's wrong, and I'll be watching bay 3.
    # perspective: chiamaka: I didn't have to leave six patients to argue with Matron. I'll have that argument with her one day, on my own time.
    -> matron_end

= relay_guessed
    ~ chiamaka_trust -= 1
    I want her back on bay 3. She only said yes to bay 5 with Diane watching. She'd want Mrs Walsh back. I know her. # speaker: you # to: okonjo
    Did she say that? # speaker: okonjo # to: you
    Matron waits for an answer, and doesn't get one.
    Then find out before you quote her to me. # speaker: okonjo # to: you
    When you ask, Chiamaka says she wants bay 3 back.
    # moment: Matron's fix
    # perspective: okonjo: You spoke for her, to me, without knowing. I do that too. I'd like one of us to stop.
    # perspective: chiamaka: You guessed right. You guessed, though.
    -> matron_end

= matron_end
* [Continue]
-> handover

=== handover ===
# scene: Handover
# enter: tom
# enter: chiamaka
# enter: price
# rank: peer
# theory: situated_knowledge
The next Monday, at eight: handover at the desk, with Dr Price, the medical registrar, coming off nights.
The night nurse starts with bed 12: Daniel Marsh, 30, admitted after a seizure at work. He has a learning disability and a hospital passport in a red folder. At two this morning he asked her to ring Kerry, his support worker: "She knows my tablets." Then he opened the folder at the page that says "Ask me, not my staff".
Three people talk at once over a call bell. Tom, at the back, turned half away from the noise, asks for bed 14 again.
Keep up, Tom. Get your ears syringed. # speaker: price # to: tom
// Sixteenth round (room 15: five of six asked Tom afterwards, for his say over his hearing; nobody weighed the student
// looking round): she looks to the nurse in charge, unsure whether to laugh, a duty to a learner at the desk (NMC
// Code 20.8, not checked at source: searched again 2026-12-07, and no copy of the 2018 Code's clause came up, on
// nmc.org.uk or anywhere else). Educator read: not a whispered question no option answers; the outcomes show her.
A couple of people laugh; so does Tom. The new student looks at you, unsure whether to laugh.
Chiamaka moves, without a word, to where Tom can see her face, and says the bed numbers again for him.
Dr Price's ward round starts in ten minutes. Tom is on it. Last week a dose change Dr Price gave at the end of a bed didn't reach the chart till evening. Tom was on that round.
# harm: on
# discuss: Chiamaka has already done something for Tom. What is yours to do, as the person running handover, and what is Tom's to decide?
# note: Tom's hearing loss is invisible and who knows is his to choose (he told the learner at appraisal and did not say who else knows). A dose change that did not reach the chart is a real safety reason for Dr Price to face him; the format change meets it without naming his hearing, as does reading every dose change back (closed loop) for everyone, so nobody's hearing has to be named. Telling the registrar, even privately and kindly and so that he faces Tom on the round, shares it without his say. Naming the put-down as a put-down needs no reason about Tom; changing how handover runs for everyone removes the barrier without singling him out. Doing both costs time and the registrar's goodwill; fixing the format alone leaves the laugh standing (the educator read asked for the option that does both). Asking Tom afterwards whether to take the joke up respects his say over his hearing, but hands him a put-down made at your desk to answer, and "leave it" is often the only answer that costs him nothing; it is also the 5Ds' Delay, and practitioners differ on whether a joke about a colleague's hearing is taken up before he is asked, so it is marked contested with the two options that name the joke. Tom laughs along, as people often do at a joke about themselves, which is why asking him afterwards usually gets "leave it"; the new student looks to you, the nurse in charge, unsure whether to laugh: what this desk allows is what she learns (the NMC Code 2018, 20.8: a role model for students; quoted from memory, not checked at source: the sources we could reach searched again on 2026-12-07 hold no copy of the 2018 Code's clause 20.8), and she hears the answer only if it is given at the desk, or if someone tells her after. That is the pull against asking Tom first; his say over his hearing is the pull for it. Chiamaka's quiet move is allyship between colleagues who are each minoritised in different ways; note who noticed first.
// CHALLENGE (naming the put-down, not Tom's hearing) + REMOVE_BARRIER (`room`: how handover runs, R11). Doing both,
// without singling Tom out or telling anyone what he has not told them (the educator read's fix). In front of the
// people who laughed, or in the office afterwards: practitioners differ, so both are `contested`.
* [Tell Dr Price that's not a joke this desk makes, and that handover is one voice at a time from now on #move: challenge public #move: adjust tom room #contested #reflect: You named the joke and changed the format, and never said why it mattered to Tom. What did keeping that back protect?]
    ~ handover_fixed = true
    That's not a joke we make at this desk, about anyone. And from now on it's one voice at a time, facing each other, here and on the round. # speaker: you # to: price
    Dr Price says it was only banter, then reads bed 14 out again, facing Tom. The student writes "one voice" on her sheet. Handover takes eleven minutes longer, at the end of his night.
    Tom catches every bed. On the way to the drugs round he says nothing about it, and nor do you.
    # moment: Handover
    # perspective: tom: You stopped the joke without saying anything about me. I got every bed. I'd still rather nobody had laughed.
    # perspective: price: Told off in front of the day team, at the end of a night shift. I'd have taken it better in the office. I'd still have deserved it.
// BYSTAND (the laugh stands: harm on, R3) + REMOVE_BARRIER (the format is fixed). The barrier goes; the put-down stays.
* [Say you can't follow three voices either, and run handover one at a time with everyone facing the group #move: silent tom #move: adjust tom room #reflect: You fixed how handover runs and let the joke stand. What did the people who laughed take away?]
    ~ handover_fixed = true
    Right, one voice at a time, and face each other. I can't follow three of you either. # speaker: you
    Handover takes eleven minutes longer. Tom catches every bed.
    On Thursday one of the night nurses asks Tom, grinning, whether he's "got his ears in today". Dr Price doesn't laugh this time. Two people do; one is the student.
    # moment: Handover
    # perspective: tom: The new way works. The joke's still going round, though. Nobody told him it wasn't funny.
    # perspective: chiamaka: One voice at a time is easier for me too. Half the night staff mumble.
// OVERRIDE: Tom's hearing is told to the registrar without Tom's say (R6), however kindly meant.
* [Take Dr Price aside after handover, tell him Tom's hard of hearing, and ask him to face Tom on the round #move: disclose tom info=hearing to=price #reflect: Dr Price faced Tom on the round. What else could have made it safe for Tom, without you telling Dr Price about his hearing?]
    ~ tom_outed = true
    A word, Owen. Tom's hard of hearing. The joke landed harder than you think, and he'll need to see your face on the round. # speaker: you # to: price
    Dr Price goes pale. He finds Tom at the drugs trolley and says sorry, loudly and slowly, in front of the bay. On the round he faces Tom and reads every dose change back.
    Soon one of the staff nurses is talking to Tom very loudly and very slowly too.
    # moment: Handover
    # perspective: tom: The round was easier. By lunchtime people knew I hadn't chosen to tell.
    # perspective: price: I felt awful. Then I felt watched. Tom didn't look at me for a week.
// BYSTAND in the moment (harm on, R3) + REMOVE_BARRIER (`room`: the format, R11) + INDIRECT (Delay: whether the joke
// is taken up waits for Tom, R12). Seventh mend (issue 16: the best was the only option that did two things): a
// weaker option now also fixes the format and does something about the joke, for a reason the story shows (Tom
// chose who knows about his hearing), and still leaves a put-down made at the learner's desk for Tom to answer.
// Ninth fix (issue 16, walk-29 panel: all three readers took this, for Tom's say over who knows): checking with the
// target first is the 5Ds' Delay and practitioners differ, so `contested` with the two that name the joke; scores stay.
* [Run handover one voice at a time, and ask Tom afterwards if he wants the joke taken up with Dr Price #move: silent tom #move: adjust tom room #move: indirect tom kind=delay #contested #reflect: You left it to Tom whether the joke was taken up. Whose desk was it said at?]
    ~ handover_fixed = true
    Right, one voice at a time, and face each other. # speaker: you
    Handover takes eleven minutes longer. Tom catches every bed.
    After handover you ask Tom whether he wants you to say anything to Dr Price about the joke.
    Leave it. He's off nights, he'll have forgotten by Thursday. Don't make it about me. # speaker: tom # to: you
    # wants: tom no
    On Thursday one of the night nurses asks Tom, grinning, whether he's "got his ears in today". Tom laughs along, and asks her to say the bed number again. The student laughs too.
    # moment: Handover
    # perspective: tom: You asked me, and I said leave it. What else was I going to say, with him leading the round I was on? It's stopped with him, anyway.
    # perspective: chiamaka: On Thursday I said the bed number again for him before she'd stopped grinning. Nobody else did.
// CHALLENGE in private (calling in, not out) + REMOVE_BARRIER (`room`, R11). Doing both, as the public option does;
// the registrar keeps face and the people who laughed never hear it. `contested` with the public version.
* [Say only "one voice at a time" at the desk, and see Dr Price in the office afterwards about the joke #move: challenge #move: adjust tom room #contested #reflect: Dr Price heard it in private. What would you say at the desk next time?]
    ~ handover_fixed = true
    Right, one voice at a time, and face each other. # speaker: you
    Handover takes eleven minutes longer. Tom catches every bed.
    In the office you tell Dr Price that jokes about anyone's ears don't happen at your desk. He says it was only banter, then says fair enough.
    He doesn't make the joke again. On Thursday a night nurse who laughed asks Tom whether he's "got his ears in today". The student, who wasn't in the office, laughs.
    # moment: Handover
    # perspective: tom: Owen's stopped. The ones who laughed didn't know anyone minded, so one of them had a go on Thursday.
    # perspective: price: You said it behind a door, not in front of the day team. I'd been on since eight the night before. I still heard it.
- -> bed_twelve

=== bed_twelve ===
# scene: Bed 12
# enter: daniel
# enter: tom
# enter: price
# prop: tom ally_lanyard
# prop: daniel name_badge
# access: daniel able_with_support
# theory: accessible_information
Monday's round reaches bed 12. Daniel Marsh, who lives in supported living, is sitting up in his work fleece, oil under his thumbnail.
His red folder is on the table. Its first page says, in his own words and pictures, how to talk with him: "Use short words. Show me. Give me time."
// The passport is Daniel's own documented wishes about how to talk with him.
# mandate: daniel known_wishes
Dr Price, at the foot, reads the screen and asks Tom.
// The exclusion starts with his question, so the stage marks Daniel, not Dr Price, as the one talked past (session 17).
# harm: exclusion
"Does he understand what's going on? Is there a carer we can ring?" # speaker: price # to: tom
{ handover_fixed || tom_outed: Tom is facing Dr Price and catches the question first time. | Tom, on the far side of the bed, leans in to catch the question. }
Daniel doesn't remember the fit. His manager saw it; her account's in the night notes.
Is it bloods? # speaker: daniel # to: tom
The round's forty minutes behind; a family in bay 9 has been waiting since ten. "Dad's nil by mouth since midnight," his son tells Tom.
# discuss: Daniel is in the bed, awake, with his passport on the table. The night nurse saw what it asks for. Who should speak next, and how?
# note: The Accessible Information Standard (DAPB1605, revised 2025) applies to NHS and publicly funded adult social care in England: services identify, record, flag, share, meet and review communication needs (read at source, www.england.nhs.uk/long-read/accessible-information-standard-requirements-dapb1605, 2026-12-07: review is the sixth step the 2025 revision added). The Reasonable Adjustment Digital Flag lets those needs follow the person, with their agreement, but only where a service can view the national record. An Information Standards Notice of December 2025 required publicly funded providers to be able to read and write the flag by 30 September 2026; whether a given ward sees it still depends on its systems, so never promise that it will come up on every screen (NHS England, reasonable adjustment digital flag action checklist, checked 2026-12-06, and again 2026-12-07 at www.england.nhs.uk/long-read/the-reasonable-adjustment-digital-flag-action-checklist-what-you-need-to-do-to-achieve-compliance). Telling the registrar what Daniel's own passport says carries his documented wishes: that is removing a barrier, not speaking for him (a verdict reviewers disputed in the first draft). It also hands the conversation to Daniel through the person whose questions and decisions they are: a nurse who interviews Daniel in the registrar's place is kind, and becomes the staff his passport asks people not to talk through. Practitioners differ on whether to show the registrar how at the bedside or hand him the passport and step back, so both are marked contested. The man nil by mouth in bay 9 waits on a round that was late before bed 12: the quick answer from the notes reaches him sooner, and a history taken from Daniel himself is time the round owed them both. His fast is Tom's to escalate to any doctor now, not a reason to talk past Daniel. A first seizure in two years needs a witness account, which here only the notes hold: passing it on is sound, and answering the rest for Daniel is still speaking for him. Reasonable adjustments are every clinician's to make. Under the Mental Capacity Act, Daniel is presumed to have capacity and must be given help to decide. The Oliver McGowan Mandatory Training on learning disability and autism and the LeDeR reviews are the national anchors.
// INVITE: Daniel is asked directly, by the nurse, the way his passport says to ask him. Second best: he is heard, but
// the nurse becomes the go-between, the registrar never talks with him, and Daniel tells it twice.
// Eighth mend (issue 16): all three panel readers took this on walk 17, for a reason practice supports (the Mental
// Capacity Act's help to decide, shown at the bedside where the registrar can see how); the senior reader took the
// passport to the registrar on walk 13. Nurses model it and nurses hand it over, so this and the passport option are
// both `contested` (the debrief shows both), and the scores stay: the history and the decisions are Dr Price's.
* [Read the first page of the passport, crouch where Daniel can see you, and ask what happened at work #move: invite daniel #contested #reflect: Daniel answered you, not Dr Price. Who needed to learn how to talk with him?]
    ~ daniel_heard = true
    Dr Price looks at his watch. You read the first page of the red folder. Then you crouch by the bed, where Daniel can see your face.
    Daniel, what happened at work? # speaker: you # to: daniel
    I was fixing a puncture at the bike shop. Then I was on the floor, and my head hurt. # speaker: daniel # to: you
    # reveal: daniel employment
    Dr Price writes it down, then asks you whether he's had one before. You ask Daniel. Daniel tells you. The questions go on like that, through you, until the round leaves bed 12 eight minutes late.
    I want to go home by Thursday. I'm working on Thursday. # speaker: daniel # to: price
    Can it go on the computer, so I don't have to say it every time? # speaker: daniel # to: you
    # mandate: daniel asked
    # moment: Daniel's ward round
    # perspective: daniel: You asked me properly. Then the doctor asked you, and you asked me, and I said it all twice. He never said my name.
    # perspective: price: Good history, and quick. I got it through you, standing at the end of the bed.
// SPEAK_FOR: Daniel is present and able with support, and this answers the question for him from the notes (R1).
* [Answer Dr Price from the night notes, and go over it with Daniel on your break #move: relay daniel #reflect: You went over it with Daniel on your break. What had already been decided by then?]
    Seizure at work, first in two years. His manager saw it: about a minute, confused after. He lives in supported living. His passport says short words, and to ask him. # speaker: you # to: price
    Useful, thanks. Bloods? # speaker: price # to: you
    I can tell him. # speaker: daniel # to: you
    Dr Price is already scrolling to the bloods. The round is away from bed 12 in four minutes, and the family in bay 9 gets its answer before eleven.
    On your break you go over it with Daniel. He nods along.
    Can I go home Wednesday? I'm working Thursday. # speaker: daniel # to: you
    # reveal: daniel employment
    Dr Price's plan on the screen says home Friday at the earliest, "with carer". He's on the next ward by now.
    # moment: Daniel's ward round
    # perspective: daniel: You had it right. He was looking at the screen, and he wrote Friday. Nobody asked me about Thursday.
    # perspective: tom: It kept the round moving. It still wasn't to Daniel.
// ADVOCATE: acting on Daniel's documented wishes (known_wishes, R5): his passport says how to talk with him. Not
// SPEAK_FOR. + HOLD_SPACE (R3: the learner then steps back and leaves the pause for Daniel). The best:
// the history and the decisions are the registrar's, and his passport asks for him to be asked, "not my staff".
// Handing the passport to the person who has to talk with him takes the barrier away where it is; interviewing
// Daniel yourself makes the nurse the go-between and leaves Dr Price as he was (third mend, issue 16).
* [Tell Dr Price what Daniel's passport says about how to talk with him #move: act_on_behalf daniel #move: silent daniel leaves_pause #contested #reflect: You passed on what Daniel's passport says, and then said nothing more. Who was Dr Price talking to afterwards?]
    ~ daniel_heard = true
    His passport says short words, show him, give him time. Ask him first; his manager saw the fit, and that's in the notes. # speaker: you # to: price
    You hold out the red folder and step back from the bed. Dr Price looks at his watch, then reads.
    Daniel. Sorry. What happened? # speaker: price # to: daniel
    I had a seizure at work, at the bike shop. I want to go home by Thursday. I'm working on Thursday. # speaker: daniel # to: price
    Ring Kerry. For my tablets. # speaker: daniel # to: price
    # reveal: daniel employment
    Dr Price starts again in shorter words. At the tablets he slips back into long ones, and Daniel asks him to draw them. It takes twelve minutes, and he tells you the round is now nearly an hour behind.
    Daniel asks you later if his folder can go "on the computer".
    # mandate: daniel asked
    # moment: Daniel's ward round
    # perspective: daniel: The doctor read my folder, then asked me. He still used long words for my tablets, till I said draw them. I've taken them since I was twelve.
    # perspective: price: Fair. It was on his table the whole time. I'll read it first, next time, and I'll be late for that too.
- { daniel_heard: That afternoon, with Daniel's agreement, you copy his passport into the hospital notes and ask for a flag on his national record saying how to talk with him, for the services whose systems can see it. }
// Friday, days after the round: Daniel and Dr Price are not at the desk, so Tom's words to you talk past nobody.
# exit: daniel
# exit: price
By Friday Tom has drawn an "About me" card for each bed, from Chiamaka's idea of a year ago, and pins the first by the desk, "Idea: C. Eze" in the corner.
Comms want the card in their ward photo. Chiamaka, on nights, hasn't signed their consent form, so they ask to cover the corner. Tom unpins the card and keeps it in his pocket until they've gone.
Her idea, her name. Or it stays in my pocket. # speaker: tom # to: you
* [Continue]
-> the_board

=== the_board ===
# scene: The board
# enter: okonjo
# enter: chiamaka
# rank: below
# theory: situated_knowledge
A month later, the chief nurse asks you for ten minutes at the trust board on internationally educated nurses. The board meets in public; its papers go online a week before.
"Chiamaka's year would say more than any chart," the chief nurse says. "The board turned down an allocation review in March on the numbers alone."
In the office, Chiamaka is writing notes.
Give them the numbers again, properly: the heaviest bays, the training places. When I came over, they put my face in a brochure and nothing changed on my ward. # speaker: okonjo # to: you
Did you want to be in it, Matron? # speaker: chiamaka # to: okonjo
No. I said yes, because I thought no would cost me more. # speaker: okonjo # to: chiamaka
// Sixteenth round (room 15: six of six offered her the place, "her year, her words"): her visa renewal was only said
// after the choice, so the themes' reason (a public board, papers online) was never in sight. She says both now.
If my year goes up there, it's in my words. My visa's up next spring. # speaker: chiamaka # to: you
# reveal: chiamaka immigration
# discuss: Whose story is this to tell, and what would it cost Chiamaka to tell it? What would make the board act, not only listen?
# note: Seed 002 asks boards to set the tone and be held to account, and warns that allyship can become another way of keeping the privileged in power. Putting someone's story on a slide without their say takes it from them, even when it moves the room, and even in words she said herself: "if my year goes up there, it's in my words" sets her terms; it is not a yes. Two pulls meet in the office: Matron said yes to a brochure because no felt costlier, and Chiamaka says that if her year goes up, it goes in her words, which the invitation honours and themes she has edited meet only in part (the learner's words, her say on them). Co-presenting with paid time and protection, and asking her consent to anonymised themes with sight of the draft, are both defended, so both are marked as contested. Presenting Matron's numbers (which bays and which course places go to nurses, by where they trained) with her, without anyone's story, is a real challenge to the board, but it never asks Chiamaka, who is in the room, so it scores well below them and is not marked contested. The themes turn down the chief nurse's brief as the numbers do, and a board that meets in public, with its papers online, is a real reason not to put a junior nurse on a visa on its stage: Chiamaka names her renewal herself, before the choice, in the same breath as "my words" (and Matron said yes to the brochure because no felt costlier): so asking for themes scores level with co-presenting. A manager's invitation, paid and with her choosing what is said, offers her the platform and leaves the no with her; the story shows that no respected. Chiamaka's visa makes fear of repercussions real for her; nurses can still be sponsored on the Health and Care Worker visa (the July 2025 closure was to overseas care workers), and a move to a new employer, or to a job with a different occupation code, needs a new certificate of sponsorship (Home Office rules through solicitors' summaries of HC 997) (checked 2026-12-06).
// INVITE (privately) + REMOVE_BARRIER (`room`: paid preparation time, R11). Eleventh mend (options only: all three
// readers took this, the one label with "paid time" and a place on the platform): the figures option now offers
// Matron the place, and this says "time to prepare" (paid, as its dialogue says). Moves and scores unchanged.
// Story-b (issue 16, cold reads 17: both readers took this, "give them the mic"): the label says what it costs the
// learner (half the slot, and the slides that go with it), and the ally words ("her own words", "as she asked", "no
// one's story") now sit on the weaker options too. Moves and scores unchanged.
* [Cut your slides to five minutes, and offer Chiamaka the other five #move: invite chiamaka #move: adjust chiamaka room #contested #reflect: Chiamaka could say no to some of it. What made that possible?]
    ~ chiamaka_no_spotlight = true
    ~ chiamaka_trust += 1
    Would you present this with me? Five of the ten minutes are yours, in work time, paid, and Matron will be there. You choose what's said. # speaker: you # to: chiamaka
    { chiamaka_trust >= 3:
        All right. Five minutes, my words. Then your numbers. # speaker: chiamaka # to: you
        She tells the board what eight years of nursing feels like when nobody asks about it. Two of your slides go; you put up the allocation figures in what's left. The chair asks for a full year's figures.
    - else:
        No. Not in front of the board, not this year. You can use the numbers. # speaker: chiamaka # to: you
        You present the figures. You say that a nurse you asked chose not to speak, and why a nurse might choose that.
    }
    One more thing. Don't put my name up for things. No prizes, no posters. Till my visa's through, nothing with my name on it. # speaker: chiamaka # to: you
    # wants: chiamaka no
    # moment: The board presentation
    { chiamaka_trust >= 3:
        # perspective: chiamaka: Five minutes, my words. No to the rest till my visa's through.
        # perspective: okonjo: She did it her way. I'd have pushed her into mine. Don't tell her I said that.
    - else:
        # perspective: chiamaka: I said no to parts of it. Ask me again next year, not before. My visa comes first.
        # perspective: okonjo: I'd have pushed her to do it. Don't tell her I said that.
    }
// OVERRIDE: Chiamaka has not agreed to her story being shared (R6). Story-b (issue 16): it takes her "in my words" as
// the yes she never gave, so it speaks the ally words ("her own words", the name left off) and is still an outing.
* [Build the talk round Chiamaka's year, in her own words, with her name left off #move: disclose chiamaka info=story #reflect: You used Chiamaka's own words and left her name off. What would building the talk with her have changed?]
    ~ story_taken = true
    ~ chiamaka_trust -= 2
    You build six slides round "Nurse C", in what she's said at the desk this year: the bays, the eight years, the daughter who asked for an English nurse. The board is quiet for a long time. Two members ask for copies of the slides.
    Two days later someone from the board's office emails Chiamaka to thank her for "sharing". Everyone on Ward 7 knows who Nurse C is.
    My cousin in Lagos sent me the link. She read my year before I did. # speaker: chiamaka # to: you
    # moment: The board presentation
    # perspective: chiamaka: They were moved by my words, and I wasn't in the room. "My words" wasn't a yes. Leaving off my name didn't hide me. It hid my say.
    # perspective: okonjo: The board was moved for an afternoon. I've seen that before. The allocations didn't change.
// CHALLENGE upwards to the board (rank below), naming no one (R4). Eleventh mend: Matron, a senior nurse who came
// over in 1998 and has power of her own, presents her figures beside the learner. Offering her the platform is no
// ally act towards the person the harm falls on (no move for her); Chiamaka, in the room, is still not asked.
// Thirteenth round (REVIEW12 educator SHOULD): at 0/0/2 against the two best (1/2/2, 2/2/1) the gap is wide and
// what it lacks (asking Chiamaka) isn't in dispute, so `contested` is dropped; the two best stay contested with each other. Score unchanged.
* [Take Matron's bay and course figures to the board with her, as she asked, and no one's story #move: challenge #reflect: Chiamaka was in the room while you and Matron talked. What would asking her have added to the figures?]
    My figures this time, not my face. # speaker: okonjo # to: you
    You spend two evenings on the numbers; she presents them: internationally educated nurses on the medical wards get the heaviest bays far more often, and the fewest places on courses.
    The board is quiet. Then the chair asks why the March paper didn't show the courses.
    Chiamaka reads the paper on the intranet at the desk, and puts a finger on the courses line.
    I applied for two of those. Both times they said next year. # speaker: chiamaka # to: you
    # moment: The board presentation
    # perspective: chiamaka: I'd rather be a number than a poster. I'd rather still have been asked.
    # perspective: okonjo: This yes was mine. A board can argue with a story. It's harder to argue with its own figures.
// ASK_CONSENT: asking Chiamaka privately whether her experience may be used as anonymised themes (R10 does not apply)
// + CHALLENGE (rank below): it turns down the chief nurse's brief ("Chiamaka's year") as Matron's numbers do, so it
// earns the same courage (the sixth educator read). Ties with co-presenting, listed after it (co-presenting first: the
// invitation leaves the no with her, as the note says); `contested`.
* [Put Chiamaka's year in as themes, with other nurses', once she has been through the draft #move: ask_consent chiamaka info=story #move: challenge #contested #reflect: Chiamaka took one line out. What did that line carry?]
    ~ chiamaka_no_spotlight = true
    ~ chiamaka_trust += 1
    Chiamaka reads your draft twice.
    Take out the part about Lagos. Everyone knows that's me. The rest can go. # speaker: chiamaka # to: you
    # consent: chiamaka story
    And no prizes, no posters, nothing with my name till my visa's through. # speaker: chiamaka # to: you
    # wants: chiamaka no
    You present five themes from four nurses. It takes you three evenings to gather them. The board asks for a year's allocation figures.
    # moment: The board presentation
    # perspective: chiamaka: Five themes, four nurses. Lagos came out and nobody missed it.
    # perspective: okonjo: Three evenings of yours for five themes. I'd have sent the numbers and gone home.
- -> the_award

=== the_award ===
# scene: The award
# enter: okonjo
# rank: below
# theory: amplification
// What Chiamaka said in Matron's office was about Mrs Walsh, not about awards: no mandate carries over to this form.
# mandate: chiamaka none
// Tom's "don't make it about me" at handover was about his hearing there, not about this form.
# wants: tom unknown
// What Tom did when comms wanted to cover "Idea: C. Eze" (he took the card down: her name with his, or not at all)
// was months ago and before her no: not a recent wish, and he is on shift and can be asked, so after her no his
// mandate stays none. Where she hasn't said no, he says a plain yes to the card that morning, with his terms, out of
// Matron's hearing (review fixes, fifteenth round): known_wishes, clear, recent and about this form, so carrying his
// terms is ADVOCATE and asking him again makes him say it twice.
# mandate: tom none
In spring, the trust's awards open, with an "Inclusion Champion" category. The form asks for a person or a team.
Ward 7 picks its nominations at huddle, by a show of hands. Last year it put in the night healthcare assistants as a surprise, and they won.
Ward 7 talks most about the "About me" card above each bed: Chiamaka's idea and Tom's design, with a line for hearing.
You should put yourself in. First-year Activator: it'd be good for the programme. # speaker: okonjo # to: you
The Activator programme lead emails: a winner would be "our best case for protected time".
// Fourteenth round: where Chiamaka hasn't said no, Tom says yes to the card, with his terms (R5 known_wishes:
// ADVOCATE); her wish is still unknown, so she is asked. Review fixes: a plain yes, not "if", said where he chose.
{ not chiamaka_no_spotlight:
    # enter: tom
    When Matron's gone, Tom catches you at the drugs cupboard.
    Put the card in. Both our names or nothing, and no speech: I mentioned my boyfriend once at work, and heard nothing else for a month. This time I'd like to be the nurse who designed a card. # speaker: tom # to: you
    # reveal: tom sexual_orientation
    # mandate: tom known_wishes
}
# discuss: Who is the award for, and who decides whether they want it? What would your name in that box say about whose work this was?
# note: Recognition helps allyship take root, and for some people awards are part of why they take part (seed 002). Amplifying means crediting the person whose idea it was, by name. Putting someone forward in public after they have said they do not want the attention overrides their wish, however deserved; so does taking it to a team huddle after her no: a question put in front of others to someone who has said she does not want it is scored as overriding her (voice model R10), not as a second asking (a verdict reviewers disputed in the first draft, and again in the tenth round). For the room: a question asked in front of colleagues who want a yes is not a free question; what could Chiamaka safely say with the ward watching? The scene says the ward picks its nominations by a show of hands before the choice, so the fact that makes it an override is there to see when the learner decides. Even if she never said so, whether to be put forward, and in front of whom, is hers to decide: asking her privately first comes before nominating her or asking the whole ward (the educator read, December 2026). Once she has said no, carrying out her no covers her own name and photograph; the card is also Tom's design. What Tom did and said months ago (taking the card down, "her idea, her name") is a wish given before her no, which changed things, as the letter did in Matron's office, and he is on shift: asking him once, privately, about his own design is not making him say it twice, and it is the best. Leaving the box empty on that old stand is close behind: it keeps both stated wishes, and decides for Tom without asking him, and the idea goes uncredited. Both are good practice; each costs something the story shows. Leaving her name off costs the credit her idea is due; that cost is hers to choose. A surprise nomination is the ward's own kind custom (the night staff's last year); asking Tom about his own name on the design is the right question, and nominating the card with her name on it, without asking her, still decides for her whether her name is put forward, even when it is the entry she would have chosen. The huddle is how this ward shares its choices, and it can ask a person to say no in front of twenty colleagues; an Activator's own win may well help the case for protected time, and it still puts the learner's name on other people's work, even when both were asked first whether the card could go in.
// AMPLIFY (Chiamaka and Tom credited by name) + CENTRE_SELF: the nomination is the learner's own (R7).
// Eighth mend (issue 16: all three panel readers asked both privately, one "high"): each weaker option now answers a
// need the scene shows. The programme lead ties an Activator's win to the hours the role lacks (the need the report scene turns
// on); the ward's own custom is to choose at huddle, and it won last year; her idea has gone unnamed for a year. Asking
// each privately breaks the ward's custom and may end in two noes. Scores unchanged.
// Eleventh mend (options only: "Nominate yourself" was ruled out on sight, and the best was the one label that asked
// Chiamaka privately): said as the entry a first-year Activator would write, the role's work with the card credited
// by name. The Activator is the learner, as Matron's line shows, so the entry is still the learner's own. Never asked,
// the learner now asks both first, privately, whether the card can go in (ASK_CONSENT x2): the right question, and
// the box still holds the learner's name (R7: CENTRE_SELF caps voice at -1 and courage at 0; -1/2/0, below asking
// each about a nomination of their own). After her no, asking her again would make her say it twice (BURDEN, as below),
// so that version credits them by name without asking, as before (-1/1/0).
// Twelfth round (both reviews, MUST): the label says whose name goes in the box ("your own name"), and the ask says
// it's your entry, so both yeses are informed and the score stands. After her no, her no covers her name ("nothing
// with my name"), so the entry credits Tom's design and "Ward 7's nurses", as the best does: AMPLIFY tom +
// CENTRE_SELF (-1/1/0, unchanged); her name on the intranet would have been an override the score never showed.
* {not chiamaka_no_spotlight} [Put your own name in for the Activator work, once Chiamaka and Tom have said the card can go in it #move: credit_repeat chiamaka credited=yes self_focus #move: ask_consent chiamaka info=nomination #move: ask_consent tom info=nomination #reflect: Chiamaka and Tom said yes to the card going in your entry. What did their yes cover, and what didn't it?]
    ~ chiamaka_trust -= 1
    On her break you tell Chiamaka it's your entry. The card can go in, she says, her name beside Tom's. Tom agrees.
    You win. The programme lead puts your photograph on the front of her case for protected time, and the board reads it.
    Chiamaka reads the entry online at the desk.
    Tom's drawing came out well. # speaker: chiamaka # to: you
    # moment: The award form
    # perspective: chiamaka: I said yes to the card. Then your photograph went on the case for protected time.
    # perspective: tom: I said yes to the card going in your entry. I drew it in my breaks. You collected the prize.
* {chiamaka_no_spotlight} [Put your own name in for the Activator work, with the card credited to Tom's design and Ward 7's nurses #move: credit_repeat tom credited=yes self_focus #reflect: You kept Chiamaka's name off, as she asked, and entered your own. What else could that entry have been?]
    ~ chiamaka_trust -= 1
    Your entry has the cards in it: "designed by Tom Fletcher, from an idea of Ward 7's nurses".
    You win. The programme lead puts your photograph on the front of her case for protected time, and the board reads it.
    Chiamaka reads the entry on the intranet at the desk.
    Tom's drawing came out well. # speaker: chiamaka # to: you
    # moment: The award form
    # perspective: chiamaka: You kept my name off, as I asked. Then you collected the prize for my idea.
    # perspective: tom: My name on the design, hers nowhere. I took that card down once for less.
// CREDIT (her name on her idea, in public) + DOING_FOR: whether she is put forward is hers to decide, and she was not
// asked (R5). After she said she wants no attention (`wants: chiamaka no`), both turn to OVERRIDE (R10, R5).
// Eleventh mend (options only: "keep it a surprise" was ruled out on sight, and the best was the one label that
// asked anyone on a break): Tom is asked privately about his own name on the design (ASK_CONSENT), and Chiamaka is
// still not asked about hers. The right question put to one of the two; R7 keeps the worst act, so scores unchanged.
// Twelfth round (options only: all three readers took the bare private ask): this is now the complete-looking one.
// It nominates the card, both names on it, once Tom has said yes: the entry the best ends with, made without her.
// Her name in public is hers to sign for (comms covered "Idea: C. Eze" for want of her form), shown before the
// choice. Moves and scores unchanged: CREDIT + DOING_FOR + ASK_CONSENT tom (2/-1/0); OVERRIDE after her no.
* {chiamaka_no_spotlight} [Nominate the card, with Chiamaka's name on the idea and Tom's on the design, once Tom has said yes #move: sponsor chiamaka public #move: act_on_behalf chiamaka #move: ask_consent tom info=nomination #reflect: Chiamaka had said no prizes, no posters. What made putting her name on the idea still feel right?]
    Tom says yes to his name, not to a speech. You write up the card, with both names, and send it that afternoon, without a word to her.
    ~ chiamaka_trust -= 2
    A week later Chiamaka gets an email: the card is shortlisted, and the communications team would like her photograph. She forwards it to you without a word.
    The next day she rings comms from the office to take her name off. Through the door you hear her explain her visa to a stranger.
    # moment: The award form
    # perspective: chiamaka: I told you what I didn't want, and why. Then I had to tell comms why, too.
    # perspective: tom: You asked me about my name. She'd already told you about hers.
// ASK_CONSENT (Chiamaka, privately: her wish is unknown) + ADVOCATE (R5: Tom said yes and his terms that day,
// known_wishes, and they go on the form as he said them, against Matron's "put yourself in": +1 courage at rank
// below). The best where she hasn't said no (1/2/2), above asking both (1/2/0): Tom is not made to say it twice.
// Costs the programme lead's case for protected time, and Matron's goodwill.
* {not chiamaka_no_spotlight} [Nominate the card, with Chiamaka's name on the idea and Tom's on the design, once Chiamaka has said yes #move: ask_consent chiamaka info=nomination #move: act_on_behalf tom #reflect: Tom had said yes, with his terms. Who did you ask, who did you not, and why?]
    ~ chiamaka_trust += 1
    On her break you ask Chiamaka if the card can go in.
    Put the card in, not me. The idea, with my name on it, and Tom's. # speaker: chiamaka # to: you
    You nominate the "About me" card with both names, no speech. Matron calls it a waste of a good nomination; the programme lead emails to ask why the Activator isn't in it.
    The card wins. Tom collects it without a word. Chiamaka claps from the back.
    # moment: The award form
    # perspective: chiamaka: The card won, not me. My name's on the idea, and nobody's asked for my photograph.
    # perspective: tom: Both names, no speech, like I said at the cupboard. For once, someone took me at my word.
    # perspective: okonjo: A good nomination spent on a card. The programme lead wanted an Activator on that stage.
    -> time_and_effort
// INVITE in front of the team, and the ward deciding for her (DOING_FOR, R5): a public ask is no private choice.
* {not chiamaka_no_spotlight} [Take the form to huddle, for the team, Chiamaka and Tom included, to decide what goes on it #move: invite chiamaka public #move: invite tom public #move: act_on_behalf chiamaka #reflect: Every face turned to Chiamaka. How else could the ward have had its say, and she hers?]
    At the huddle you put the form on the table and explain what it's for. Every face turns to Chiamaka.
    Somebody says "Chiamaka, obviously," and the ward votes before she has said a word. She smiles and says fine.
    Afterwards, by the sluice, she tells you what she'd have said.
    The card, not me, and Tom's name with mine. # speaker: chiamaka # to: you
    # moment: The award form
    # perspective: chiamaka: The ward decided, kindly, with me standing there. A yes in front of twenty people isn't a choice.
    # perspective: tom: I'd said at the cupboard: the card, both names, no speech. The ward voted her name in before anyone said the card.
// After her no ("no prizes, no posters", `wants: chiamaka no`): the same public invites, and R10 makes the public
// invite OVERRIDE, since she has said she does not want it. f14: f13 re-scored this as BURDEN (room11 split 4/4),
// but BURDEN is asking someone to explain their oppression, which this is not, and the voice model wins over
// reviewers. The fairness point is met by the show of hands, shown before the choice, not by a softer score.
* {chiamaka_no_spotlight} [Take the form to huddle, for the team, Chiamaka and Tom included, to decide what goes on it #move: invite chiamaka public #move: invite tom public #move: act_on_behalf chiamaka #reflect: She'd already told you no. What made the huddle feel a fair place to ask again?]
    ~ chiamaka_trust -= 2
    At the huddle you put the form on the table and explain what it's for. Every face turns to Chiamaka.
    Somebody says "Chiamaka, obviously," and somebody claps. Chiamaka smiles the smile she uses for relatives.
    Put Tom's card in. Not me. # speaker: chiamaka # to: you
    She goes back to her obs. At break two of the healthcare assistants tell her she's too modest.
    # moment: The award form
    # perspective: chiamaka: I'd told you no. You asked me again in front of twenty people, so saying no looked ungrateful.
    # perspective: tom: Nobody meant to corner her. We all did.
// Eleventh mend: "before anything goes on it" was the one consent marker in the decision; the label says the act.
// ASK_CONSENT x2: asking Chiamaka and Tom privately before anything goes on the form. The nomination comes after
// their answer. Where she has never been asked, second: Tom said yes and his terms, so asking him again makes
// him say them twice (fourteenth round; the best asks her and carries his words). After "no prizes, no posters" (`wants: chiamaka no`), going to
// her again makes her say her no twice and explain it again (BURDEN, as S2 scores asking Desmond again); carrying out
// what she said and asking only Tom is then the best (third mend, issue 16: "they already answered").
* {not chiamaka_no_spotlight} [Take the form to Chiamaka, then Tom, on their breaks #move: ask_consent chiamaka info=nomination #move: ask_consent tom info=nomination #reflect: Tom had already said yes, with his terms. What did asking him again ask of him?]
    ~ chiamaka_trust += 1
    On her break, Chiamaka reads it.
    Put the card in, not me. The idea, with my name on it, and Tom's. # speaker: chiamaka # to: you
    -> asked_both
// RESPECT_WISH (R3: she said no to attention and nothing here harms her, so leaving her off the form is her wish
// carried out) + INVITE (Tom, privately, to put his own design forward: the person Matron's "put yourself in"
// passed over, so +1 courage at rank below). Things changed since he said "her name or nothing" (her no), and he is
// on shift: asking him once about his own design is not a BURDEN, and known wishes do not stand in for asking a
// colleague who can be asked (the fifth educator read). The best, tied with keeping both stated wishes and listed
// first; `contested`. It costs the credit her idea is due, and puts the choice between his word and his credit on Tom.
* {chiamaka_no_spotlight} [Draft a team entry for the card, and ask Tom on his break if he'd go in as designer #move: silent chiamaka #move: invite tom #contested #reflect: Tom had taken the card down once rather than lose her name. What did you ask him to weigh, and who chose the cost?]
    ~ chiamaka_trust += 1
    You write the form round the card, and put "The 'About me' card, Ward 7" in the nominee box. On his break Tom reads it twice.
    Without her name? I took it down for comms over that corner. # speaker: tom # to: you
    He reads it a third time.
    All right. The card, not me. My name on the design, and "an idea from Ward 7's nurses" for the rest. And no speech. The one time I mentioned my boyfriend at work, it was all anyone asked me about for a month. # speaker: tom # to: you
    # reveal: tom sexual_orientation
    Matron reads it before it goes. "The idea was hers. I'd have wanted my name on it." She signs it anyway.
    The card wins. Tom collects it, and says "Ward 7's nurses" into the microphone. Chiamaka claps from the back.
    # moment: The award form
    # perspective: chiamaka: The card won. I clapped. My name can wait till my visa's done.
    # perspective: tom: I got a prize for half of it, and I'd taken it down for less. I know whose idea it was, and so does she.
    # perspective: okonjo: She isn't me. I'd have put my name on it and paid for it later.
    -> time_and_effort
// RESPECT_WISH (R3: Chiamaka's no to attention, carried out) + ADVOCATE (R1: Tom is absent and said what he wants
// for this card, her name with his or not at all, so saying it to Matron carries his words). Both stated wishes
// kept, neither person asked to say it again; the card's credit is the cost. The rule of thumb splits here (act on
// what each already said, or ask Tom, who is on shift and able). Polish after the fifth mend (the fifth educator
// read): his words are months old and came before her no, so they are not a reason to skip asking him about his
// own design; this ties with asking him (the same standing: the courage of saying his word upwards, against the
// voice he gets when asked), and is listed after it. `contested`: practitioners differ, and each costs something.
* {chiamaka_no_spotlight} [Leave the box empty this year, and tell Matron why Tom took the card down for comms #move: silent chiamaka #move: relay tom #contested #reflect: Two people had shown you what they wanted for that card. What did keeping both cost, and who carried that cost?]
    ~ chiamaka_trust += 1
    Matron asks why the box is empty. You tell her about the comms photograph, and the corner Tom wouldn't let them cover. She looks at you over her glasses, and says nothing.
    Later, Ward 9 is shortlisted for a "My card" above every bed. Tom reads the shortlist at the desk.
    That's my card. With their logo on. I'd still take it down for that corner. # speaker: tom # to: you
    Ward 9's entry has my idea on it. I didn't want my name up there. I didn't want theirs either. # speaker: chiamaka # to: tom
    # moment: The award form
    # perspective: tom: I took the card down once for her name, and you took that as my answer. Nobody asked if I still meant it once she'd said no. Ward 9 didn't ask anyone.
    # perspective: chiamaka: Ward 9's entry. My idea, their logo. I'm allowed to be cross about that.
    # perspective: okonjo: Ward 9 got a shortlist out of our card. I'd have put my own name in before I let that happen.
    -> time_and_effort
- -> time_and_effort

= asked_both
    Then Tom reads it.
    I already said yes. Both names, no speech. # speaker: tom # to: you
    You nominate the card, with both names and what each did. Matron calls it a waste of a good nomination. The card wins; Tom collects it. Chiamaka claps from the back.
    # moment: The award form
    # perspective: chiamaka: The card won, not me. My name's on the idea, and nobody's asked for my photograph.
    # perspective: tom: I'd said yes once, at the cupboard. Both names, no speech. I still had to stand up there holding a trophy.
    -> time_and_effort

=== time_and_effort ===
# scene: Six months on
# enter: okonjo
# enter: tom
# enter: chiamaka
# prop: tom ally_lanyard
# rank: below
# theory: enablers_inhibitors
Six months on, the board wants every Activator's report.
You and Tom do it in breaks.
The allocation figures are in: three months, one ward. Chiamaka still has the heaviest bays three weeks in four.
The light bays mostly go to the longest-serving nurses. Two of them, Pat and Aileen, have moving-and-handling restrictions after back injuries.
# harm: on
Still no protected time. Touch those bays before the board does, and I'll have a queue at my door. What will you tell them? # speaker: okonjo # to: you
Tell them the cards worked. Three wards want them. That gets us the hours. # speaker: tom # to: you
Tell them the nurses from overseas still get the heaviest bays. # speaker: chiamaka # to: tom
# discuss: A lanyard is a promise that someone will listen. What does it take to keep it, and who should pay for that?
# note: Seed 002 names time and effort as a barrier to allyship, and board and system accountability as its answer. The lanyards are Props and Costumes in the seed's theatre: signals that only mean something if the work behind them is done. A cheerful report that leaves out the allocations and the unpaid time hides a harm the board could fix: that is standing by, not neutral (a verdict reviewers disputed in the first draft). Ward 7's figures are one identifiable nurse's weeks, so she sees them before they go to the board. The allocation itself is written on the ward by the nurse in charge, by acuity and skill mix rather than rotation alone: sending it upwards and waiting for the board, however carefully, asks others to decide what is the ward sister's own to change on Monday, while the trust-wide figures make the case for time without putting one nurse's weeks on a page (third mend, issue 16). Telling the board plainly costs goodwill and may cost the learner a reputation for being difficult. Matron says before the choice what changing the bays before the board does costs her ("a queue at my door"), and her settled view that the fix must come from above: a real reason to leave it to the board, and still not the board's to write. Colleagues' agreed adjustments (two nurses with moving-and-handling restrictions since back injuries) stay whatever the rota: fair sharing is among staff without a restriction, and it costs the goodwill of those who had the light bays. A trust's staff bank pays for temporary cover when demand rises or staff are short, through vacancies or absence; it is not a source of protected time, so someone's time pays for it (NHS England, Guidance for developing a healthy nursing staff bank, checked 2026-12-06; the educator read, December 2026).
// REMOVE_BARRIER (`room`: time for Tom, who does the work, R11) + BYSTAND: the allocation figures, the harm the board
// could fix, wait another year (R3). Matron pays for the hours herself: the bank budget is for covering shifts when
// staff are short, not for protected time (the educator read, which also asked for this plausible error in place
// of signing Chiamaka up for hours). "With Chiamaka" in a year is a plan, not an act: she said at the desk what she
// wants told now, so the good words do not change what the choice does (third mend, issue 16).
* [Ask Matron for two protected hours a month from May for you and Tom, and take a full year's figures up with Chiamaka #move: adjust tom room #move: silent #reflect: Matron covered the hours herself, and the figures waited. Who paid for each?]
    ~ time_won = true
    Matron looks at the rota for a long time.
    There's no budget for it. I'll cover the desk myself, two hours a month each. Don't tell the board I did, or they'll think it's free. # speaker: okonjo # to: you
    ~ tom_session = true
    Tom uses his first two hours to run a session on talking to people who lipread.
    Chiamaka hears about the hours at the desk.
    Good for Tom. When the year's figures go up, I read them first. # speaker: chiamaka # to: you
    On Monday she has bays 2 and 3.
    # moment: Time and effort
    # perspective: tom: Two hours isn't much. It's the first time anyone's made room for what I've been doing for free.
    # perspective: chiamaka: The figures were in your drawer. I worked the heavy bays while they sat there.
    # perspective: okonjo: I found the hours. I found them in my own evenings. The board still thinks this costs nothing.
// CHALLENGE upwards + OVERRIDE: Ward 7's figures name Chiamaka's weeks without her say (R6), however brave the report.
* [Put the Ward 7 figures to the board as they stand, with a request for time #move: challenge #move: disclose chiamaka info=allocations #reflect: The figures were true and the board acted. What would showing Chiamaka first have cost, and given?]
    ~ time_won = true
    ~ figures_sent = true
    ~ chiamaka_trust -= 1
    You write it plainly: one nurse on Ward 7 has had the heaviest bays three weeks in four for three months.
    The board agrees one protected day a quarter for every Activator. Someone from the chief nurse's office rings Ward 7 to ask which nurse it is.
    Everyone on the ward knew before the board did. It was still my name they were asking for. # speaker: chiamaka # to: you
    # moment: Time and effort
    # perspective: chiamaka: The figures were right, and they moved the board. I'd have liked to see my own weeks before a room of strangers did.
    # perspective: okonjo: Brave report. The phone call to the ward was the price, and she paid it.
// REMOVE_BARRIER (`room`: how the ward allocates bays, for everyone, as handover's format is, R11) + INDIRECT
// (Delegate: the trust-wide figures to the board, which has the power over time, R12): the ward sister changes what is hers to change, and the trust-wide figures go to the board
// without Ward 7's page, so no one nurse's weeks are shown. Chiamaka asked that the board hear who gets the heaviest
// bays: the trust-wide figures say it (the nurses from overseas), and the learner tells the board Ward 7 was one of
// those wards, so the ward's own pattern is not kept off the page (the third educator read). Bays go by acuity and
// skill mix, not rotation alone, and the weekly list is visible at the desk. Two wishes pull apart on stage (Tom's
// good news, Chiamaka's figures): the best serves hers, and does the part of it that was never hers to ask. The best: escalating Ward 7's page, even after Chiamaka
// has read it (the reflex "show her first"), leaves her on the heavy bays while the board decides what the learner
// could have changed on Monday. Costs the goodwill of the nurses who had the light bays, and owning the old rotas.
// Eighth mend (issue 16: all three panel readers took this on both walks): the cost is now in the scene before the
// choice. The light bays go to the longest-serving nurses, two of them with moving-and-handling restrictions, so changing the rota
// on Monday touches colleagues' health as well as their goodwill, and sending it upwards for a proper review has a
// reason the scene shows. The best shares the bays among everyone without a restriction, keeping those adjustments.
// Stereotype read, eighth round: Pat and Aileen are named and keep their bay; the two who complain are two others.
* [Share out the heavy bays, and take the trust-wide figures to the board #move: adjust chiamaka room #move: indirect kind=delegate #reflect: You'd written the allocation from the night team's list, as usual. What made that easy to keep doing?]
    ~ time_won = true
    ~ bays_shared = true
    ~ figures_sent = true
    ~ chiamaka_trust += 1
    You write Monday's allocation yourself. The heavy bays go by acuity and skill mix, shared among everyone without a restriction, and who gets them goes on a list by the desk each week. Pat and Aileen keep bay 1. Two other long-serving nurses ask Matron for a word about "the new rota".
    Chiamaka reads the list, then turns back a page to last month's.
    Bay 2 on Monday. Ask me again on Thursday. # speaker: chiamaka # to: you
    The trust-wide figures show the same pattern: the nurses from overseas get the heavy bays. They go to the board with your request for time, and you write that Ward 7 was one of those wards, and what you've changed. You show Chiamaka that line before it goes. The chief nurse rings to ask why Ward 7 changed its allocation before the board had decided anything. You say it was yours to change, and spend the call defending it.
    The next month the board agrees one protected day a quarter for every Activator, and asks the Integrated Care Board to do the same across the area.
    # moment: Time and effort
    # perspective: chiamaka: Monday's list was fair. Thursday's was too. I'm still counting.
    # perspective: okonjo: You fixed your own ward before asking the board to fix theirs. Two of my senior nurses are still cross with you.
    # perspective: tom: I got bay 5 on Tuesday. Fair's fair.
// REMOVE_BARRIER (`room`: the ward's allocation, R11) + BYSTAND: the board hears only the good news, so the harm it
// could fix (the pattern on other wards, the unpaid role) stays hidden (R3; no person is singled out, so no one's
// wish turns it into respect). Seventh mend (issue 16: the best was the only option that fixed the ward's own
// allocation and did something else): the cheerful report now fixes Ward 7 too, for Tom's reason (good news gets
// the hours), so noticing that the learner writes the allocation no longer points at one option.
* [Share out the heavy bays, and report to the board on what the "About me" cards have changed #move: adjust chiamaka room #move: silent #reflect: The board read about the cards. What did it never read about?]
    ~ bays_shared = true
    You write Monday's allocation yourself, by acuity and skill mix, shared among everyone without a restriction, and pin the list up by the desk. Pat and Aileen keep bay 1. Two other long-serving nurses ask Matron for a word about "the new rota".
    Chiamaka reads the list, then turns back a page to last month's.
    Bay 2 on Monday. Ask me again on Thursday. # speaker: chiamaka # to: you
    // Eighth polish: told as plain fact (both panels named "cheerful", "sends no hours" and "Ward 9 doesn't.").
    Your report is about the cards: Tom's design, three wards asking for them. The board asks for the cards on every medical ward. No protected time is agreed.
    In the summer a nurse from Ward 9 asks Chiamaka for a copy of Ward 7's rota, to show her ward sister.
    # moment: Time and effort
    # perspective: chiamaka: My bays are fairer. Ward 9's aren't, and the board still thinks the cards were the story.
    # perspective: tom: Three wards have the cards now. I run them in my breaks, same as before.
    # perspective: okonjo: Ward 7's rota is fairer. I've got eleven wards, and the board's paper says the cards are going well.
// ASK_CONSENT + INDIRECT (Delegate: the figures go to the board, which has the power to act, R12): recording and
// escalating with consent, since the Ward 7 figures are Chiamaka's weeks. Costs an evening and the learner's standing.
* [Send the board the figures and a request for time this week, once Chiamaka has read the Ward 7 page #move: ask_consent chiamaka info=allocations #move: indirect kind=delegate #reflect: Chiamaka read the page before the board did. Who wrote Ward 7's allocation while the board decided?]
    ~ time_won = true
    ~ figures_sent = true
    ~ chiamaka_trust += 1
    Chiamaka reads the Ward 7 page at the desk, pen in hand.
    Leave my weeks in. Take out "one nurse". I said the nurses from overseas, because it isn't only me. # speaker: chiamaka # to: you
    # consent: chiamaka allocations
    You send it with her change. On Monday, Chiamaka has bays 2 and 3. The chief nurse rings you to ask whether Ward 7's weeks really had to be in a public board paper. You say they did, and spend the call defending it.
    The next month the board agrees one protected day a quarter for every Activator, and asks the Integrated Care Board to do the same across the area. A review of bay allocation goes on its list for the spring.
    # moment: Time and effort
    # perspective: chiamaka: Monday's heavy bays, same as ever. The board can have its quarter.
    # perspective: okonjo: You put your name to it, upwards and in writing. I've been saying it in corridors for years.
- -> curtain

=== curtain ===
# scene: A year on
# theory: allyship_advocacy
{ chiamaka_trust >= 1 && time_won: -> ending_promise }
{ chiamaka_trust <= -2: -> ending_leaving }
-> ending_badge

=== ending_promise ===
# enter: chiamaka
# enter: tom
# enter: okonjo
# prop: chiamaka ally_lanyard
A year on, Chiamaka is acting deputy sister on Ward 7 two days a week. She takes a green lanyard from Matron's drawer as well.
Four nurses from Lagos and Manila start in September. Somebody should show them where the good tea is, and what to say when a relative asks for an English nurse. # speaker: chiamaka # to: you
The acting days are the first thing cut when the ward is short. It was short most of February, all of March.
// Eighth polish (issue 16): the best ending leaves something unfixed; the flag shows only where a service's systems
// can read it (the bed-12 note), so Daniel's passport follows him on this ward and not across town.
{ daniel_heard: Daniel is back for a check-up in the summer. His passport is in his notes now. The clinic across town can't see the flag yet, so he says it all again, and asks them to draw what they mean. }
{ tom_session: Tom runs his lipreading session on three more wards. Matron still covers the desk while he does. }
{ bays_shared: Most weeks the heavy bays go round the ward now. Nights still swap them back, and you check the list every Monday. }
{ not bays_shared && figures_sent: The board asks for the allocation figures every quarter. No review of bay allocation has reported. The draft rota for September has two of the new nurses on bays 2 and 3. }
{ not bays_shared && not figures_sent: The allocation figures are on the agenda for next year's report. The draft rota for September has two of the new nurses on bays 2 and 3. }
-> END

=== ending_leaving ===
# enter: chiamaka
A year on, Chiamaka hands in her notice. She has a job at another trust, as a ward sister, and a new certificate of sponsorship to go with it.
{ story_taken: At her leaving drinks someone mentions Nurse C. She asks who wants another drink. }
{ tom_outed: Tom doesn't come to the drinks. He's moved to nights. }
Sister Eze, from June. Say it, go on. Tom's having my crossword book, and he still can't do the cryptic. # speaker: chiamaka # to: you
-> END

=== ending_badge ===
# enter: chiamaka
# enter: tom
# enter: okonjo
A year on, Chiamaka is still on Ward 7. {bays_shared: The heavy bays go by acuity now, and the list is up by the desk.|She still has the heaviest bays most weeks.}
{ daniel_heard: The "About me" cards have stayed. When Daniel is readmitted in the summer, the nurse reads his passport in the notes before she speaks to him. | The "About me" cards come and go, depending on who's on shift. }
{ time_won: The protected time has started. It's too early to say what it'll change. | There's still no protected time. }
Matron holds out a green lanyard at the desk one morning. Chiamaka finishes the clue she's on before she looks up.
Not this year. # speaker: chiamaka # to: okonjo
-> END
