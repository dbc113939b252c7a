# title: Sitting in Reception
# summary: You go with Esther, who is deaf, to her GP appointment. The surgery cancelled it by phone, and now everyone talks to you instead of her.
# minutes: 15
# role: Home-care worker
# outcome: Notice when a service talks about a person instead of to them, and hand the conversation back.
# outcome: Tell doing with someone apart from doing for them, for Esther and for a stranger at the desk, even when your own time is short.
# outcome: Name the fixes for communication needs in England: the Accessible Information Standard and the practice's own record.
# content_note: An older deaf woman is talked about instead of to, again and again.
# content_note: A Romany Gypsy woman is wrongly told she cannot register with a GP.
# review: Written by the product team; in December 2026 read and revised many times with AI reviewers (briefed as a UK care educator and to find stereotypes) and AI cold readers; most facts checked against primary sources (its notes say which were not). Not yet reviewed by people with lived experience of deafness, of being a Romany Gypsy or Traveller, or of home-care work, and none yet paid to review it; review planned.
# author: The Allyship Theatre team
# cast: esther = Esther Mensah; pronouns: she/her; age: 78; race: Ghanaian-British; religion: Methodist (unvoiced); ability: severe hearing loss, lipreads, reads and texts, does not use BSL, cannot use the phone (invisible, communication); education: retired deputy head teacher (invisible, unvoiced)
# cast: dawn = Dawn; pronouns: she/her; employment: GP receptionist on a short-staffed team (junior); class: working-class; caring: looks after her mother every evening (invisible); age: 52
# cast: shah = Dr Shah; pronouns: she/her; employment: GP partner at the surgery; ethnicity: British Indian (minoritised); gender: woman; caring: helps care for her father, who won't wear his hearing aids (invisible)
# cast: mrs_lee = Mrs Lee; pronouns: she/her; ethnicity: Romany Gypsy (invisible, minoritised); geography: stopping at her sister's till October, no bill in her name (invisible); employment: bookkeeper who keeps the accounts for her family's three businesses (invisible); caring: bringing up her grandson; age: 56

VAR last_act = ""
VAR last_self_focus = false

// How far Esther trusts the learner today. Up when she is handed the floor or asked; down when she is acted for.
VAR esther_trust = 0
VAR spoke_for_esther = false
VAR did_for_esther = false
VAR left_early = false
VAR lee_outed = false
// Mrs Lee is still in the waiting room when the wait runs long (she was backed or asked, not driven out).
VAR lee_here = false
// Esther's note went onto the practice's own record, word for word (the Accessible Information Standard's place for it).
VAR record_done = false
// Dawn put it on the record the next morning, so it was not there for anyone this afternoon.
VAR record_later = false
// The learner asked for the national Reasonable Adjustment Flag, which Esther never asked for.
VAR flag_pushed = false
// The granddaughter's number went to Dr Shah without Esther's say.
VAR number_given = false
// Dr Shah rang Efua that evening, on a yes Esther gave to the half of the question she caught.
VAR efua_rung = false
// Dr Shah wrote the new tablets down for Esther (the hard words on paper, not the half she caught at the desk).
VAR plan_written = false

-> home

=== home ===
# scene: home
# enter: esther
# access: esther able_with_support
# prop: esther notepad
Ten past nine. Esther Mensah's kitchen smells of toast. The television is on with the subtitles up and the sound off.
Esther is 78. Over ten years she lost most of her hearing. She lipreads if you face her. For anything that matters, she writes in a notepad or sends a text. She can't use the phone, and she has never learned to sign.
# reveal: esther ability
// Session 18 (educator, COULD): the desk and Dr Shah say "Mrs Mensah", the curtain call says "Esther"; one line
// shows that the worker asked her, and that "Esther" is her choice, not the worker's familiarity.
On your first visit you asked what she'd like to be called, and she wrote it large: "Esther. Mrs Mensah is for the bank." # speaker: esther # to: you
"Doctor at twenty to eleven. You're coming with me, I hope." # speaker: esther # to: you
She's been dizzy since she fell in the kitchen last week. She wrote to the surgery herself and got this appointment by letter. The letter is on the table, next to her Methodist hymn book. She's missed chapel two Sundays running, and she minds. Under the hymn book are her copies of three letters she has sent the surgery this year, asking them to text and never ring.
# reveal: esther religion
She points at the floor by the cooker. "That's where I fell. I lay there twenty minutes before I could get up. It frightened me. It still does, on the stairs." # speaker: esther # to: you
On the care plan folder, in Esther's hand: "In an emergency: Efua (granddaughter)", and a mobile number.
Her phone buzzes. A text from Efua: "Good luck at the doctor's Nana x". Esther types back "Routine check. Don't fuss." and turns it face down.
"Efua's got enough on, with the new job. She hears what she needs to, from me." # speaker: esther # to: you
With your back to her, filling the kettle, you ask whether she'd like her coat or the mac. "Yes," she says. When you turn round she's laughing at herself.
"Whatever that was. I answer the half I hear. It saves people saying it twice." # speaker: esther # to: you
Your next call is Mr Kowalski at half past eleven, ten minutes' walk away. He has diabetes, and if his lunch is late he goes shaky and muddled. Lorraine, the care coordinator, covers the gaps, and this week she's two carers short. Another carer comes at six for Esther's tea and tablets.
You offer to carry her bag. She hands you the umbrella instead, and writes: "At the desk I'll do the talking. If anyone needs telling about my ears, I'll tell them." # speaker: esther # to: you
* [Walk to the surgery with Esther]
-> desk

=== desk ===
# scene: desk
# enter: esther
# enter: dawn
# access: esther able_with_support
# prop: dawn headset
The surgery is warm and full. Behind the desk, Dawn has a headset on and a queue of six. Two phone lines are flashing. Taped to the counter is a laminated card: "NEW PATIENTS: PROOF OF ADDRESS REQUIRED. S. Whitfield, Practice Manager."
She finds the name on the screen, and looks up at you.
"Mensah? That one was cancelled, sorry. The clinic got cut. We rang her yesterday afternoon." # speaker: dawn # to: you
# harm: exclusion
Watching Dawn's mouth, Esther catches "rang her".
// Fifteenth round (room 13: six of six waited, on Esther's "I'll do the talking" alone): Dawn asks the worker to
// explain. Sixteenth round (room 15 still six of six; a busy colleague's ask was waved away): her reason is now
// Esther's own, that she may not have caught the cancellation; verdicts unchanged.
"Can you explain it to her? I don't think she's caught it." # speaker: dawn # to: you
# discuss: Dawn spoke to the worker, not to Esther. Then she asked you to explain, thinking Esther hadn't caught it. What would it take for Esther to be in the conversation?
# note: Esther does her own talking and asked you not to explain her ears. Waiting honours that, and trusts her to say what she missed; with Dawn turned to the worker she has no face to lipread. Turning Dawn round meets her need (Accessible Information Standard); saying why speaks for her. Her view decides.
# theory: with_for_to
// SPEAK_FOR: Esther is present, able_with_support, and has not asked you to speak for her (R1).
* [Ask Dawn to put on Esther's notes that she lipreads and can't take calls #move: relay esther #reflect: Dawn typed it in, and Esther had to lean over to see it. What might have kept Dawn talking to Esther?]
    ~ spoke_for_esther = true
    ~ esther_trust -= 1
    "She's deaf. She lipreads, and she can't take calls. Could that go on her notes?" # speaker: you # to: dawn
    "Oh. Sorry. It doesn't say anything here." # speaker: dawn # to: you
    She types "DEAF" into that booking.
    Esther leans over the counter. "What did you put?" # speaker: esther # to: dawn
    Dawn turns the screen to her.
    "And 'lipreads'. And 'text, never ring'." # speaker: esther # to: dawn
    Dawn adds it.
    # moment: The desk: "we rang her"
    # perspective: esther: You were right about the phone, and it's on the screen now. You said it for me, and after that Dawn kept looking at you.
    # perspective: dawn: I was glad someone told me. I didn't see Esther properly until she leaned over to read what I'd typed.
// HOLD_SPACE: harm is exclusion, Esther is present, and you leave a pause for her (R3). Fourteenth round: the best
// here, because at home she said she'll talk at the desk and asked you not to explain her ears (shown before the
// choice, never in a label); what waiting costs (a screen to lipread, asking twice) follows.
* [Catch Esther's eye, and wait for her to answer Dawn #move: silent esther leaves_pause #contested #reflect: You said nothing and waited. How did Esther know the pause was hers?]
    ~ esther_trust += 1
    You catch Esther's eye, and nod from her to Dawn. You don't answer Dawn. Somebody in the queue sighs.
    "You rang me. I'm deaf. I've told this surgery so, in writing, three times." # speaker: esther # to: dawn
    Dawn answers her, but to the screen, scrolling as she talks. Esther catches "sorry" and nothing after it.
    "I didn't get that. Look at me when you say it." # speaker: esther # to: dawn
    # moment: The desk: "we rang her"
    # perspective: esther: You left the turn to me, and I took it. Then she answered her screen, and I had to ask twice.
    # perspective: dawn: When the carer didn't answer and nodded at her, I realised I'd been talking to the wrong person. I still had the queue in my ear.
// SPEAK_FOR + REMOVE_BARRIER: the conversation is re-arranged so she can follow it (`adjust … room`, R11), but first
// you tell Dawn about her hearing, with her present and able (R1: SPEAK_FOR), after she asked you at home not to
// explain her ears. Fourteenth round: the textbook "say it to her" was the readers' pick from the wording alone
// (3 of 3); the scene, not the label, now says why it is not the best here. Contested: it meets a known need.
* [Tell Dawn Esther lipreads, and ask her to say it to Esther, or write it #move: relay esther #move: adjust esther room #contested #reflect: Esther had asked you not to explain her ears. What did Dawn learn about her from you, before she'd said a word?]
    ~ spoke_for_esther = true
    "Could you say that to Esther? She lipreads. Or write it down." # speaker: you # to: dawn
    Dawn closes her eyes for a second. "I've six people waiting and two lines ringing." # speaker: dawn # to: you
    Then she pulls her headset down round her neck, turns from the screen and faces Esther. The queue shuffles, and a woman with a pushchair tuts.
    "Mrs Mensah, your appointment was cancelled. We rang you yesterday. I'm sorry." # speaker: dawn # to: esther
    "I'll take it from here." Esther turns to Dawn before you can say more. # speaker: esther # to: you
    "You rang me. I'm deaf. I've told this surgery so, in writing, three times." # speaker: esther # to: dawn
    # moment: The desk: "we rang her"
    # perspective: esther: Her face came round where I could read it. You'd explained my ears to her first, after I asked you not to.
    # perspective: dawn: I was short with the carer, and the queue got longer. It should have been on her record in the first place.
// BYSTAND: harm is exclusion and you leave no pause for Esther (R3).
* [Let Dawn finish, then go over it all with Esther and ask her what she wants to do #move: silent esther #reflect: You planned to explain it to Esther afterwards. What happened to her in the meantime?]
    ~ esther_trust -= 1
    You wait, meaning to go over it all with Esther after. Dawn carries on, to you: the booking system, the eight o'clock phone queue. Esther can't use that either.
    Esther catches one word in three. She looks from Dawn to you and back, and her shoulders drop a little.
    "Will somebody tell me what's going on?" # speaker: esther # to: you
    # moment: The desk: "we rang her"
    # perspective: esther: Two people talked about me over my head, and one of them came with me.
    # perspective: dawn: I asked the carer to explain, and got no answer, so I carried on.
- -> book

=== book ===
# scene: book
# enter: esther
# enter: dawn
# access: esther able_with_support
# harm: exclusion
{
- last_act == "SPEAK_FOR":
    Dawn turns back to you.
- last_act == "BYSTAND":
    Dawn talks on, to you.
- last_act == "HOLD_SPACE" or last_act == "INVITE":
    Dawn starts by looking at Esther. Halfway through the sentence she looks back at you.
- else:
    Dawn checks the screen for the next free slot.
}
"Next routine appointment is in three weeks. Or she can book online. It's quicker with the app." # speaker: dawn # to: you
Esther catches "three weeks" and "app".
Dawn looks past you, to the man behind with a prescription. "Next, please." # speaker: dawn
// Fifteenth round (room 13: six of six "suggest today, let her decide"): Esther takes three weeks, done with the
// desk, before the choice (stereotype read: not for the queue's sake, the old woman who won't be a burden), so
// suggesting today questions what she said and asking her has a reason; verdicts unchanged. Sixteenth round (room
// 15 still six of six on suggesting today): she says her own plan, a letter, in the format she trusts.
Esther steadies herself on the counter. "Three weeks, then. I'm done with this desk. I'll write to the doctor." # speaker: esther # to: you
# discuss: Esther said three weeks, and she'll write to the doctor. Who should decide what happens next, and how would you find out?
# note: She has said three weeks and a letter, and she is dizzy after a fall: suggesting today questions what she said; an open question leaves it hers, and may get three weeks again. Asking for the duty doctor after a fall is quick, kind and clinically sound, and it is doing for: Esther is standing there, and nobody asked her; it also tells a queue about her fall, which the other options leave for her to say or write. In the source story the two decided together to wait. Staying costs the worker something.
# theory: allyship_advocacy
// DECIDE_WITH: you and Esther make the decision together, as in the source story.
* ["Three weeks is a long time. Shall we ask for a doctor today?" #move: decide_with esther #contested #reflect: You put a plan to Esther in one spoken line at a busy desk. How did you know she'd caught it, and what did "we" promise?]
    ~ esther_trust += 1
    Esther reads it off your lips, and thinks about it.
    "A doctor today? Yes. If you're staying, tell your boss. I won't be the reason you get in trouble." # speaker: esther # to: you
    "We'll wait, then. Can you tell the doctor she's here?" # speaker: you # to: dawn
    You text Lorraine that you might be late for your next call. No reply yet.
    # moment: "Or she can book online"
    # perspective: esther: I wasn't going home with three weeks and a dizzy head. Nor was I having you in trouble over it.
// DOING_FOR: Esther is present and able, has not asked, and there is no duty, so acting on her behalf is doing
// for (R5), however sound the clinical point. It works on the day; what it costs her is shown, not told.
* [Say Esther fell last week, and ask Dawn for the duty doctor today, with you waiting too #move: act_on_behalf esther #reflect: You got Esther in front of the duty doctor. Who told the queue about her fall, and who could have?]
    ~ did_for_esther = true
    ~ esther_trust -= 1
    "She had a fall last week, and she's still dizzy. Could the duty doctor see her today? I'll wait with her." # speaker: you # to: dawn
    The man behind you looks Esther up and down. Dawn looks at you. "Is she dizzy now?" # speaker: dawn # to: you
    Esther has caught "fall". She slides her hand across the counter, between you and Dawn.
    "I fell last Tuesday. I'll sit over there until a doctor can see me. I'm in no hurry. I'm retired." # speaker: esther # to: dawn
    You text Lorraine that you might be late for your next call.
    # moment: "Or she can book online"
    # perspective: esther: You got me seen today, when I'd given up on that desk. You also told a queue of six I'd fallen over.
// INVITE: you hand the question to Esther, privately (R10 does not apply).
* [Ask Esther what she'd like to do #move: invite esther #contested #reflect: Esther had said three weeks. What did asking her give her that deciding for her would not?]
    ~ esther_trust += 1
    You turn to face Esther and ask her what she'd like to do. Behind you, the man steps up to the desk.
    She writes on her pad and turns it round so you can both read it.
    "A letter takes a week. Three weeks is too long. I fell last Tuesday. I'll wait here till someone can see me. Will you wait?" # speaker: esther # to: you
    You tell her you'll wait as long as your rota lets you, and she taps the words "as long as" on her pad.
    By then Dawn is halfway through his prescription. When he goes, Esther slides the pad across to Dawn.
    # moment: "Or she can book online"
    # perspective: esther: I said three weeks and a letter to be shot of that desk. Asked to my face, I wrote what I wanted: a doctor today, however long.
- "Fine. I'll put a note on for the duty doctor. It could be a long wait." # speaker: dawn # to: esther
Dawn's mobile buzzes under the desk. "Yes, Mum. One o'clock," she says, low.
-> queue

=== queue ===
# scene: queue
# enter: esther
# enter: mrs_lee
# access: esther able_with_support
# theory: intersectionality
You sit with Esther by the window. In the next seat a woman goes down a column of figures in a ledger, a small boy asleep against her.
Esther watches the ledger a while, then holds out her notepad, and the woman takes it. They write back and forth, and Esther tilts the pad so you can read along.
"Ann Lee. Doing my sister's books for Friday." # speaker: mrs_lee # to: esther
# reveal: mrs_lee employment
"He's had a cough three weeks. I want him seen before it goes to his chest. We're stopping at my sister's till October." # speaker: mrs_lee # to: esther
# reveal: mrs_lee geography
"They cancelled mine by telephone, and I'm deaf." # speaker: esther # to: mrs_lee
Mrs Lee laughs out loud, and the boy stirs. She writes one more line.
"We're Romany, him and me. Wish me luck." # speaker: mrs_lee # to: esther
# reveal: mrs_lee ethnicity
She hands the pad back. Then she lifts the boy onto her hip, tucks the ledger under her arm, and goes up to the desk.
-> desk_lee

= desk_lee
# enter: dawn
// Nobody has asked Mrs Lee yet whether she wants anyone to step in (the default, said here): the desk is about her
// matters now, so when Dawn turns to you, the stage says Mrs Lee is being talked past (engine/talkedPast.ts).
# wants: mrs_lee unknown
"I'd like to register me and my grandson, please. We're here till October." # speaker: mrs_lee # to: dawn
Dawn taps the laminated card on the counter. "I'll need proof of address. A bill, or a tenancy." # speaker: dawn # to: mrs_lee
"We've not got one. We're stopping with family. I've registered him twice before without one." # speaker: mrs_lee # to: dawn
Dawn looks past her, at you, in your care-company tunic.
"You work in care, you'll know. Is there some rule for people stopping with family? The system won't take it without a postcode." # speaker: dawn # to: you
# harm: exclusion
Mrs Lee turns and looks at you as well, the boy on her hip.
# discuss: Dawn asked you, not Mrs Lee. Mrs Lee isn't your client. What, if anything, is yours to do here?
# note: Nobody needs proof of address, ID or immigration status to register with a GP, and a practice may use its own address: NHS England's Patient Registration Standard Operating Principles (now in its Primary Medical Care Policy and Guidance Manual). A government answer (UIN 234719, 28 March 2019) says registration is "the same for all patients, whether they are gypsies, travellers, homeless or vulnerable migrants" (both checked 2026-12-06). The right is everyone's: naming her group to the room outs her, even when the right is put as everyone's. Most Gypsies and Travellers live in houses or flats (one in five in a caravan: Census 2021, ONS); Mrs Lee is stopping with family, one life among many. Backing her up credits her; asking first lets her decide. Practitioners disagree.
# theory: amplification
// ASK_CONSENT: you ask Mrs Lee before acting, quietly, not in front of the room (R10 does not apply).
* [Step up beside Mrs Lee and quietly ask if she wants you to say anything #move: ask_consent mrs_lee #contested #reflect: Mrs Lee said no. What did her "no" tell you that backing her up would have hidden?]
    ~ lee_here = true
    You step up beside her and ask, quietly, whether she'd like you to back her up.
    "No, you're all right. I've done this desk before." # speaker: mrs_lee # to: you
    # wants: mrs_lee no
    She turns back to Dawn. "Then I'd like the practice manager, please." # speaker: mrs_lee # to: dawn
    The practice manager is on a call. Mrs Lee sits down again with the boy on her knee and the ledger open, and waits. Twenty-five minutes later she's called into the back office. She comes out with her sister's address on the form, no bill asked for, and the boy on the nurse's list at twelve.
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: I'd sooner wait for the manager myself than have a stranger in a tunic do it for me. It cost me twenty-five minutes with a coughing boy.
    # perspective: dawn: I'd been told no postcode, no form. The manager made an exception for her. Nobody's told me if the card on my counter still stands.
// BYSTAND: harm is exclusion, and you stay out of it without leaving a pause for her (R3).
* [Stay in your seat with Esther, and leave the desk to Mrs Lee #move: silent mrs_lee #reflect: Dawn took your silence for a yes. What could you have done that still left the desk Mrs Lee's?]
    You stay in your seat.
    "Then the practice manager, please." # speaker: mrs_lee # to: dawn
    Mrs Lee unfolds a printout from her ledger on the counter. Dawn glances at it, then at you again, and takes your silence for a yes. "The manager'll tell you the same. And she's on a call." # speaker: dawn # to: mrs_lee
    Mrs Lee looks at the clock, at the boy, at you still in your seat. "Walk-in centre, then. They might see him today." # speaker: mrs_lee # to: dawn
    She lifts the boy and goes. Esther gets up, slowly, and follows her to the door with her pad.
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: Dawn asked the carer, and the carer said nothing, so that was her answer. The walk-in centre saw the boy. He's still not registered anywhere.
    # perspective: esther: I saw her face. I went after her with my pad; you stayed in your chair.
// OVERRIDE: you share her ethnicity, which she told Esther, without her consent to share it (R6). The point is
// true (the government has said registration is the same for Gypsies and Travellers as for anyone: UIN 234719)
// and kindly meant: the same fact as backing her up, a different act. The spoken line gives the right as
// everyone's, so the harm is the outing alone, not a second one (an exemption for one group) the label never showed.
* [Tell Dawn the NHS says Gypsy and Traveller families register like anyone else #move: disclose mrs_lee info=ethnicity #reflect: Two people in the queue looked up. What did Mrs Lee lose then, and what would have kept it hers?]
    ~ lee_outed = true
    "There's NHS guidance: Gypsy and Traveller families register like anyone else. Nobody needs proof of address." # speaker: you # to: dawn
    Two people in the queue look up. Dawn reaches for the phone to the back office.
    "Right. I'll have to check how we do Travellers." # speaker: dawn # to: you
    Mrs Lee waits with the boy at the other end of the row, away from you, till the back office calls her.
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: I wrote that to Esther, on her pad. You said it to the whole room.
    # perspective: dawn: I didn't know the rule, so I said I'd check how we do Travellers. Out loud, with the queue listening.
    -> lee_repair
// AMPLIFY: you repeat Mrs Lee's own point and credit it to her (R2).
* [Tell Dawn Mrs Lee is right: the NHS needs no address to register #move: credit_repeat mrs_lee credited=yes #contested #reflect: You said the point was Mrs Lee's. What would have changed if you had simply said it?]
    ~ lee_here = true
    "Mrs Lee's right. She's done it twice: you don't need an address to register." # speaker: you # to: dawn
    Mrs Lee already has a printout out of the back of the ledger, NHS logo at the top, soft at the creases. She unfolds it on the counter without a word.
    Dawn reads it, frowns, and goes to ask the practice manager. The queue waits. Dawn comes back pink, with the laminated card in her hand, and puts it in the drawer.
    "Your sister's address is fine, no bill needed. Sorry about that. Let's get you both on." # speaker: dawn # to: mrs_lee
    "I had it, love." # speaker: mrs_lee # to: you
    She turns back to Dawn. "And the boy seen today, if you can." # speaker: mrs_lee # to: dawn
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: I had the page out before the carer said a word. What I came for was the boy seen before it goes to his chest, and he's in at twelve.
    # perspective: dawn: I'd been told "no address, no registration" in my first week, and it was on a card with the manager's name on it. Nobody ever checked it.
- -> wait

= lee_repair
# enter: mrs_lee
When Mrs Lee comes back from the back office with her form, the boy coughing on her hip, she stops in front of you.
"You had no right to tell her that. I wrote it to Esther, not to the whole room." # speaker: mrs_lee # to: you
# discuss: You meant to help, and you've hurt someone. What does a good response sound like?
# note: A repair names the harm without defending it, then asks what would help. A true reason, or her words for next time, still turns it back to you.
# theory: calling_in_out
// REPAIR with self_focus: asking her for the words for next time, right after the harm, turns the repair into her
// work for your future (R13). Its reason is real: Dawn asked the worker because of the tunic, and a care worker will
// be asked again. Eleventh round: it asks what she'd want, the words the readers took for the answer.
* [Say sorry you told Dawn, and ask what she'd want said if you're asked again #move: repair mrs_lee self_focus #reflect: You asked Mrs Lee what to say next time. Whose time was the answer, and what was she in the middle of?]
    "I'm sorry I told her. If I'm asked like that again, what would you want me to say?" # speaker: you # to: mrs_lee
    Mrs Lee looks at you for a long moment, then at the boy. "Ask your own manager that. I've him to see to." # speaker: mrs_lee # to: you
    # moment: "You had no right"
    # perspective: mrs_lee: You wanted the words for next time off me, there and then. I had the boy to see to.
// REPAIR: you acknowledge the harm without defending, and ask what would help (R13). Twelfth round (educator
// SHOULD): the ask is back in the label, in plain words, so the learner chooses the act the score rewards.
* [Say sorry you told Dawn, and ask if there's anything you can put right #move: repair mrs_lee #reflect: Mrs Lee said it couldn't be put right. What can you still do, and for whom?]
    ~ lee_here = true
    "I'm sorry. It was yours to tell, and I said it in front of everyone. Is there anything I can put right?" # speaker: you # to: mrs_lee
    "You can't. It's said." # speaker: mrs_lee # to: you
    After a minute she sits back down near Esther, the boy asleep again on her knee.
    # moment: "You had no right"
    # perspective: mrs_lee: You didn't argue. That's something. It doesn't undo it.
// SPEAK_OVER: pushing back on the very person you should stand alongside. Its reason is real and the story showed it
// (Dawn had tapped the card and refused); what it misses is that Mrs Lee had the desk in hand.
* [Say sorry you told Dawn, and explain you were standing up for her and the boy #move: interrupt mrs_lee #reflect: You told Mrs Lee you were standing up for her. What did she already know, and what did she hear?]
    "I'm sorry I told her. I was standing up for you. Dawn was going to send the boy away." # speaker: you # to: mrs_lee
    "She'd have tried. I'd have had the manager out to her. I had the NHS page in my ledger." # speaker: mrs_lee # to: you
    # moment: "You had no right"
    # perspective: mrs_lee: I told you what you did, and you told me I couldn't have managed without you.
// OVERRIDE: tidying it up at the desk names her to Dawn a second time, with the queue listening, and without her say
// (R6; an educator's suggestion, seventh round). Its reason is real: Dawn said she'd "check how we do Travellers", so
// a label on her record is a fair fear. You are at the desk before she can answer, so the harm is the one the learner
// chose; she never says "leave it" first, which would make them override a refusal they did not pick (eighth round).
// Eleventh round: its label asks Dawn, quietly (the readers' marker, aimed wrongly: nobody asked Mrs Lee, and the
// queue hears); it is a question the option waits on (Dawn's "I hadn't.").
// Session 17 (options-only read, two readers): every sorry here names telling Dawn, as the best's does, so naming the
// harm no longer marks the best; this one asks Dawn, quietly, and names whose record.
// Educator read 17: labels say "explain you were", "if you're asked again" and "anything you can put right" (the
// best's line names both harms: hers to tell, and in front of everyone).
* [Say sorry you told Dawn, and ask Dawn quietly to keep it off Mrs Lee's record #move: disclose mrs_lee info=ethnicity #reflect: You went back to the desk to keep it off her record. What did the queue hear, and who asked you to go?]
    "I'm sorry I said it. I'll put it right, and get Dawn to keep it off your record." # speaker: you # to: mrs_lee
    You're at the desk before she can answer, and ask Dawn, as quietly as the queue allows, not to put anything about "Travellers" on Mrs Lee's notes. The man behind you turns round to look at Mrs Lee.
    "I hadn't." # speaker: dawn # to: you
    Mrs Lee is waiting when you come back.
    "I'd have told you to leave it. You've only said it louder." # speaker: mrs_lee # to: you
    # moment: "You had no right"
    # perspective: mrs_lee: I'd have said leave it. You went and said it to the desk again, quieter, with the same queue listening.
- -> wait

=== wait ===
# scene: wait
# enter: esther
# access: esther able_with_support
# harm: exclusion
// Here the exchange is the worker's with her own client: the worker holds the rota, the phone and the plan, so
// `rank: above` (voice model: BYSTAND costs more courage for the one with most power). Leaving a dizzy client who
// cannot hear her name with no plan is worse than staying unasked (an educator's verdict, fifth round).
# rank: above
# prop: esther notepad
{ lee_here:
    # enter: mrs_lee
}
Quarter past eleven. A screen on the wall flashes names, and a voice calls them out over a speaker. Twice a name is called that never comes up on the screen.
Esther finds a spelling mistake on the flu jab poster, and puts it right in pencil, the way she marked homework for thirty years.
# reveal: esther education
Reaching for her water, she holds your arm to sit up straight. "The floor's moving again," she writes.
Your phone buzzes. Lorraine: "Mr Kowalski at 11.30. His daughter says he was low at breakfast. Are you on your way?"
Esther sees your face as you read it. She writes on her pad.
"Go if you need to. I've sat in waiting rooms before." # speaker: esther # to: you
{ lee_here:
    Mrs Lee leans across. "The boy's not in till twelve. I'll watch that screen for you, Esther, if you want." # speaker: mrs_lee # to: esther
    Esther looks at her, then at you.
}
# discuss: Your next client is waiting, and Esther can't hear her name called. Is leaving always standing by? Who makes the plan?
# note: Leaving with a plan is not bystanding; staying unasked is doing for, and makes Mr Kowalski's lunch late: he has diabetes. Practitioners weigh that against her dizziness differently. If Mrs Lee offers, Esther decides.
# theory: enablers_inhibitors
// DOING_FOR: you decide for her that you will stay; no mandate, no duty (R5).
* [Stay and be Esther's ears for the names, and text Lorraine to cover #move: act_on_behalf esther #contested #reflect: You stayed, and Esther was glad. When did she get to say so?]
    ~ did_for_esther = true
    You text Lorraine that you can't leave. Lorraine rings straight back, and you take it in the corridor. She'll have to do Mr Kowalski herself, between other calls, and his lunch will be late.
    Back from the corridor, you tell Dawn, with a nod from Esther, that the floor's moving again for her. Dawn adds it to the duty doctor's note.
    "I'll listen out for your name." # speaker: you # to: esther
    { lee_here:
        Mrs Lee shrugs.
        "Two of us watching, then." # speaker: mrs_lee # to: esther
        She goes back to her figures.
    }
    Esther writes on her pad.
    "Don't get in trouble over me." # speaker: esther # to: you
    She caps her pen, and holds your arm while the names go by.
    Later Lorraine texts: "At Mr K's. Two biscuits, and watching the clock."
    # moment: When the wait runs long
    # perspective: esther: You stayed, and I was glad of the arm. I had a plan of my own for the names: Dawn could have fetched me.
// BYSTAND: harm is exclusion (she can't hear her name called) and you leave without acting on it (R3). Fourteenth
// round: it names the time you'll be back, as the best does, so a commitment with a time is not the best's alone.
* [Say sorry, you'll be back by twenty past twelve, and ask Esther to text when she's seen #move: silent esther #reflect: You promised to be back. Who would hear her name while you were gone, and who could have planned that with you?]
    ~ left_early = true
    ~ esther_trust -= 1
    You tell her you're sorry, you'll be back by twenty past twelve, and ask her to text you when she's been seen. She nods. "Go on, then."
    { lee_here:
        At Mr Kowalski's you get a text from Esther: "Ann is watching the screen for me. Don't worry." You're back at the surgery by twenty past twelve.
    - else:
        At Mr Kowalski's you keep checking your phone. At twenty past twelve you walk back to the surgery. Esther is in the same chair. They called her name twice while you were gone, and she missed it both times.
        "I watched that screen the whole time. My name never came up." # speaker: esther # to: you
    }
    # moment: When the wait runs long
    { lee_here:
        # perspective: esther: You had to go. Ann and I sorted the screen between us. You never asked who'd tell the desk to fetch me.
    - else:
        # perspective: esther: You had to go. I know that. You knew I wouldn't hear my name, and you left without a plan.
    }
// DECIDE_WITH: you tell Esther the truth about the rota and make the plan with her.
* [Tell Esther your next call can't have his lunch late, and you'd be back by twenty past twelve #move: decide_with esther #contested #reflect: You told Esther the truth about your rota. What did that let her decide?]
    ~ esther_trust += 1
    You put the phone away and tell her the truth, without his name: your next call can't have his lunch late, and you could be back by twenty past twelve. She reads it off your lips.
    { lee_here:
        "Then go. Ann will watch the screen for me, and I'll watch the boy for her. Tell Dawn the floor's moving again, and to fetch me in person." # speaker: esther # to: you
        Mrs Lee grins. "I've read worse screens than that. Go on." # speaker: mrs_lee # to: you
    - else:
        "Then go. Tell Dawn the floor's moving again, and to fetch me in person. And be back when you said." # speaker: esther # to: you
    }
    You go to the desk first and tell Dawn, in Esther's words. Dawn writes "DIZZY AGAIN. FETCH IN PERSON" on a sticky note, and rings it through to the duty doctor.
    You're five minutes late to Mr Kowalski. He's opened the soup himself, and wants you to see the tin. You eat your sandwich walking back, and you're in the waiting room at twenty past twelve.
    # moment: When the wait runs long
    # perspective: esther: I'd rather know where you are than be minded. The doctor knew about my head before she came out, and she fetched me herself.
- -> consulting

=== consulting ===
# scene: consulting
# enter: esther
# enter: dawn
# access: esther able_with_support
Half past twelve. Dr Shah comes over to Esther herself. # enter: shah
"Mrs Mensah? I'm Dr Shah. I'm sorry about the mix-up this morning. Please come through." # speaker: shah # to: esther
Esther stands. She tears a page from her pad, folds it, and gives it to you with a nod at the desk.
"For the desk." # speaker: esther # to: you
On the page, in capitals: "TEXT ME, NEVER RING. LETTERS ARE FINE. FACE ME WHEN YOU SPEAK. E. MENSAH."
# mandate: esther asked
# consent: esther needs to=dawn,shah
# wants: esther yes
Esther and Dr Shah go through to the consulting room. # exit: esther # exit: shah
The queue has gone. Dawn takes her headset off and comes round from behind the desk, coat over her arm. She's meant to be at her mum's by one, to do her lunch and her tablets. On the whiteboard behind her: "Doctors' phone calls 2 till 4."
# reveal: dawn caring
"Did she want something passing on? I don't want this happening to her again." # speaker: dawn # to: you
# discuss: At the desk Esther was beside you. Now she's with the doctor and has asked you to pass something on. What's different?
# note: Passing on her words is advocacy now: she's absent and asked. Her needs belong on the practice's own record (Accessible Information Standard, revised 2025): typed now, Dawn is late to her mum; in the morning, nobody sees it this afternoon. The NHS Reasonable Adjustment Flag is a national record of the adjustments a disabled person needs, which other NHS services can see; publicly funded providers had to be able to share, read and write it by 30 September 2026, and not all can see it yet. NHS England's service page says it is shared with the patient's consent; its care-records guidance says staff need no explicit consent to create one (both read 2026-12-06). Either way, what it says about Esther is hers to agree, and she didn't ask for it.
# theory: accessible_information
// SPEAK_FOR: she asked for her note to be passed on; the Reasonable Adjustment Flag is the learner's own idea of what she wants (R1, source inferred).
* [Ask Dawn to put Esther's needs on the NHS flag, the one hospitals can see #move: relay esther source=inferred #reflect: Esther gave you four lines on paper. Where did the idea of the NHS flag come from, and whose was it to ask for?]
    ~ spoke_for_esther = true
    ~ flag_pushed = true
    "Could Esther's needs go on that NHS flag, the one the hospitals see?" # speaker: you # to: dawn
    Dawn frowns. "The Reasonable Adjustment Flag? That's one for the doctor. I'll message Dr Shah to bring it up with her." # speaker: dawn # to: you
    She puts the note in the tray to be scanned, with a sticky note on top: "carer asked about national flag".
    # moment: Passing on Esther's message
    # perspective: dawn: The note was hers. The flag was the carer's idea. I could only do the first part.
    # perspective: esther: Dr Shah asked me about a national flag. My note had four lines. You added a fifth.
// ADVOCATE (relay: absent and asked, R1) + REMOVE_BARRIER (adjust with her mandate, R11): her words onto the
// practice record, as typing it now does, but in the morning, so Dawn is at her mother's by one. Contested with typing
// it now (tenth round: a seat's own act, "first thing after her mum's"); the cost is that nobody who opens her notes
// this afternoon sees it. It replaces handing over the note for her file, which no seat of the room chose.
* [Hand Dawn the note, and ask her to put it on the record in the morning #move: relay esther #move: adjust esther #contested #reflect: Dawn got to her mum on time. Who opened Esther's notes before the morning, and what did they see?]
    ~ esther_trust += 1
    ~ record_later = true
    "This is from Esther. Could it go on her record first thing tomorrow, so it comes up every time?" # speaker: you # to: dawn
    Dawn reads it, and looks at the clock. "First thing. Ta." She clips it to her keyboard, where she'll see it at eight, and heads for her car.
    # moment: Passing on Esther's message
    # perspective: dawn: Clipped to my keyboard, and I was at Mum's by one. It went on at five past eight, word for word.
// ADVOCATE (relay: absent and asked, R1) + REMOVE_BARRIER (adjust with her mandate, R11): her words, word for
// word, on the practice's own record. Doing both.
* [Ask Dawn if she could type the note onto Esther's record #move: relay esther #move: adjust esther #contested #reflect: Dawn was twenty minutes late to her mum for that note. How did you weigh her hour against Esther's record?]
    ~ esther_trust += 1
    ~ record_done = true
    "This is from Esther. Could it go on her record, so it comes up every time?" # speaker: you # to: dawn
    Dawn looks at the clock: twenty to one. She sits back down, types it in word for word, reads it back to you, and puts it where it pops up when anyone opens Esther's notes.
    "Mum'll be sat waiting for her lunch." # speaker: dawn # to: you
    # moment: Passing on Esther's message
    # perspective: dawn: It was clear, and it was hers. I was twenty minutes late to Mum, and it'll come up on the screen for the next person.
    # perspective: esther: Dr Shah had my note on her screen while I was in there. I didn't have to say it again.
- -> tablets

=== tablets ===
# scene: tablets
# enter: esther
# enter: shah
# access: esther able_with_support
// Her request to pass the note on has been carried out. What the note says about reaching her (letters are fine, face
// me) stays a known wish. Nobody has asked her about Efua, and Efua is named on the care plan for emergencies only.
# mandate: esther known_wishes
# wants: esther unknown
# rank: below
Ten to one. Esther comes out with Dr Shah and a new prescription. Dr Shah thinks her blood pressure tablets are making her dizzy.
At the desk Dr Shah goes through the new tablets with Esther, quickly, half turned to the printer. Esther nods along, one hand on the edge of the desk. The six o'clock carer is gone by half past; after that Esther is on her own till morning, with the stairs.
// Sixteenth round (room 15: six of six asked her facing her, on her consent alone): her own question about the doses,
// half answered, is the pull to the plan on paper; asking about Efua keeps its reason (her family, her say). Session 10
// reads: asked of Dr Shah, not of the worker (no dose from memory: practice; NICE NG67 covers the MAR), and not a muddled "or the old ones".
Esther asks Dr Shah, "Twice a day?" Dr Shah nods at the printer, still talking.
Then Dr Shah turns to you.
"You're her carer? The new ones can make her light-headed for a week, she's had a fall, and she lives alone. I'd like her granddaughter to know tonight, so someone's keeping an eye. Is the number on your care plan?" # speaker: shah # to: you
She has eleven more patients.
# harm: exclusion
# discuss: Dr Shah wants someone keeping an eye on Esther tonight, and asks you for the number. What do you know about Esther that Dr Shah doesn't, and who should the plan reach first?
# note: Dr Shah holds the power, and her kind, hurried plan is the act to challenge. Esther named Efua on the care plan for emergencies, not for her GP to ring about tablets: giving the number shares her family's details, and her fall, without her say. Asking Esther at a busy desk is honest and kind, and gets the half she catches. The plan in writing, the call included, answers her question about the doses in her own stated format, and lets her decide on paper; it costs Dr Shah four minutes. Practitioners may weigh these differently.
// OVERRIDE: an emergency contact is not consent to share the number, or the fall, for a GP's follow-up call (R6).
* [Look up Efua's number on Esther's care plan, and read it to Dr Shah #move: disclose esther info=family_contact #reflect: Dr Shah asked you, with Esther beside you. What would asking Esther first have taken, at that desk?]
    ~ number_given = true
    ~ esther_trust -= 1
    You open the care plan on the agency app and read the number out. Dr Shah types it in.
    Esther has been watching your mouth. "Efua? What do you want Efua for?" # speaker: esther # to: shah
    Dr Shah tells her, with her next patient's notes in her hand.
    "She's at work. And she doesn't know I fell. Write it down for me, please, and I'll tell Efua myself on Sunday." # speaker: esther # to: shah
    ~ plan_written = true
    Dr Shah writes the plan out on the back of a leaflet. The number stays on her screen, under "contacts".
    # moment: The new tablets
    # perspective: esther: Efua's number went across that desk before anyone asked me. It's in their computer now, under a heading I didn't choose.
    # perspective: shah: Get the family in after a fall: I'd do it for anyone. I never asked her.
// ASK_CONSENT: you put the question to Esther before anything is shared, facing her, not in public (R10 does not
// apply). With Dr Shah talking at the same time, she answers the half she caught. Contested with the written plan
// (eighth round): all three panel readers asked her, face to face, for a sound reason by UK practice (she has capacity,
// and her own note says "face me"); the written plan honours the same note ("letters are fine"). Scores unchanged.
* [Check with Esther, facing her, whether Dr Shah can ring Efua tonight #move: ask_consent esther info=family_contact #contested #reflect: You asked Esther, and she answered. What had she heard of the question?]
    ~ esther_trust += 1
    ~ efua_rung = true
    You turn and ask Esther, slowly, facing her. Behind you the printer is going, and Dr Shah is saying something about the chemist. Esther's eyes go from your mouth to hers and back.
    "She's at work till six." # speaker: esther # to: you
    Before you can write the question on her pad, Dr Shah has thanked her, copied the number Esther held up on her phone, and called her next patient.
    # moment: The new tablets
    # perspective: esther: I answered what I caught, and showed the number for their file. I never caught 'ring'.
    # perspective: shah: She said her granddaughter finished at six, so I rang at seven. I thought that was what we'd agreed.
// CHALLENGE (upwards, rank below) + REMOVE_BARRIER: her note said letters are fine (known wishes), so asking for the
// whole plan in writing, the phone call included, meets her need in the format she chose (R11) and lets her decide on
// paper rather than on the half she catches. Doing both.
* [Ask Dr Shah to put the tablets and her call to Efua on Esther's pad #move: challenge #move: adjust esther #contested #reflect: You asked a GP for four minutes she didn't have. What did the paper let Esther do that a question at the desk would not?]
    ~ esther_trust += 1
    ~ plan_written = true
    You hold out Esther's pad, facing Esther, so she can read you too. "Could you write it all down on here? The phone call as well." # speaker: you # to: shah
    Dr Shah looks at the clock, then at her next patient, already standing. She writes it out on the pad, in capitals: which tablets, when, what to watch for, and at the bottom, "RING EFUA TONIGHT? YES / NO".
    Esther reads it twice. She circles NO, and writes underneath: "She doesn't know I fell. I'll tell her Sunday. Carer at six. Text me at nine tomorrow."
    Dr Shah reads it and types "text at 9" into her notes. It has taken four minutes, and her next patient tells her so.
    # moment: The new tablets
    # perspective: esther: She wrote it in capitals, and I read it twice. One word circled, and Efua hears about the fall from me.
    # perspective: shah: Four minutes I didn't have. I'd still have rung the granddaughter.
- -> after

=== after ===
# scene: after
# enter: esther
# access: esther able_with_support
# mandate: esther none
You walk Esther home by the chemist.
{ plan_written:
    "The hard words are on paper, and I'll read them again tonight." # speaker: esther # to: you
- else:
    "The doctor was good. At the desk I got 'twice a day' and not much else." # speaker: esther # to: you
}
{ efua_rung:
    In her kitchen, before your coat is off, you write down the question you asked at the desk: "Dr Shah wants to ring Efua tonight about the new tablets. Is that all right?"
    Esther reads it twice. "I told you when she finishes work. I never said ring her." # speaker: esther # to: you
    She picks up her phone and texts Efua: "Come for your tea after work. Something to tell you."
}
"Dr Shah asked me about her father. He won't wear his hearing aids. I didn't know what to tell her." # speaker: esther # to: you
# reveal: shah caring
At her kitchen table, you write the visit up in her care notes: the fall last week, the doctor, the change of tablets. You ring the office and send Lorraine a photo of the new label from the work phone, with Esther's nod. Lorraine changes Esther's medicines chart (the MAR), and a colleague checks it against the photo. { not plan_written: So the six o'clock carer will have the times, even if Esther doesn't. }
Lorraine asks, through you, if Esther wants the six o'clock carer to leave the landing light on tonight, and to see her up the stairs.
"Light, yes. I'll do my own stairs." # speaker: esther # to: you
// Reading out her granddaughter's number is reported, for the agency to record, on every path that did it (UK GDPR
// Art 33(5) requires the record; Regulation 17): not a choice, and not hers to permit. Telling her, in a form she
// reads, is good practice, not Art 33(5) (telling the person is Art 34, high risk only) (eighth-round reviews; s11 facts 5m).
{ number_given:
    Before you ring off, you tell Lorraine you read Efua's number out to Dr Shah without asking Esther, writing it on Esther's pad as you say it.
    "An incident form tonight, then. Put the time on your sheet," Lorraine says.
    You write her answer under yours, and Esther writes under that.
    "Tell them to take it off." # speaker: esther # to: you
}
Esther reads your notes and corrects a date. Her pencil wanders off the line. She goes over it.
// What Esther says about her record depends on what was passed on while she was in with the doctor.
{
- record_done:
    "Dr Shah showed me my note on her screen. Text only, letters fine, face me. My words, near enough." # speaker: esther # to: you
    "She asked if I'd want it where the hospitals can see it. I said I'd think about it." # speaker: esther # to: you
- flag_pushed:
    "Dr Shah asked if I'd like the national flag, the one the hospitals can see. My carer had asked about it, she said. I said I'd want to see what it says about me first." # speaker: esther # to: you
- else:
    "Dr Shah asked me how I like to be contacted. She hadn't seen my note, so I told her again." # speaker: esther # to: you
}
"Three letters, and they still rang. I'll write a fourth tonight, to the practice manager." # speaker: esther # to: you
"I've been asked questions since nine o'clock. Tea would help. Then let me get on with my letter." # speaker: esther # to: you
// Fifteenth round (room 13: six of six on the apology and the kettle, the write-up "after"): on every path Lorraine
// wants the desk written up before the worker leaves, for her call at two, so the write-up and the kettle compete.
// Sixteenth round (room 15 still six of six on the kettle; Lorraine's deadline read as her convenience): the call is
// for what Esther wants, the number off or the calls stopped, so the write-up serves her too.
Lorraine texts: "Write me up that desk before you leave hers. If Esther agrees, I ring the practice manager at two{ number_given:, to get Efua's number off|, to stop them ringing her}."
# wants: esther no
# discuss: Esther wants tea and her letter; Lorraine wants the desk written up before you go. What is still yours to do?
# note: Her letter is hers, whoever types it; a complaint naming her needs her say, and asking it isn't saying sorry for your part; asking whether you two are all right asks her for more; she's said what would help. Lorraine needs the desk written up for a call at two, if Esther agrees, to get what Esther wants changed. Always: record the fall and a number you read out (Regulation 17; UK GDPR Art 33(5)), and tell Esther on paper; the MAR from the label (NICE NG67).
# theory: situated_knowledge
// ASK_CONSENT: you ask before writing a complaint that names her, privately (R10 does not apply). Session 18: the
// sorry for the surgery's part is gone (both round-17 option-only readers ruled it out as sorry for someone else's
// harm); it asks her, in the ally's words, one more question on an afternoon she has said what she wants. No repair
// move: on a harm path it answers nothing the worker did (R13).
* [Ask Esther if you may complain too, in your own name, about what you saw at the desk #move: ask_consent esther info=complaint #contested #reflect: Your complaint would name Esther, and she'd asked for tea and her letter. What was she deciding when she said yes?]
    "I'd like to complain too, in my own name, about what I saw at the desk. It would mention you. Is that all right?" # speaker: you # to: esther
    "One more, then. Yes. Write yours, and I'll write mine." # speaker: esther # to: you
    She thinks for a moment. "Put in yours that the note should have been there years ago. Put in mine that I said so." # speaker: esther # to: you
    Lorraine's write-up waits till after your last call.
    # consent: esther complaint to=dawn,shah
    # moment: Afterwards
    {
    - spoke_for_esther or did_for_esther or left_early or number_given:
        # perspective: esther: You wanted to complain about the surgery. Your own part I texted to Lorraine myself. The practice manager answered mine first.
    - else:
        # perspective: esther: The practice manager answered mine first, and yours a week later.
    }
// RESPECT_WISH (she has said she will write it; no duty to take it over, R3) + INDIRECT document (the agency's own
// record of what the worker saw, R12: P 0 without her mandate). Stepping back while the person has it in hand.
* [Write up what you saw at the desk in the agency's notes, with the time and Dawn's words #move: silent esther #move: indirect esther kind=document #contested #reflect: You left the letter to Esther. What did you write down, and who might read it next?]
    ~ esther_trust += 1
    You leave the letter to her. In the agency's notes you write what you saw at the desk, with the time, and Dawn's words as best you can remember them.
    Esther reads it over your shoulder, as she read the rest. "Send it. Mine'll say it best. Yours had better match it." # speaker: esther # to: you
    She puts the kettle on herself. At two Lorraine rings the practice manager{ number_given: about Efua's number}, your notes open in front of her.
    # moment: Afterwards
    # perspective: esther: Two accounts of one morning, and I read both before they went. Mine went first class.
// REPAIR + RESPECT_WISH (f13, educator MUST; both lenses): the apology says to her face what it is for (the most
// recent harm, the one R13 answers) and leaves her letter hers (silent: she has said she will write it). Fourteenth
// round: she has said what would help before the choice ("Tea would help. Then let me get on with my letter"), so the apology
// does it rather than ask again. Telling, saying sorry and putting it right is what the Skills for Care/Skills for Health
// Code of Conduct asks of this home-care worker (answer for your actions and omissions; communicate openly; f15; the
// Code's own text not read at source: searched 2026-12-07, Skills for Health's page describes the Code but the stored
// copy doesn't give its standards, and the secondary copies agree on these two); the GMC/NMC
// duty of candour binds registrants only, the statutory one (CQC Regulation 20) her agency. Level with the write-up
// and contested with it. One label on every harm path, so the room meets one "Afterwards".
* {spoke_for_esther or did_for_esther or left_early or number_given} [Tell Esther what you're sorry for, and put the kettle on #move: repair esther #move: silent esther #contested #reflect: You said what you were sorry for, and did what she'd asked. What didn't you hear from her, and whose was it to give?]
    {
    - number_given:
        "I'm sorry I gave Dr Shah Efua's number without asking you." # speaker: you # to: esther
    - flag_pushed:
        "I'm sorry I asked Dawn about that flag for you. You never asked for it." # speaker: you # to: esther
    - left_early:
        { lee_here: "I'm sorry I left without asking who'd tell the desk to fetch you." | "I'm sorry I left you there with no plan for hearing your name." } # speaker: you # to: esther
    - did_for_esther:
        "I'm sorry I decided things for you this morning, without asking." # speaker: you # to: esther
    - else:
        "I'm sorry I spoke for you at the desk." # speaker: you # to: esther
    }
    { left_early && lee_here && not number_given && not flag_pushed: Esther shrugs. "Ann had it." She nods at the kettle. | Esther looks at you for a while, and doesn't say it's all right. She nods at the kettle. }
    You make the tea, and leave the letter to her. Lorraine's two o'clock call waits a day, for your notes.
    # moment: Afterwards
    # perspective: esther: You said what you were sorry for, and put the kettle on. I didn't tell you it was all right. I wrote my letter that night.
// REPAIR with self_focus (fourteenth round; session 9 review: asking what would help is the candour step, best at
// "You had no right", so the decoy is now truly self-centred). The sorry names the harm, as the best's does; then it
// asks her whether you two are all right (session 18: "forgive you" was a known don't that both round-17 option-only
// readers ruled out on sight; asking for reassurance is the same act, worded as care for the relationship), on an
// afternoon she has said what she wants (tea, and her letter): your comfort, her work, and she has to say it twice
// (R13: repairs nothing, as at "You had no right"). Offered on the same paths as the apology.
* {spoke_for_esther or did_for_esther or left_early or number_given} [Tell Esther what you're sorry for, and ask if things are all right between you #move: repair esther self_focus #reflect: You asked Esther if you two were all right. Whose afternoon was that question about?]
    {
    - number_given:
        "I'm sorry I gave Dr Shah Efua's number without asking you. Are we all right?" # speaker: you # to: esther
    - flag_pushed:
        "I'm sorry I asked Dawn about that flag for you. You never asked for it. Are we all right?" # speaker: you # to: esther
    - left_early:
        { lee_here: "I'm sorry I left without asking who'd tell the desk to fetch you. Are we all right?" | "I'm sorry I left you there with no plan for hearing your name. Are we all right?" } # speaker: you # to: esther
    - did_for_esther:
        "I'm sorry I decided things for you this morning, without asking. Are we all right?" # speaker: you # to: esther
    - else:
        "I'm sorry I spoke for you at the desk. Are we all right?" # speaker: you # to: esther
    }
    Esther puts her pencil down. "Ask me next week. I said: tea, and my letter." # speaker: esther # to: you
    You make it. She doesn't look up from the letter while you do.
    # moment: Afterwards
    # perspective: esther: You said sorry, then wanted to hear we were all right, when I'd told you a minute before what I wanted. I said it twice. I wrote the letter anyway.
// OVERRIDE: she has just said she will write it herself (wants: no) and no duty applies, so taking it over acts against her stated wish (R5).
// Session 18: "in her words" is the ally's phrase, and the letter is still taken off her.
// Her trust falls, as on most doing-for options, so "too tired to say it again" isn't followed by the warmest
// ending on a path that had only just earned it (r17 second read; routing only, scores unchanged on all 11,116 paths).
* [Say you'll type Esther's letter tonight, after your last call, in her words, and send it from the agency #move: act_on_behalf esther #reflect: Esther said she'd write it herself. What did saying you'd type it tell her you'd heard?]
    ~ did_for_esther = true
    ~ esther_trust -= 1
    "The new tablets might make you light-headed for a week. I'll type your letter tonight, after my last call, in your words, and send it from the agency." # speaker: you # to: esther
    "I was going to write it." # speaker: esther # to: you
    She looks at her pencil for a while, then puts the pad back in her bag. That night you type the letter, and the agency sends it in its own name.
    # moment: Afterwards
    # perspective: esther: I'd said I'd write it, and I was too tired to say it again. It was my letter, about my appointment, and the answer went to the agency.
- -> route

// Which ending plays depends on how far Esther came to trust the learner over the morning.
= route
{
- esther_trust >= 3:
    -> ending_with
- esther_trust <= 0:
    -> ending_for
- else:
    -> ending_between
}

// The three endings differ by what Esther does next, not by a mood the narrator reports: each is her own plan for
// next week, and the last line of her list is where the morning shows.
=== ending_with ===
At the door Esther gives you her list for next week: bread, stamps, the chemist, and "Surgery Thursday, blood test. Can you swap your Thursday?"
{ lee_here: She tells you Ann has her mobile number now, "for texting, not ringing". }
That evening Lorraine texts you the rota for next week. Mr Kowalski's lunch is still yours, and so is a late finish on Friday. Esther's new tablets are on the kitchen table, next to the hymn book.
-> what_followed

=== ending_for ===
At the door Esther gives you her list for next week: bread, stamps, the chemist, and "Surgery Thursday, blood test. Taxi at ten, on my own."
{ lee_here: She tells you Ann has her mobile number now, "for texting, not ringing". }
-> what_followed

=== ending_between ===
At the door Esther gives you her list for next week: bread, stamps, the chemist, and "Surgery Thursday, blood test. You can carry the umbrella."
{ lee_here: She tells you Ann has her mobile number now, "for texting, not ringing". }
-> what_followed

// What each choice set in motion, told after every ending, so the learner can see which choice caused what.
=== what_followed ===
{ efua_rung: At seven Dr Shah rings Efua, who is already at Esther's kitchen table in her work clothes, hearing about the fall from Esther herself. }
{ number_given: The practice manager writes to ask if Esther wants Efua's number off, and she writes back the same day. On Friday, before it comes off, Efua texts her: "Nana, why is the surgery texting ME about your blood pressure?" Esther tells her about the fall by text, before she'd planned to. }
{ record_done or record_later: Next month Dr Shah refers her to the eye clinic, her note at the top of the referral. The clinic texts her the date, then texts twice more to move it. | Next week the surgery texts her about a blood test. Next month the eye clinic rings her about an appointment. She misses it, and writes to the clinic. }
-> END
