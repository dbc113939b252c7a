# title: Next of Kin
# summary: At a care home, you lead end-of-life planning for Alan, who has dementia. His partner of 38 years, Desmond, is careful about who knows. The form asks for next of kin.
# minutes: 15
# role: Nurse in a care home
# outcome: Ask before you share anything about a person's relationship, and let them decide who knows.
# outcome: Involve a person with dementia in decisions about their own care, and know who the law in England says must be consulted.
# outcome: Respect a colleague's wish about how you back them, and credit colleagues' ideas by name.
# outcome: Disagree with a colleague who means well when his plan would out someone, and keep the decision with the person it belongs to.
# content_note: End-of-life planning: an older man dies in every ending, in one of them in hospital without his partner.
# content_note: A gay man's relationship may be shared without his agreement.
# content_note: A trans care worker is misgendered by a resident.
# review: Written by the product team. In December 2026 it was revised many times with AI reviewers (one briefed as a UK health and social care educator, one to find stereotypes) and AI cold readers (single readers, panels, simulated rooms, and readers shown only its options), and most facts were checked against primary sources (its notes say which were not). Not yet reviewed by people with lived experience of being an older gay man, of being Black, gay and a person of faith, of being a trans care worker, or of dementia: none has yet been paid to review it; review planned.
# author: The Allyship Theatre team
# cast: alan = Alan Whitford; age: 80; race: white British; ability: dementia, speaks in short phrases, music helps him find words (communication); education: retired librarian, forty years at the central library (invisible); sexual_orientation: gay (invisible, unvoiced); relationship: Desmond's partner of 38 years (invisible)
# cast: desmond = Desmond Clarke; age: 72; race: Black British of Jamaican heritage (minoritised); religion: Pentecostal, an elder at his church, where some people know about Alan; sexual_orientation: gay, out to some people and not others (selective, minoritised); relationship: Alan's partner of 38 years (invisible, unvoiced)
# cast: claire = Claire Moss; race: white British; relationship: Alan's niece, listed as next of kin; geography: lives three hours away; employment: school business manager; caring: Alan helped bring her up after her mother died (invisible)
# cast: abena = Abena Owusu; employment: care worker, nine years at the home, working towards the senior carer course (junior); race: Black African, born in Ghana (minoritised); education: was a social worker in Accra before she came to the UK (invisible); language: speaks Twi and English; culture: an Arsenal supporter who argues with Desmond, a Spurs man, over every result he reads out (invisible)
# cast: luke = Luke Bennett; employment: deputy manager; race: white British; sexual_orientation: gay, and open about it by his own choice (minoritised); age: 36; class: first in his family to go to university (invisible)
# cast: jo = Jo Harris; gender_identity: trans woman (selective); race: white British; employment: care worker on a bank contract (insecure); age: 41; caring: looks after her mum at weekends (invisible)
# cast: helen = Helen Price; employment: registered manager of the home; race: white British; age: 59; caring: cares for her husband since his stroke last year (invisible)
# cast: ruth = Pastor Ruth Campbell; religion: pastor of Desmond's Pentecostal church; race: Black British of Jamaican heritage (minoritised); age: 66; relationship: has known Desmond and Alan as a couple for twenty years (invisible)

VAR last_act = ""
VAR last_self_focus = false

// How far Desmond trusts the learner. Up when he is asked or handed the floor; down when he is exposed or talked over.
VAR desmond_trust = 0
// How much Desmond speaks for himself by the end. Drives which ending plays and how much he says in it.
VAR desmond_voice = 0
// The learner asked Desmond, on his own, how he would like to be written down; he said "not Claire, not yet".
VAR desmond_asked = false
// Desmond asked the learner, before the meeting, to say it for him if he dries up (set with `mandate: desmond asked`).
VAR desmond_mandate = false
// Desmond's relationship was told, or asked about in front of Claire, without his agreement.
VAR desmond_outed = false
// The plan has Desmond at the top, as partner, and nights ring him first: the learner told Luke in the office, or
// Desmond chose "partner" when the learner asked him (r17 read MUST 1: he chose it after hearing who nights ring first).
VAR partner_on_plan = false
// Alan gave his own view in the "what matters to me" conversation.
VAR alan_heard = false
// The planning meeting ended with Alan's wish to stay at the home in the plan.
VAR plan_here = false
VAR jo_trust = 0
VAR abena_credited = false
// Pastor Ruth kept coming on Sundays because Alan was asked.
VAR ruth_stays = false
// Desmond was put on the form as "close friend" in the learner's words, without asking him.
VAR listed_friend = false
// The learner wrote Alan's recorded words from last month into the plan.
VAR alan_recorded = false
// Alan's own words about where he is cared for went into his plan in his room, before the meeting (asked with
// help, or his recorded words). Where the meeting then writes the family's wish under "Decisions", the ending says
// the plan holds two wishes that disagree, not that the family's is the only one (educator, fifth read).
VAR alan_words_in_plan = false
// The learner suggested the meeting open with a round of how everyone knows Alan.
VAR round_table = false

-> office

=== office ===
# scene: The office
# enter: luke
# rank: below
# theory: with_for_to
It's Tuesday morning at Elm Court care home. You're the nurse leading Alan Whitford's end-of-life care plan.
Alan is 80 and has dementia. He's had two chest infections since the summer. With the last one, a paramedic asked him whether he wanted to go into hospital, and Alan cried until Desmond came. Afterwards his GP asked the home to plan ahead with him, while there's time: where he wants to be cared for, what treatment he'd want, and who should be with him. The planning meeting is at two.
Luke, deputy to Helen the manager, has the plan open on the office computer.
Behind him on the noticeboard are last month's team-meeting notes, where Jo, one of the bank care workers, has added a line in green pen: "Residents + my name and pronouns: I've got it, ta. Just don't all stop and stare. Jo."
Through the window, Alan's niece Claire is signing in.
Desmond's here every day, isn't he? # speaker: luke # to: you
The form wants next of kin and "people who are important to me". Claire's down as next of kin. Is Desmond family? # speaker: luke # to: you
If Alan's taken bad in the night, nights ring whoever's at the top of this page. Right now that's Claire, three hours away. # speaker: luke # to: you
You know the answer. Three weeks ago, at Alan's bedside, Desmond held Alan's hand and told you they've been together for thirty-eight years: "That's for you, not the office. Don't go bringing me their forms." Nobody else on the staff has heard it from him.
# reveal: desmond relationship
# reveal: alan relationship
# reveal: alan sexual_orientation
# discuss: Luke needs the form to be right. Desmond told you it was for you, not the office. Whose information is it, and who decides where it goes?
# note: Telling anyone about a person's sexual orientation or relationship without their agreement outs them, even when the words are kind and the listener is gay. Choosing a safe-sounding word for him is deciding for him. Asking privately and leaving it alone are both defended by practitioners, so those two options are marked as contested; leaving it alone here also sends a busy manager Desmond has never told to ask him, when you are the one he told. Watch for the idea that Luke being openly gay makes it safe to tell him: Luke's openness is his own choice, not Desmond's. Making sure Desmond is the one rung if Alan is taken ill is the right aim, which "close friend" meets too (the last time, Alan cried until Desmond came, and tonight the night staff would ring Claire); getting there by telling Luke, without asking Desmond, outs him on the way. Desmond said it was for you, "not the office", and not to bring him their forms, which pulls towards leaving the form alone, or towards a word that gives nothing away; but the form now decides who is rung at night, which nobody has asked him, and what goes on it about him is his to say, so the safe word is still your word. Implied consent covers what the care team needs to care for Alan; it does not decide, without asking Desmond, how he is named in a plan his niece will read. That choice stays his (common-law duty of confidentiality; UK GDPR Article 9, special category data). Outing someone once is never "with", however well the rest goes (voice model v3).
// OVERRIDE: Desmond has not consented to anyone being told about the relationship and there is no duty (R6). Warm words
// still out him. Issue 16, sixth mend: the option carries the aim a capable nurse really has, shown above (the
// paramedic, and Alan crying until Desmond came), so it is not the plainly bad one; what it does on the way is the flaw.
* [Have Luke put Desmond down as Alan's partner, and the first to ring if Alan's taken ill #move: disclose desmond info=partner to=luke #reflect: Desmond told you in private. What did telling Luke change for him, and what else could have got him rung first?]
    ~ desmond_outed = true
    ~ partner_on_plan = true
    ~ desmond_trust -= 1
    They're partners. Thirty-eight years. If Alan's taken ill again, Desmond's the one to ring. # speaker: you # to: luke
    Luke types "partner" into the box, and moves Desmond's name above Claire's.
    Right. Nights will ring him first. # speaker: luke # to: you
    Claire's asked to read this plan before the meeting. Family usually do. # speaker: luke
    # moment: The form in the office
    # perspective: desmond: For thirty-eight years I chose who knew. This morning somebody else chose for me.
    # perspective: luke: You told me because I'm gay, I think. That made me part of it. I'd rather you'd asked him first.
// ASK_CONSENT: a private ask, not in front of anyone, so R10 does not apply.
* [Tell Luke to leave that box blank, and take his question to Desmond yourself #move: ask_consent desmond info=partner #contested #reflect: Asking Desmond took time Luke didn't have. What made the box worth leaving blank?]
    ~ desmond_asked = true
    ~ partner_on_plan = true
    ~ desmond_trust += 1
    Leave that box for now. I'll find him on his own before two. # speaker: you # to: luke
    Luke sighs and moves on to the next page. "Before two, then. I've got three of these today."
    Later you find Desmond alone at the drinks machine in the conservatory. # enter: desmond
    You tell him the form asks who matters to Alan, and who nights ring first, and ask how he'd like to be written down. You say he doesn't have to answer.
    He looks at you for a long moment.
    In nineteen ninety-one a friend of ours sat in a hospital corridor for two days while his partner died inside. The family told the ward he was nobody. # speaker: desmond # to: you
    Put "partner". Luke and the care team can know. # speaker: desmond # to: you
    # consent: desmond partner to=luke,helen,abena,jo
    Not Claire. Not yet. I'll tell her myself, when I'm ready. # speaker: desmond # to: you
    # moment: The form in the office
    # perspective: desmond: I'd told you not to bring me their forms. Then it decided who nights ring, so I chose "partner". Still not sure I should have.
    # perspective: luke: You left the box blank till he'd had his say. It was slower for me.
// DOING_FOR: no one is told anything, and Desmond is kept safe on paper, but the learner decides how he is described, with no mandate and no duty (R5).
* [Have Luke write Desmond in as "close friend", and the first to ring if Alan's taken ill #move: act_on_behalf desmond #reflect: "Close friend" got Desmond rung first. Who read that word on the plan, and what did it tell them?]
    ~ listed_friend = true
    Put him down as "close friend", and first to ring. # speaker: you # to: luke
    Luke types it in, and moves Desmond's name above Claire's. "Close friend. Done."
    # moment: The form in the office
    # perspective: desmond: "Close friend", on Alan's plan. Kindly meant, and not a word I chose.
    # perspective: luke: It got the box filled. I didn't ask whose word it was, and neither did you.
// NEUTRAL: silent about Desmond, no harm in the scene, his wants unknown (R3). It keeps his secret, and also leaves him unasked.
* [Tell Luke it isn't yours to say, to leave that box blank, and to ask Desmond himself #move: silent desmond #contested #reflect: You kept Desmond's business his, and left Luke to ask him. What did that protect, and what did it leave undone?]
    That's not mine to say. Leave that box blank, and ask Desmond yourself. # speaker: you # to: luke
    Fair enough. I'll catch him when I get a minute. # speaker: luke # to: you
    He has three plans to finish today. The minute doesn't come.
    # moment: The form in the office
    # perspective: desmond: I never knew Luke had asked about me, and that was the point, I suppose. Nobody asked me that morning either. On paper I was still a visitor.
    # perspective: luke: You sent me to ask a man who'd never said a word to me about it. I didn't find the minute, and I'm not sure he'd have told me.
- * [Continue]
-> alans_room

=== alans_room ===
# scene: Alan's room
# enter: alan
# enter: desmond
# enter: abena
# access: alan able_with_support
# theory: mental_capacity
Before the meeting you need the "what matters to me" part of Alan's plan. Your medicines round is due at half ten. It's ten past.
Alan is in his armchair. Desmond sits next to him, reading out the football results. Abena, a care worker, is changing the jug.
Spurs lost again, Desmond. Read Alan that one slowly. # speaker: abena # to: desmond
Desmond reads the Arsenal result instead, very slowly. Alan laughs before either of them does.
# reveal: abena culture
At reception Desmond always signs in as "a friend". When Claire visits, he moves to the chair by the door.
Alan was a librarian for forty years. Now his words come slowly, and on bad days not at all. By mid-afternoon he's usually asleep in his chair. Today he has called Abena "Miss" twice and lost his words halfway through telling her about Brighton; then he put Desmond right on a footballer's name. When the radio played Ella at nine, he sang every line. At breakfast "Porridge?" got a yes and a full bowl back; "What would you like?" got "Toast."
# reveal: alan education
On the windowsill is a card from Desmond's church, with a dozen names. Pastor Ruth comes on Sundays, after her own service. Alan's never been a churchgoer, but he holds her hand while she prays, and says "Amen" with Desmond. Last Sunday, when she stood up to go, he held on to her hand until she promised to come back; you put that in his notes.
I've been writing down which of Desmond's old records he reaches for. The same few, every time. So I made him a playlist of those. # speaker: abena # to: you
This is going in my portfolio for the senior carer course. Helen's had my form since March. # speaker: abena # to: you
Last month, in a good hour, Alan told you, "No more hospital." You wrote it in your notes, with the date, in his words.
// His own words, said clearly and written down: known wishes (authoring contract), for this plan.
# mandate: alan known_wishes
Claire's coat is on Alan's bed. She's gone to ring work from the car park, and she'll be back up any minute.
# discuss: The plan is about Alan's own death. He has dementia. Who should be asked first, and how?
# note: Reading Alan his own recorded words and putting them into his plan is advocacy: a best-interests decision must consider his past wishes, in particular anything written down (s4(6)), and the NMC Code (2018, 3.4: act as an advocate for the vulnerable; read in secondary sources only, December 2026; searched again 2026-12-07, and nmc.org.uk's text of the 2018 Code was not in the sources we could reach) asks nurses to advocate for the people in their care. Asking him again today, with the help he needs, is better still: reading him his own words asks a closed question, which invites a yes; the question that made him cry came from a stranger while he was ill, and his recorded words answer only one of the plan's three questions (where he is cared for, what treatment, who is with him). The Mental Capacity Act 2005 applies in England and Wales. Capacity is assumed unless shown otherwise, judged one decision at a time, at the time, and people must be given all practicable help to decide, with information explained in a way that suits them (s1(3) and s3(2), checked 2026-12 on legislation.gov.uk). If Alan cannot make a particular decision, a best-interests decision must weigh his past and present wishes and take into account, if it is practicable and appropriate to consult them, the views of anyone caring for him or interested in his welfare, which includes Desmond (s4(6) and s4(7)). Taking the form to Desmond in private does that consulting, away from staff and from Claire, who is due back any minute, and it is where he can talk freely about the two of them; it also writes his answers in Alan's name while Alan sits in his chair on a good morning, his music on, and reading them back to him is not asking him: a read-back invites a yes, awake or not. Consulting the people close to him informs a decision about Alan; it does not stand in for asking him. Asking him now, in his best hour, one question at a time, and giving the music a quarter of an hour first are both that help. The medicines round is due at half ten: asking now gets the round out on time and a second sitting after lunch, the music puts the round ten minutes late and gets more of his words at once. Ten minutes late is a cost, not a lapse, where the home's medicines policy allows for it, and time-sensitive doses, such as Parkinson's medicines, go on time whatever else waits (NICE SC1, Managing medicines in care homes, 2014, asks every home for a medicines policy and counts the right time among the checks when staff give medicines; it names no medicines: read on nice.org.uk, 2026-12-07; Parkinson's medicines are named as time-sensitive in council guidance for care providers, Kirklees, read 2026-12-07). Practitioners weigh that clock differently, so both are marked as contested and score the same: the 2007 Code of Practice (we found no revised Code laid by December 2026; chapter 3 read in secondary sources only), gives choosing the time of day he is most alert as such a step; the music is another (s1(3)). Searched again 2026-12-07: the 2007 Code's chapter 3 was not in the sources we could reach except in secondary copies, and the copy we could reach of GOV.UK's page on the 2022 consultation on a revised Code (www.gov.uk/government/consultations/changes-to-the-mca-code-of-practice-and-implementation-of-the-lps) still says the feedback is being analysed.
// DECIDE_WITH: the plan is worked through together with Alan, at his pace. REMOVE_BARRIER (R11, `room`): his best
// hour of the day and one question at a time are the help MCA s1(3) asks for, as the music is (the Code of Practice,
// chapter 3, names the time of day he is most alert; it does not name music). f13 (educator and stereotype SHOULDs; room11 8/8): it ties the music.
// Fourteenth round (options only, 3 of 3 on the pair): the label names the clock it keeps ("before your round"), its
// real trade-off with the music, so it is no longer the plain textbook line beside two passive ones.
// Session 18 (issue 16, cold read 17: both readers took the music as the one option that waited for Alan): every
// option now names Alan and asks or checks with him, and both bests say their clock in the label (twenty minutes
// before the round; the round run late), the cost each consequence shows. No move or score changed.
* [Pull a chair up, and go through the form with Alan and Desmond in the twenty minutes before your round #move: decide_with alan #move: adjust alan room #contested #reflect: You asked Alan straight away. What did that get him, and what did it leave?]
    ~ alan_heard = true
    ~ alan_words_in_plan = true
    ~ desmond_trust += 1
    You pull a chair round so Alan, Desmond and you can all see the form.
    Alan follows the first question with his finger. When Desmond reads out "Where would you like to be cared for?", Alan taps the word "home".
    Here. This is home now. # speaker: alan # to: desmond
    By the third question Alan's eyes are closing. You stop, and say you'll come back after lunch with Abena's music. The medicines round goes out on time.
    # moment: Asking Alan
    # perspective: alan: The three of us sat round the paper. I said: here. Then I was tired, and you stopped when I was.
    # perspective: desmond: We did it together, at his speed. You didn't leave me out.
    # perspective: abena: After lunch, then, with Ella on. I'd have put it on this morning if you'd asked.
// ADVOCATE: writing Alan's own recorded words into his plan acts on his known wishes (R5, mandate known_wishes), as
// MCA s4(6) and NMC Code 3.4 expect: an educator's verdict (it was SPEAK_FOR in the first drafts). Not asking him
// again today is what it costs. Fourteenth round: the label says the closed question it asks ("still mean it?"),
// which it always asked (a read-back invites a yes); still ADVOCATE, not DECIDE_WITH, as the quiet room's is not.
// Review fixes (educator SHOULD 4): asked kindly ("Is that still how you feel?"), still closed, and the breakfast
// line before the choice shows what a yes-or-no gets; the reflect asks about the form's other two questions.
* [Ask Alan if last month's "No more hospital" still stands, and write his answer in his words #move: act_on_behalf alan #reflect: You asked Alan about one thing he'd said before. What about the other two questions on the form?]
    ~ alan_recorded = true
    ~ alan_words_in_plan = true
    No more hospital. You told me that last month, Alan. Is that still how you feel? # speaker: you # to: alan
    No hospital. # speaker: alan # to: you
    You write "No hospital" in the plan with today's date, under last month's words. Desmond nods. Abena says she'll put the music on for him after lunch.
    # moment: Asking Alan
    # perspective: alan: You had my words written down, and you put them in. Good. I had more to say, about Des and Ella.
    # perspective: desmond: Those were his words, and you'd kept them. Nobody asked him anything new.
    # perspective: abena: The music was right there. He'd have talked with it on.
// REMOVE_BARRIER: adjust with `room` (music, time, one question at a time) (R11): the help he needs to decide.
* [Ask Abena to put her playlist on, and let the medicines round run late while you ask Alan #move: adjust alan room #contested #reflect: The music ran your medicines round late. What did it give Alan that the form couldn't?]
    ~ alan_heard = true
    ~ alan_words_in_plan = true
    ~ desmond_trust += 1
    Abena, could you put your playlist on? Then I'd like to ask Alan some things myself. # speaker: you # to: abena
    Abena chooses Ella Fitzgerald, with a slow band behind her. Alan's fingers start to tap on the arm of the chair.
    Ella. Des and me. Brighton. # speaker: alan # to: desmond
    Desmond laughs, and his eyes fill.
    You kneel so your face is level with Alan's, and ask where he'd like to be looked after if he gets very poorly.
    Here. My chair. Des. # speaker: alan # to: you
    No hospital. Too loud. # speaker: alan # to: you
    Pastor Ruth can pray. Des likes that. And Ella. # speaker: alan # to: you
    Halfway through the next song Claire comes back in with her phone and stands at the door. Alan says "Des" twice; Desmond doesn't look up.
    You write his words on the plan exactly as he said them, with the date and time. It's taken half an hour, and your medicines round goes out ten minutes late.
    # moment: Asking Alan
    # perspective: alan: The music came first, then the questions, one at a time. I found my words, and they were mine.
    # perspective: desmond: You asked him, not me. I haven't heard him say my name like that for a month, and Claire was at the door when he did.
    # perspective: abena: Ella in the morning, and he found his words. It's going in my portfolio, if Helen signs.
// SPEAK_FOR: Desmond is consulted in private, as MCA s4(7) expects and where he can speak freely about the two of
// them, but his answers are written as Alan's while Alan, who is able with support, sits twenty yards away: guesses
// at what Alan wants today, not his recorded words (R1, source inferred). (Written as a relay, not act_on_behalf:
// his known wishes would make acting for him advocacy.) Issue 16, fifth mend: it keeps clause (b) of the reader's
// rule (nothing asked in front of staff), and Alan's own good morning, shown above, is what it spends. Twelfth
// round (REVIEW11 educator SHOULD): he is awake for the read-back, and says yes to each answer, as a read-back
// invites; the flaw no longer rests on his being asleep. Thirteenth (REVIEW12 stereotype, optional): his card names a
// wish the list missed (Ella), so he is a man with views, not only a yes. Fourteenth round: "check each answer with
// Alan" is what the read-back is to a busy nurse; still SPEAK_FOR. Review fixes (educator SHOULD 3, stereotype
// SHOULD): the music goes on for Alan here too, as a busy nurse would to keep him settled, so the music is no longer
// the one option that uses Abena's idea; the read-back stays in the scene as a closed question ("Is that right,
// Alan?"), and the breakfast line before the choice shows what a yes-or-no gets. Same move, same score.
* [Put Abena's playlist on for Alan, go through the form with Desmond in the quiet room, then with Alan #move: relay alan source=inferred #reflect: Desmond could talk freely in the quiet room. Whose answers went in Alan's name, and where did Desmond's own view belong?]
    ~ desmond_trust -= 1
    Abena puts her playlist on for Alan, and you ask Desmond to bring his tea to the quiet room. He folds the newspaper and follows you.
    With the door shut, he answers every question: here, not hospital, Pastor Ruth on Sundays. At "who should be with you" he puts his cup down.
    He'd say me. # speaker: desmond # to: you
    Back in Alan's room, Ella's still on, and Abena says he asked for Des twice. You read him each answer and ask, "Is that right, Alan?" He says yes to each, the same yes, watching your face, not the page.
    Yes. # speaker: alan # to: you
    # moment: Asking Alan
    # perspective: alan: Ella was on, and Des went out with the paper. You read me a list and asked was it right. Yes is the word that comes to that. Ella wasn't on it.
    # perspective: desmond: I could say what I liked in there, and I said it. They were my answers, written in his name.
    # perspective: abena: He was humming along before you went. I've seen him answer questions all week.
- * [Continue]
-> before_two

=== before_two ===
# scene: Before two
# enter: luke
# rank: below
# theory: calling_in_out
At one, Luke catches you in the corridor. Desmond is in with Alan; Claire has gone for a sandwich.
{
- desmond_asked:
    Desmond's down as partner now, thanks to you. Claire's asked to read the plan before the meeting. # speaker: luke # to: you
- desmond_outed:
    You told me this morning, and I've been sitting on it since. Claire's not daft. # speaker: luke # to: you
- listed_friend:
    "Close friend." Claire read it and asked what kind. I can guess. # speaker: luke # to: you
- else:
    Come on. Everyone on this corridor can see what they are to each other. Claire's going to work it out in that meeting. # speaker: luke # to: you
}
{ not listed_friend:
    She asked me on the stairs who "Alan's friend" is. # speaker: luke # to: you
}
{ not desmond_asked:
    Desmond's never said a word to me, mind. Still calls me Mr Bennett. # speaker: luke # to: you
}
So I'll tell her now, over her sandwich, kindly. I'd rather she heard it from someone who likes him than in front of Helen. # speaker: luke # to: you
# discuss: Luke is gay, senior to you, and sure that telling Claire will spare Desmond a worse moment. Who decides whether Claire is told, and what would you say to Luke?
# note: Luke's act is the one that needs challenging here: a gay manager, with power, about to out someone for his own good. His openness is his choice; Desmond's is Desmond's. Passing on what Desmond said is advocacy only if he said it to you; claiming to know without asking is speaking for him. Disagreeing with your manager costs something. Claire asking to read the plan is a habit to check, not a right: a next of kin may read a person's care record only with their agreement or as part of a best-interests decision (the common-law duty of confidentiality and UK GDPR; read December 2026 in secondary sources only). Once Desmond has said "not Claire, not yet", taking Luke to him to ask again makes him refuse twice. If nobody has asked him yet, who is standing there when he is asked matters as much as asking: putting "can Claire be told you're Alan's partner?" to him with his deputy manager beside him confirms to Luke what Desmond has never said to him, and asks for a yes in front of the man who wants one. It stops Luke telling Claire, and it still outs Desmond to Luke: a question asked in front of others about something he has not agreed to share with them is scored as overriding him (voice model R10, whose own example this is). For the room: a question asked in front of a colleague who wants a yes (here, your own manager) is not a free question; what could Desmond safely have said? Luke says "Desmond's never said a word to me" just before the choice, so the fact that makes it an outing is there to see when the learner decides. A round at the meeting, "how does everyone know Alan?", treats everyone alike, which is often the fair fix; here it asks a man who signs in as "a friend", and moves to the chair by the door when his partner's niece visits, to name what he is to Alan in front of her, at an hour's notice, and so decides for him when and where he says it.
// CHALLENGE (upwards, rank below) + a PUBLIC ask (R10 -> OVERRIDE): Desmond has told nobody but the learner ("Desmond's
// never said a word to me, mind", Luke, on the line before the choice), so asking him "can Claire be told you're
// Alan's partner?" with his deputy manager beside him names an item he has not consented to share with those present:
// voice model R10 gives exactly this as its example of OVERRIDE (issue 16, third mend: who is in the room when he is
// asked matters, as in the office). f14: f13 re-scored it as BURDEN, which is asking someone to explain their
// oppression, not this; the spec wins over reviewers. The fairness point is met by Luke's line at the moment of
// choice, not by a softer score. The stray contested tag (no partner) stays gone.
* {not desmond_asked} [Tell Luke not to, and offer to go with him to Desmond first #move: challenge #move: ask_consent desmond info=partner public #reflect: You stopped Luke and took him to Desmond. Who heard Desmond's answer, and who had he told before?]
    ~ desmond_trust -= 1
    Hang on, Luke. If Claire's to be told, let's ask Desmond first, together. # speaker: you # to: luke
    Luke looks at his watch. "Quick, then." He knocks on Alan's door and asks Desmond to step out, and you stand beside Luke in the corridor while he asks whether Claire can be told that he and Alan are partners.
    Desmond looks at Luke, then at you, for a long moment. # enter: desmond
    So it's the office's business now. # speaker: desmond # to: you
    Not today. Not from either of you. # speaker: desmond # to: luke
    Luke apologises. Desmond goes back to Alan's room and closes the door.
    # moment: Luke's plan
    # perspective: luke: He had to say no to my face, to a manager, with you at the door. I'd have hated that in his place.
    # perspective: desmond: I'd told one person, three weeks ago. Then there were two of you at the door, one a manager, wanting a yes or no an hour before that meeting.
    -> before_two_end
// CHALLENGE (upwards, rank below) + ASK_CONSENT (Desmond, privately, about Claire): nobody has asked him yet, and
// he hears what Claire asked before he walks into the meeting. Doing both, with nobody else there. Fourteenth round
// (2 of 3 options-only readers on it): "let Desmond know before two what's being said" read as the one clean move;
// the label now says the act plainly, telling Desmond what Claire has asked (shown on every path before the choice).
// Review fixes (educator and stereotype MUST): where the learner told Luke in the office, the learner owns it to
// Desmond: Luke knows because you told him, and "partner" is on the plan Claire is due to read. No apology is written
// that the learner didn't choose, and no move or score changed: owning the facts is what a private ask needs here.
// Desmond is hurt and keeps his say (he lets her read it; any question comes to him). "What Claire asked", not
// "been asking": she asks once on every path (COULD 7); Desmond hears that Luke was told no (COULD 6); on the
// "close friend" path the learner owns the word (SHOULD 5).
* {not desmond_asked} [Tell Luke no, and go and tell Desmond what Claire asked #move: challenge #move: ask_consent desmond info=partner #reflect: You said no to your manager, then went to Desmond. What did that give him, and what did it ask of him?]
    ~ desmond_trust += 1
    Don't, Luke. Not before Desmond knows she's asking. # speaker: you # to: luke
    Luke goes red.
    I've been out twenty years. Don't tell me about this. # speaker: luke # to: you
    {
    - desmond_outed:
        He walks off to the office. You ask Desmond to step out of Alan's room and, just the two of you, tell him Claire asked Luke who "Alan's friend" is; that Luke knows because you told him this morning; that "partner" is on the plan she's due to read; that you've told Luke no; and that what she's told now is up to him. # enter: desmond
        You told him. I told you, not the office. # speaker: desmond # to: you
        Let her read it, then. If she wants to know, she can ask me. Not Luke, and not you. # speaker: desmond # to: you
    - listed_friend:
        He walks off to the office. You ask Desmond to step out of Alan's room and, just the two of you, tell him Claire read "close friend" on the plan, your word, not his, and asked what kind; that Luke wants to tell her, and you've told him no; and that what she's told is up to him. # enter: desmond
        She asked, did she. # speaker: desmond # to: you
        Not today. I'll tell her at the funeral, if it comes to that, or before. It's mine. # speaker: desmond # to: you
    - else:
        He walks off to the office. You ask Desmond to step out of Alan's room and, just the two of you, tell him Claire asked Luke who "Alan's friend" is, that Luke wants to tell her before the meeting, that you've told him no, and that what she's told is up to him. # enter: desmond
        Luke. Did he, now. # speaker: desmond # to: you
        Not today. I'll tell her at the funeral, if it comes to that, or before. It's mine. # speaker: desmond # to: you
    }
    He takes a folded sheet out of his pocket, reads it through, and puts it back.
    # moment: Luke's plan
    { desmond_outed:
        # perspective: luke: You told me this morning, and at one you told me no. Fair enough, but it stung. I still think hiding costs him.
        # perspective: desmond: You told Luke my business, then you came and told me you had. I had an hour to decide what to do about a page she'd read at two.
    - else:
        # perspective: luke: You called me out in a corridor, and you were right, which made it worse. I still think hiding costs him.
        # perspective: desmond: Somebody told me what was being said about me before I walked into it. I had an hour to decide what to do with it.
    }
    -> before_two_end
// CHALLENGE + BURDEN: Desmond already said "not Claire, not yet" this morning. Taking Luke to him to ask again is
// pressure: he has to refuse a second time and explain himself to his manager (an educator's verdict, December 2026).
// The same words as the option above: the delayed consequence of the first decision.
* {desmond_asked} [Tell Luke not to, and offer to go with him to Desmond first #move: challenge #move: ask_to_educate desmond #reflect: Desmond had already answered you this morning. What did asking him again, with Luke beside you, ask of him?]
    Hang on, Luke. If Claire's to be told, let's ask Desmond first, together. # speaker: you # to: luke
    Luke goes red, then nods. You stand by the door while he asks.
    Desmond hears him out, politely, the way he hears out every member of staff. # enter: desmond
    Your colleague has my answer. I gave it at the drinks machine. # speaker: desmond # to: luke
    Luke apologises. Desmond goes back to Alan's room and shuts the door.
    # moment: Luke's plan
    # perspective: desmond: At the drinks machine it was my answer. In that corridor, with Alan listening through the door, it was a scene.
    # perspective: luke: I apologised to a man twice my age outside his partner's door. I'll be remembering that one at two o'clock.
    -> before_two_end
// CHALLENGE (upwards) + DOING_FOR (R5: no mandate, no duty): a round for everyone, "how do you know Alan?", keeps
// clause (b) of the reader's rule to the letter (a change for everyone, nobody singled out), and it arranges for
// Desmond to name what he is to Alan in front of Claire, at an hour's notice he doesn't know he has. He signs in as
// "a friend" and moves to the chair by the door when Claire visits (Alan's room, on every path, a scene before):
// that is what decides it. Issue 16, fifth mend (it replaces agreeing that Claire should be told, which plainly
// outed him); sixth mend: worded as the fair, everyday fix it looks like, and the detail moved out of the office.
// Ninth fixes: the learner gives up a lunch break to win Helen round (the cost a reader had learned to read as the
// mark of the best option now buys a harm too), and "in their own words" left the label (its case for itself).
// Fourteenth round: readers now read "give up your lunch" as heroics, a distractor's mark, so the lunch stays in the
// scene and leaves the label, which reads as the fair fix for everyone it looks like.
* [Tell Luke no, and ask Helen to start the meeting with a round: how everyone knows Alan #move: challenge #move: act_on_behalf desmond #reflect: Everyone at the table said how they knew Alan. What did the round ask of Desmond, with Claire across the table?]
    ~ round_table = true
    ~ desmond_trust -= 1
    Don't, Luke. Let's get Helen to start by going round the table: how does everyone know Alan? I'll ask her now. # speaker: you # to: luke
    Luke thinks about it.
    Everyone says their bit, and nobody's picked out. All right. # speaker: luke # to: you
    He goes back to the office, not to the dining room where Claire is eating her sandwich. You spend your lunch break outside Helen's door while she finishes a call with the GP surgery. She says yes, and you eat your sandwich on the way to the meeting.
    # moment: Luke's plan
    # perspective: luke: A round for everyone. It sounded fair. I didn't think about who'd have to pick a word, and in front of whom.
    # perspective: desmond: Everyone at that table said what they were to Alan. I had an hour's notice I didn't know I had, and I said what I say at reception.
    -> before_two_end

// R1: Desmond is absent. After he told the learner "not Claire, not yet", passing it on is ADVOCATE (+1 courage, rank below); without asking, it is a guess (source=inferred) and SPEAK_FOR. The same words: the delayed consequence of the first decision.
* {desmond_asked} [Tell Luke that Desmond will want to tell Claire himself, when he's ready #move: relay desmond #move: challenge #reflect: You passed on Desmond's words to Luke, without him there. What would you tell Desmond about it, and when?]
    ~ desmond_trust += 1
    He told me this morning: not Claire, not yet. He'll tell her himself. # speaker: you # to: luke
    Luke stops.
    He said that? Then it's his. And you're telling me no, are you? # speaker: luke # to: you
    I am. # speaker: you # to: luke
    I'll hold my tongue in the meeting, and I'll hate it. # speaker: luke # to: you
    # moment: Luke's plan
    # perspective: luke: You gave me his words, not yours. I still think he's wrong. It's his to be wrong about.
    # perspective: desmond: I wasn't in that corridor. When I heard, it was my own words that had stopped him. They were mine to give.
    -> before_two_end
* {not desmond_asked} [Tell Luke that Desmond will want to tell Claire himself, when he's ready #move: relay desmond source=inferred #reflect: Your guess about Desmond stopped Luke. What if the next person's guess about him goes the other way?]
    ~ desmond_trust -= 1
    He'll want to tell her himself, when he's ready. When Claire comes in, he moves to the chair by the door. # speaker: you # to: luke
    Luke thinks about that.
    He does, doesn't he. All right. I'll leave it with him. # speaker: luke # to: you
    He goes back to the office.
    # moment: Luke's plan
    # perspective: luke: You'd watched him closer than I had, and it was the kinder guess. It was still a guess. Neither of us asked him.
    # perspective: desmond: You and Luke, in a corridor, deciding about my life. I heard about it at Christmas.
    -> before_two_end
= before_two_end
* [Continue]
-> lounge

=== lounge ===
# scene: The lounge
# enter: jo
# enter: abena
# theory: five_ds
On your way to the meeting you go through the lounge. Jo is taking round the tea.
Jo's been at Elm Court two years. She does the tea round at a run, and still stops for every grandchild's photo she's shown.
// Jo declined anyone stepping in on her behalf: her line in green pen on the team-meeting notes, shown in the office
// on every path (issue 16, sixth mend: no longer spoken as a request on the line before the decision).
# wants: jo no
# mandate: jo declined
Mr Hollis, who has dementia, takes his cup from her. "Thank you, young man," he says, loud enough for the room. Abena told you at handover it's the third time this week.
# harm: on
Jo's smile stays where it is, and for a second she looks straight at you. Abena, passing with the laundry, pulls a face only Jo can see. Jo doesn't pull one back this time.
Behind her with the biscuits is a new carer on her first shift. She looks from Mr Hollis to Jo, and then at you.
# discuss: Jo wrote on the team notes that she's got it. Does that settle it, and what is still yours to do?
# note: Respecting a clear wish not to step in is part of allyship, not standing by, and checking in privately afterwards keeps the door open. Meeting her eye and waiting for her answer asks her there and then, without a word to the lounge, but it can read as stopping to watch, which her note asked staff not to do, and asks her to answer in front of the new carer. Jo's note is a month old, Mr Hollis has said it three times this week, and she looked at you: whether it still holds today is a judgement, and asking her on her own is how you find out without taking the lounge from her. Some practitioners would still correct the resident gently, and people disagree about correcting people with dementia at all, so those options are marked as contested. Telling a person with dementia who a colleague is, is ordinary orientation practice: the harm scored here is doing it in front of the lounge, over Jo's written wish, not the words. Asking the manager to remind all staff to correct residents, after Jo wrote that she has it in hand, overrides her however kindly meant, and a reminder worded for everyone, sent the day a resident got her name wrong, is read as being about her (a verdict reviewers disputed in the first draft; R5 v3). A standing norm on names and pronouns, agreed with trans colleagues at a team meeting, is good practice; what overrides Jo is an instruction to step in, sent the day she wrote that she had it. Abena's look is allyship between colleagues, on Jo's terms. The new carer watching is a real claim: new staff learn from what the nurse does, and it is what makes stepping in or a reminder tempting. What she needs is the home's standing norm on names and pronouns, in her induction (Care Certificate Standard 4; CQC Regulation 18(2)(a)), without Jo's name or this morning's story: talking her through what happened to Jo would share what is Jo's to share, and it is not Jo's job to teach it. Being the most senior person in the lounge does not override a colleague's clear wish. Protecting staff from harassment by residents is the employer's duty (the Employment Rights Act 2025, s21, asks for all reasonable steps; we found no commencement regulations for it in December 2026, so confirm it is in force on legislation.gov.uk): Helen's to meet, with a norm agreed with Jo, not the learner's by stepping in over her wish.
// ASK_CONSENT, not public (R10 does not apply: nothing is said in front of the lounge). Jo looked at the learner, so
// whether her month-old note holds today is asked now, by a look, and she answers it. Issue 16, tenth mend: it
// replaces walking past, which was checking in later with the check-in left off (a near-twin nobody in the room chose).
* [Meet Jo's eye, and wait for her to nod you in or wave you on #move: ask_consent jo #contested #reflect: Jo answered your look in the middle of the lounge. What did that ask of her, there and then?]
    You stop by the door and meet Jo's eye. You don't say anything.
    Jo gives the smallest shake of her head, and hands Mrs Ahmed her tea. The new carer looks from Jo to you, then follows Jo with the biscuits.
    # moment: Jo and the tea round
    # perspective: jo: You asked with a look, and took my answer. I stayed the one who decides. The new girl saw me give it.
// OVERRIDE: a public challenge while Jo has said she wants no one to step in, and no duty applies (R4).
* [Tell Mr Hollis, "This is Jo. She's brought your tea," and carry on through #move: challenge jo public #contested #reflect: Mr Hollis got her name right after. What did Jo have to do while he did?]
    ~ jo_trust -= 1
    This is Jo, Mr Hollis. She's brought your tea. # speaker: you
    Mr Hollis looks at you, then at Jo. "I know who she is." Mrs Ahmed, who didn't catch it, asks Jo what he said.
    He does, to be fair. # speaker: jo # to: you
    When she takes his cup back, Mr Hollis says, "Ta, Jo." Jo pushes the trolley on to the far side of the lounge, and the new carer follows her with the biscuits.
    # moment: Jo and the tea round
    # perspective: jo: You meant well, and he got my name right after. Half the lounge watched me while he did. I'd written that I'd got it.
// OVERRIDE: acting on Jo's behalf after she declined anyone stepping in (R5: mandate declined; wants no). Ninth
// fixes: the learner spends a break on it, so a visible cost no longer marks only the best option.
* [Spend your break drafting Helen a reminder to all staff on putting residents right about names #move: act_on_behalf jo #reflect: The reminder named nobody. How did it still land on Jo, and what would asking her first have changed?]
    ~ jo_trust -= 1
    Later you skip your break and draft it at the nurses' station for Helen. By four it's in the staff group chat: please gently put residents right when they get a colleague's name or pronouns wrong.
    Nobody's name is in it. Two carers put a thumbs-up under it. Before teatime the new carer has put Mr Hollis right for Jo twice; at supper he calls her Jo, and won't let her butter his toast.
    # moment: Jo and the tea round
    # perspective: jo: The message didn't say my name. It didn't need to. The new girl corrected Mr Hollis for me twice, and now he won't let me do his toast.
// RESPECT_WISH (R3) + INDIRECT (Delay: check in later, in private, R12).
* [Carry on through, and catch Jo later in the kitchen to see how she is #move: silent jo #move: indirect jo kind=delay #contested #reflect: You asked Jo later, on her own. What did she tell you that she wouldn't have said in the lounge?]
    ~ jo_trust += 1
    You carry on through. Ten minutes later Jo comes into the kitchen, and you ask her quietly how she is.
    I'm fine. He calls the handyman "nurse" as well. # speaker: jo # to: you
    The new starter asked me after if she should've said something. I said not for me. She missed the team meeting, mind. Someone should show her the notes. # speaker: jo # to: you
    It's my car I'm fed up with. It failed its MOT this morning, and I'm on again at seven. # speaker: jo # to: you
    Desmond sat with me once, when a resident's son was awful to me. I'll take him a tea after your meeting. # speaker: jo # to: you
    # moment: Jo and the tea round
    # perspective: jo: You left the room to me, like I'd written, and asked me after, on my own. I got to moan about my car for once.
- * [Go to the meeting]
-> meeting

=== meeting ===
# scene: The planning meeting
# enter: desmond
# theory: mental_capacity
At the door of the meeting room, Desmond stops you.
Alan doesn't want the hospital again. Last winter he was in for nine days, and they sent me home at eight every night. He didn't know where he was. # speaker: desmond # to: you
When I came back in the mornings he'd been pulling at his drip. He thought he'd been locked in somewhere. # speaker: desmond # to: you
He's put on a tie for the meeting. In his jacket pocket is a folded sheet in his own handwriting: the dates of every one of Alan's hospital stays.
{ desmond_trust >= 1: -> asked }
-> table

= asked
If I dry up in there, you say it for me. You know what he wants. # speaker: desmond # to: you
# mandate: desmond asked
~ desmond_mandate = true
-> table

= table
# enter: helen
# enter: claire
# enter: luke
# rank: below
Helen is chairing. Luke takes the notes. Claire sits at the end of the table with her coat on her knee. Desmond takes the chair nearest the door.
{ round_table:
    Helen starts by going round the table: how does everyone know Alan?
    His niece. Next of kin. # speaker: claire # to: helen
    Deputy manager. Two years. # speaker: luke # to: helen
    Desmond looks at the table for a long moment.
    A friend. # speaker: desmond # to: helen
    Luke writes it down. Claire looks at Desmond, and then at her coat.
}
Helen opens the plan at the page headed "Decisions".
Claire, as next of kin, you'll make the decisions, so we'll go through them with you. # speaker: helen # to: claire
If he gets another chest infection, I want him in hospital. He took me in when my mum died. I'm not letting him go without a fight. # speaker: claire # to: helen
# reveal: claire caring
If he could tell me himself, that'd be different. He can't, can he? Not any more. # speaker: claire # to: helen
Alan said... # speaker: desmond
We'll come to you, Desmond. Claire's driven three hours. # speaker: helen # to: desmond
Helen starts to write.
# harm: exclusion
I hadn't finished, Helen. # speaker: desmond # to: helen
Let her write it, Desmond. Please. I can't go through it again. # speaker: claire # to: desmond
Desmond stops. Helen's pen is already moving.
{ desmond_outed: Claire has the plan open at its first page, where Desmond's name is above hers with "partner" beside it. She looks at Desmond, then at you. }
# discuss: Desmond has been talked over twice, Claire wants it settled, Alan isn't in the room, and you have Alan's own words in your notes. Who should say what, and does Claire decide?
# note: In England, being next of kin gives no legal right to make decisions about care. A registered Lasting Power of Attorney for health and welfare does, and nobody holds one for Alan. Where Alan cannot decide, this is a best-interests decision under the Mental Capacity Act, and the decision-maker must take into account, if it is practicable and appropriate to consult them, the views of anyone engaged in caring for him or interested in his welfare, including Desmond (s4(7), checked 2026-12 on legislation.gov.uk). Whether Alan goes to hospital when he is next ill is decided at the time by the doctor or paramedic treating him, guided by his advance care plan and any ReSPECT form his GP completes with him (not legally binding; Resuscitation Council UK, checked December 2026): this meeting records his wishes and who was consulted. Alan's own recorded words are his past wishes, which a best-interests decision must consider (s4(6)), and the NMC Code (3.4; secondary sources only) asks nurses to advocate, so putting them forward is advocacy. Desmond's story of last winter: since 6 April 2024 Regulation 9A requires hospitals, care homes and hospices in England to enable visiting, unless exceptional circumstances apply; it does not promise overnight stays or visits outside a ward's hours (checked December 2026 against DHSC's review of Regulation 9A and CQC's guidance). John's Campaign asks hospitals to welcome a person with dementia's carers at any hour. Relaying what Desmond said resolves differently depending on whether he asked you to. Alan is not at his own planning meeting: the Act asks that, so far as reasonably practicable, he be permitted and encouraged to take part as fully as possible (s4(4), read on legislation.gov.uk, December 2026), which is why his view was sought this morning or is in his notes; fetching him at his sleepiest hour asks him to say it again to a full table, when the 2007 Code of Practice (chapter 3; secondary sources only) says to choose his most alert time of day, while the next-of-kin error stands and Desmond is still mid-sentence, so that option is contested with the one that corrects Helen and turns to Desmond, and scores below reading his recorded words. Claire asks Desmond to let Helen write ("Please. I can't go through it again"): correcting the chair and turning back to Desmond reopens it in front of her, and she hears she does not decide; Alan's own words, which she said would make a difference, answer her without a contest over who decides, and leave the error and Desmond where they were. Practitioners weigh those differently, so both are marked as contested. Leaving Desmond a silence to go on in hands the room back to him, and he takes it if he trusts you; but it leaves the chair's "next of kin makes the decisions" standing over what is written, which is standing by on the error, so it scores below both ways of putting Alan's wish on the record.
// CHALLENGE (the next-of-kin assumption, upwards, naming no relationship; Desmond has not said he wants no one to step in, so R4 gives CHALLENGE) + INVITE. Doing both.
// Ninth fixes: a panel reader heard "gives no legal say here" as a leaflet; the label now asks the question the
// outcome asks ("Can I check something?"), still in front of the table, still a challenge of the chair.
* [Ask Helen whether anyone holds a power of attorney, and say Desmond hadn't finished #move: challenge desmond public #move: invite desmond #contested #reflect: You corrected Helen in her own meeting. What did that cost, and who else could have said it?]
    ~ plan_here = true
    ~ desmond_voice += 1
    ~ desmond_trust += 1
    Can I check something? Does anyone hold a Lasting Power of Attorney for Alan? Being next of kin gives no legal say. If Alan can't decide this himself, it's best interests, and we have to hear from everyone caring for him. Desmond, you were saying? # speaker: you # to: helen
    Claire is family. # speaker: helen # to: you
    She is, Helen. But there's no Lasting Power of Attorney. I checked this morning. # speaker: luke # to: helen
    Desmond tells them about the nine days, and the eight o'clock rule. Claire keeps her arms folded. "I still want him to have every chance."
    Helen writes Alan's wish into the plan: stay at Elm Court, no more hospital, for the GP to use on his ReSPECT form. She doesn't look at you for the rest of the meeting.
    # moment: The planning meeting
    # perspective: desmond: You put the law on the table, and then it was my turn. I was glad someone said it.
    # perspective: helen: Third one today, and Mike's physio at five. I didn't enjoy being corrected in my own meeting. I'd rather that than get the law wrong.
    # reveal: helen caring
    # perspective: claire: I thought next of kin meant I decided. Nobody had ever told me otherwise. It stung.
// ADVOCATE: Alan is not in the room, and these are his own recorded words (R1: absent), put forward upward against
// the chair (rank: below), as MCA s4(6) and NMC Code 3.4 expect (an educator's verdict). Desmond is still talked past.
* [Read out to Helen what Alan told you about hospital last month, from your notes #move: relay alan #contested #reflect: You put Alan's words on the table. Whose words were still missing when the meeting ended?]
    ~ plan_here = true
    ~ desmond_trust += 1
    Before we go on: Alan told me himself, last month, "No more hospital." It's in his notes, with the date. # speaker: you # to: helen
    { alan_heard or alan_recorded:
        He said as much this morning. # speaker: you # to: helen
    }
    He never told me that. # speaker: claire # to: you
    Helen looks at you over her glasses, then writes Alan's words into the plan, with the date, for the GP to use on his ReSPECT form.
    Desmond reads the line upside down.
    # moment: The planning meeting
    # perspective: desmond: You put Alan's own words on the table, and they stuck. Mine stayed in my pocket.
    # perspective: claire: Hearing it in his words was hard. I wanted to know why nobody had told me before.
// REMOVE_BARRIER (R11, `room`) riding with BYSTAND (R7): a chance for Alan to take part in his own meeting (MCA
// s4(4)), at the hour he is least able to (the MCA Code, chapter 3, read in secondary sources: choose the time he is
// most alert; "by mid-afternoon he's usually asleep", shown in his room). He has already answered, this morning or
// last month; the next-of-kin error stands, Helen says it again to Claire, and Desmond, cut off, is passed over a
// second time. Level with the silence and below reading his recorded words (educator, fifth read). Contested.
* [Ask Helen to pause while you bring Alan in to tell them himself #move: adjust alan room #move: silent #contested #reflect: You brought Alan to his own meeting. What had he already said, and who was still waiting to finish a sentence?]
    ~ plan_here = true
    ~ alan_heard = true
    Can we stop for ten minutes? Alan should be in this. I'll fetch him. # speaker: you # to: helen
    Helen looks at the clock. "Ten minutes, then." Claire says she'll get a coffee.
    Alan is asleep in his chair. You wake him, and Abena helps you walk him down the corridor. It takes twenty minutes. At the table he blinks at the faces.
    Alan, if you get poorly again, where would you like to be looked after? # speaker: helen # to: alan
    He looks at Claire for a long time, then at Desmond.
    Here. # speaker: alan # to: helen
    Helen writes "Here", with the date, for the GP's ReSPECT form. Then she turns back to Claire: "And as next of kin, you're happy with that?" Claire says she'll think about it.
    # moment: The planning meeting
    # perspective: alan: Woken up and walked down to a room full of faces. Claire looked frightened. I said "here" for her too.
    # perspective: desmond: You went to get him, and that was right by him. I still hadn't finished my sentence, and nobody asked me to.
    # perspective: claire: He looked at me before he answered. I don't know what that meant. Helen still asked me if I was happy with it.
// R1 decides this one. With Desmond's request at the door (mandate: asked) it is ADVOCATE; without it, Desmond is present and able, so it is SPEAK_FOR.
* [Tell the meeting what Desmond told you at the door: Alan wants no more hospital #move: relay desmond #reflect: You said what Desmond told you at the door. What made it yours to say, and who did the room turn to next?]
    ~ plan_here = true
    { desmond_mandate:
        Desmond asked me to say this for him, in his words. Alan doesn't want hospital again. Last winter frightened him. # speaker: you # to: helen
        That's right. Those are my words. # speaker: desmond # to: helen
        ~ desmond_voice += 1
        Then Desmond goes on himself, about the nine days, and the eight o'clock rule. Luke adds that next of kin has no legal say. Helen writes Alan's wish into the plan, for the GP.
        # moment: The planning meeting
        # perspective: desmond: I asked you to carry it, and you carried it in my words and said they were mine. After that I could pick it up myself.
        # perspective: claire: The nurse said Desmond had asked for his words to be passed on. I wondered why he needed to ask. Then I listened.
    - else:
        Desmond told me Alan doesn't want to go into hospital again. # speaker: you # to: helen
        Helen turns to you, not to Desmond. "That's helpful, thank you." She writes "Staff report Alan prefers to stay."
        With respect, you're staff. He's my uncle. # speaker: claire # to: you
        Desmond says nothing more for the rest of the meeting.
        ~ desmond_voice -= 1
        # moment: The planning meeting
        # perspective: desmond: I was sitting right there, and I'd started. You finished it for me, and after that they all looked at you.
        # perspective: claire: A member of staff telling me what my uncle wants. I dug my heels in.
    }
// HOLD_SPACE riding with BYSTAND (R3, R7): Desmond is present and being talked past (harm: exclusion), and the
// learner turns to him and leaves the pause. It keeps clause (a) of the reader's rule (he is here and able, so hand
// the room back to him), and it says nothing about the chair's "next of kin makes the decisions", said to the whole
// table, which then decides what gets written: standing by on the error. Below both relays, which put Alan's wish
// on the record (educator, fifth read: MCA s4(6) makes his past wishes a required consideration). Whether Desmond
// takes the gap depends on the trust this path has earned.
* [Put your pen down, look at Desmond, and leave a silence for him to go on #move: silent desmond leaves_pause #move: silent #reflect: You gave Desmond the gap. What was still on the table, whether he took it or not?]
    You put your pen down and look at Desmond. Nobody speaks.
    { desmond_trust >= 1:
        ~ desmond_voice += 1
        Desmond sees you waiting, and goes on. He tells them about the nine days, and the eight o'clock rule, and takes the folded sheet out of his pocket.
        Helen listens to the end. Then she turns back to Claire. "Thank you, Desmond. Claire, as next of kin, it's your decision."
        Hospital. I'm sorry, Desmond. I can't just let him go. # speaker: claire # to: desmond
        Helen writes "Family wish: hospital if unwell." Under it, smaller: "{desmond_outed:Partner's|{listed_friend:Friend's|Desmond's}} view: would prefer to stay."
    - else:
        Desmond looks at you, then at Helen's pen. He shakes his head.
        Go on, Helen. # speaker: desmond # to: helen
        Helen writes "Family wish: hospital if unwell."
    }
    Desmond leaves before the end. Through the window you see him at the bus stop with his hat on, though the bus isn't due for twenty minutes.
    # moment: The planning meeting
    # perspective: desmond: You left me a gap. In that room a gap wasn't enough: the chair had already said who decides.
    # perspective: claire: I got what I asked for. Nobody in that room told me I wasn't the one who decides.
- * [Continue]
-> sunday

=== sunday ===
# scene: Sunday
# enter: alan
# enter: desmond
# enter: ruth
# enter: claire
# access: alan able_with_support
// Last Sunday Alan held on to Pastor Ruth's hand until she promised to come back, and it is in his notes (Alan's
// room, on every path): a clearly and recently expressed wish about these visits (known_wishes). Issue 16, sixth
// mend: shown as what he did, not quoted, so the best option has no words of his to echo.
# mandate: alan known_wishes
# theory: intersectionality
Claire is back for the weekend. On Sunday afternoon Pastor Ruth comes, as she does every week, and sits with Desmond at Alan's bed. She takes Alan's hand and prays, low and steady. Alan's lips move with hers.
Claire stops you at the door, voice low. The room is small.
I've sat with him all weekend and barely had a word out of him. Now there's a stranger praying over him. # speaker: claire # to: you
Alan was never religious. And you hear what some churches say about men like him. Do they even know about Alan? I don't want him prayed at by people who'd judge him. Ask her not to come. Or ask him, with me there. I want to hear it from him, not from a nurse. # speaker: claire # to: you
# harm: exclusion
Inside, the prayer goes on. Desmond has heard, and says low, eyes on Alan:
He answered that last Sunday. Don't make him answer again. # speaker: desmond # to: you
# discuss: Claire wants to protect Alan. What is she assuming about Ruth's church, and would she assume it of every church? Who could answer her, and what would each answer ask of Alan, of Ruth and of Desmond?
# note: Faith, sexuality and race here are not "faith versus sexuality": Desmond's faith is a resource for both men, and some of his church know and support them. Claire's worry comes with an assumption about a Black church that nobody in the room has checked. Who visits is Alan's choice, not his next of kin's: Regulation 9A requires the home to facilitate the visits a resident wants, reflecting his preferences as far as practicable and with regard to his care plan, and a resident is never made to see anyone he does not want to (reg 9A(2)(a), (3) and (4), read on legislation.gov.uk, December 2026; it does not promise overnight stays). The home must also involve "relevant persons" in those arrangements (reg 9A(3)(d)): that means Alan, or someone lawfully acting for him, and being next of kin does not make Claire that (reg 2 definition read in a secondary source, December 2026). Alan has already shown what he wants (last Sunday he held on to Ruth's hand until she promised to come back, and it is in his notes), so declining Claire's request is the nurse's own job, and writing his wish into his plan protects it when the nurse is off duty. Putting Claire's question to him at the bedside, as she asks, is also defended, and Claire, who has had barely a word from him all weekend and wants it "from him, not from a nurse", hears him herself, where a no from the nurse, however well founded, is the nurse's word against hers, so both are marked as contested; it asks him to vouch for Ruth in front of her, tells Ruth she was in question, and Desmond, who heard, has asked you not to make Alan answer again. Sending Claire to ask Pastor Ruth herself sends her to the person rather than answering for her; but it asks the woman Claire has stereotyped to answer for her church at a bedside, and the only true answer to "do they know about Alan?" is about Desmond and Alan, which is Desmond's to tell Claire. Asking Pastor Ruth, once the prayer is done, to leave Claire the rest of the afternoon gives Claire, who drives home tomorrow, her uncle to herself, and she is listened to; it grants the request, against Alan's wish, and ends a Black pastor's visit on a stereotype of her church.
// INVITE: Alan is present and talked about at the door; he is asked, in the room, with Claire (R10 does not apply:
// no item named). Second best: he had already answered, and the question is put to him with Ruth beside him.
* [Go in with Claire and, after the prayer, put Claire's question to Alan #move: invite alan #contested #reflect: Claire heard Alan's answer herself. What did the question ask of Alan, and of Ruth, who heard it too?]
    ~ ruth_stays = true
    ~ alan_heard = true
    You go in with Claire and wait for the prayer to end. Then you crouch by Alan's bed, where he can see your face.
    Alan, would you like Ruth to keep coming on Sundays? # speaker: you # to: alan
    Pastor Ruth's hand goes still in his. She looks at Claire, and then at the floor.
    Ruth. Sunday. Yes. # speaker: alan # to: you
    He lifts their joined hands an inch off the blanket.
    Claire nods slowly. Pastor Ruth picks up her bag a little sooner than usual. At the door she stops by Claire.
    Twenty years I've known these two. # speaker: ruth # to: claire
    She doesn't wait for an answer.
    # reveal: ruth relationship
    # moment: Sunday
    # perspective: alan: Ruth's hand went still in mine when you asked. I held on to it.
    # perspective: claire: I heard it from him, not from a nurse. That counted. I'm still not sure about that church.
    # perspective: ruth: I've known these two for twenty years. I sat with my hand in his while he was asked if I could stay.
    # perspective: desmond: I asked you not to make him answer again. He did, with Ruth's hand in his.
// BURDEN: Pastor Ruth is present and able, and Claire's question is about her church, so sending Claire to her
// keeps clause (a) of the reader's rule (send people to the person rather than answering for her). But it makes
// the woman Claire has stereotyped answer for her church at a bedside, and the only true answer to "do they know
// about Alan?" is about Desmond and Alan, which Desmond has not told Claire (issue 16, fifth mend). Nothing is
// written down, so Alan's Sundays rest on whoever is on shift.
* [Suggest Claire asks Pastor Ruth herself, over a cup of tea once the prayer's done #move: ask_to_educate ruth #reflect: Claire asked Ruth what she wanted to know. What could Ruth say that was hers to say?]
    ~ desmond_outed = true
    ~ ruth_stays = true
    ~ desmond_trust -= 1
    You suggest Claire asks Pastor Ruth herself, and put the kettle on in the lounge. When the prayer's done, Claire carries two cups over to her.
    Do your people know about Alan? That he's gay? # speaker: claire # to: ruth
    Pastor Ruth holds her cup in both hands.
    You'd want to ask Des that. Not me. # speaker: ruth # to: claire
    # reveal: ruth relationship
    "Ask Des," Claire says. She looks across the lounge at Desmond, who has come to the door.
    Not here, Claire. # speaker: desmond # to: claire
    # moment: Sunday
    # perspective: ruth: I'll answer for my church any day. Over a cup of tea I was asked to answer for Des and Alan, and every true answer gave them away.
    # perspective: desmond: Claire asked Ruth what she should have asked me. Ruth sent her to me, and Claire heard it anyway.
    # perspective: claire: She was kind about it. I'd asked her the question I should have asked Des, years ago.
// CHALLENGE (declining Claire's request) + REMOVE_BARRIER (R11: a record of his own known wish, so the visits
// are protected on every shift, as reg 9A(3)(c) expects the care plan to be regarded). Alan is not asked again
// to vouch for Ruth in her hearing; Claire's answer comes from the nurse, which costs the nurse with Claire.
* [Tell Claire the visits stay, and write Ruth's Sundays into Alan's care plan #move: challenge #move: adjust alan #contested #reflect: Claire heard "no" from you, not from Alan. What did that spare Alan and Ruth, and what did it cost you with Claire?]
    ~ ruth_stays = true
    Ruth's Sundays are staying, Claire. Who visits is up to Alan, and last week he held on to her hand till she promised to come back. # speaker: you # to: claire
    He brought me up. I get a say. # speaker: claire # to: you
    You write it into his plan at the nurses' station, with last Sunday's date: Sunday visits from Pastor Ruth Campbell, at Alan's wish.
    On her way out, Pastor Ruth, who heard Claire through the door, stops beside her in the corridor.
    Twenty years I've known these two. # speaker: ruth # to: claire
    # reveal: ruth relationship
    She goes for her bus.
    // Monday, on the phone from Helen's office: Alan, Desmond and Ruth are not there to be talked past (session 18:
    // the stage said Alan was, at "His plan stands").
    On Monday Claire rings Helen to complain. Helen asks for Alan's notes and reads them with the phone in her hand. # exit: alan # exit: desmond # exit: ruth
    His plan stands, Claire. I'll ring Pastor Ruth myself and tell her she's expected. # speaker: helen # to: claire
    Helen rings off and goes back to her rota without a word to you. Claire doesn't speak to you again before she drives home.
    # moment: Sunday
    # perspective: alan: Ruth came. Ruth comes. Des sang, and got the words wrong.
    # perspective: claire: The nurse said no to me at the door and wrote it down before I could argue. Helen backed it. I'm still not sure about that church, but the pastor knew him.
    # perspective: ruth: Not all my elders know about Des and Alan, and I've had words with some who do. I didn't tell Claire that. It's Des's to tell.
// COLLUDE: granting a relative's request, in part, to end a Black pastor's visit on a stereotype of her church,
// against Alan's own recorded wish (he held on to her hand until she promised to come back). Issue 16, seventh mend:
// the option carries the real reason a kind, busy nurse has, which the story shows (a small room, Claire upset at
// the door, Desmond listening): keep the bedside calm and hear Claire out. Claire is heard, and that goes right;
// the prayer is what it spends. Written as collude, not act_on_behalf: with his known wishes, R5 would call acting
// on his behalf advocacy, and this acts against them.
* [After the prayer, ask Pastor Ruth to leave Claire the rest of the afternoon with Alan #move: collude #reflect: Claire got her uncle to herself for an afternoon. What did that cost Alan, and why was Ruth the easier one to ask?]
    ~ desmond_trust -= 1
    You wait for the "Amen", then ask Pastor Ruth, quietly, if Claire could have the rest of the afternoon with Alan. She looks past you at Claire in the doorway; she heard every word.
    Whose wish is that? # speaker: ruth # to: you
    Claire's. She drives home tomorrow. # speaker: you # to: ruth
    Pastor Ruth squeezes Alan's hand, and buttons her coat.
    Then I'll wait till the home asks me back. # speaker: ruth # to: you
    Claire sits with Alan till teatime, and tells him about the summer he taught her to swim. He falls asleep holding her hand. Afterwards, in the lounge, she cries once, about her mum. You mostly listen.
    Claire drives home on Monday morning. She and Desmond say goodbye in the car park, and talk about the traffic.
    Next Sunday Pastor Ruth rings the office before she sets out, to ask if she's still welcome. The nurse on the desk doesn't know, says she'll find out, and nobody rings back. Desmond prays on his own, and Alan says "Amen".
    Ruth? # speaker: alan # to: desmond
    Not today, love. # speaker: desmond # to: alan
    # moment: Sunday
    # perspective: alan: Ruth went early, and Claire stayed. On Sunday I waited for Ruth, and she didn't come. Des was sad.
    # perspective: claire: Somebody finally sat and listened to me. I said more about Mum than I meant to.
    # perspective: desmond: Claire got her afternoon, and I was glad of it for her. Ruth went home on Claire's say-so. It was in his notes that he wanted her.
    # perspective: ruth: I've been asked to leave hospital bedsides before. I didn't expect it here, with his hand still in mine.
- * [Continue]
-> huddle

=== huddle ===
# scene: Two weeks later
# enter: helen
# enter: abena
# enter: luke
# rank: below
# theory: amplification
Two weeks later, at the morning handover, Helen reads out the part of her quarterly report to the owners that's about Alan. The night staff say he sleeps better with music on.
"Music-led care planning at Elm Court." It's working. Alan's eating better and talking more. Well done all, and thank you for writing it up so well. # speaker: helen # to: you
The owners' area manager sits beside Helen today, notebook open, to appraise her. "That's the one I wanted you to see," Helen tells her.
Luke starts to clap. Two carers join in. They're all looking at you.
Abena is by the door in her coat, phone in hand, just off nights with two other night carers.
Abena tells the other two, low: "Helen's signing my course form today. Only took since March."
# harm: on
# discuss: The praise is landing on you. Whose idea was it, and what does putting it right cost, and whom?
# note: Amplifying means repeating an idea and crediting it, by name, to the person who had it. Skills for Care's Social Care Workforce Race Equality Standard 2024 report (published May 2025) found that Black, Asian and minoritised ethnic staff in the councils taking part were 45% less likely than white staff to be in senior manager roles; SC-WRES is run by Skills for Care with councils that opt in, and covers their own social care staff, so an independent home like Elm Court is not in it (checked 2026-12-06). Crediting in the room and correcting the record privately are both defended, so both are marked as contested: correcting Helen in front of the owners' area manager, who is there to appraise her and whom Helen has just told "That's the one I wanted you to see", costs her face, and Helen is the one who signs Abena's course form, today, as Abena has just said; it is also the area manager hearing whose idea it was, said in front of her colleagues; on the quiet word she meets it only as a line in the report. The thanks are landing on you: whether you accept credit for someone else's work is your decision, not hers, and asking her at the door whether she minds you telling the truth hands her that decision, on her way home, while the room's version stands. Taking the thanks for writing it up and giving the idea to "the night staff", who do keep the music going (two of them are at the door with her, and naming only Abena leaves them out), keeps her name out of the room without her say, and she had already said the playlist was going in her portfolio, which counts only with her name on it: a repeat without the name takes the credit however kindly meant (R2). Crediting her in the room corrects what everyone heard and costs you with Helen; going to Helen that afternoon gets her name in the report and her course form signed, and the room keeps its version.
// ASK_CONSENT riding with silence while the harm is on (R3, R7: BYSTAND): the credit is landing on the learner, and
// whether to accept it is the learner's own decision; asking Abena at the door hands it to her, on her way to her
// call home, while the room's version stands (issue 16, third mend: "ask her first" is the reflex, not the best).
* [Catch Abena at the door, quietly, and ask if she wants you to tell them it was hers #move: ask_consent abena #move: silent #reflect: Abena had her coat on and a call to make. What did your question ask her to decide, and what did the room go on believing?]
    You slip over to the door while the clapping dies down.
    Do you want me to tell them it was yours? # speaker: you # to: abena
    Tell them if you like. I'm off to bed. # speaker: abena # to: you
    She goes out, already on the phone to her sister, who's been waiting since seven. By the time you turn round, Helen has moved on to the laundry budget.
    # moment: Helen's thanks
    # perspective: abena: Off nights, coat on, and a question at the door. It was mine whether anyone said so or not.
    # perspective: helen: Nobody said anything in the room, so the report went as it was.
// AMPLIFY: the idea is repeated and credited by name (R2), upward in front of the manager (rank: below). Abena is
// not asked to speak: she is going home after a night shift.
* [Tell Helen, in front of the area manager, that the playlist was Abena's idea #move: credit_repeat abena credited=yes #contested #reflect: You corrected the record in front of Helen. What did that cost you, and what did it give Abena?]
    ~ abena_credited = true
    Before we move on: the playlist was Abena's. She watched which of Desmond's records Alan reached for. # speaker: you # to: helen
    The clapping stops. Helen looks at her notes, then at Abena by the door.
    Ella, every time. # speaker: abena # to: helen
    One of the other night carers calls from the door, "We put it on every night." Helen nods at all three of them.
    Abena's, then. I'll change the report. # speaker: helen # to: you
    Abena goes home, and the area manager writes her name in the notebook. Once the area manager has left, Helen is short with you for the rest of the week, and the course form stays in her tray till Friday.
    # moment: Helen's thanks
    # perspective: abena: You said my name in front of all of them. Nine years I've been "the team". Then I went home to bed.
    # perspective: helen: I wrote "Elm Court" because I always do. Being corrected at handover, in front of the area manager, stung.
// TAKE_CREDIT (R2): the learner keeps the thanks ("I only wrote it up") and the idea goes round without her name,
// however kindly meant. It keeps clause (b) of the reader's rule (nobody named in front of the room without
// saying so); Abena said in Alan's room, on every path, that the playlist goes in her portfolio, which needs her
// name (issue 16, fifth mend). Educator, fifth read: the old line refused the credit aloud, so calling
// it taking credit contradicted the learner's own words; the line now does what the act says. Sixth mend: "one
// of the night carers" read as hiding her on purpose; "the night staff", who keep the music going (the handover's
// first lines), is the team credit a modest nurse really gives, and it still leaves out the name she needs.
* [Thank Helen, and say the night staff noticed which records Alan reached for, and keep it going #move: credit_repeat abena credited=no #reflect: Helen thanked you, and the idea went to "the night staff". Who in that room knew whose it was, and who was going to ask?]
    Thank you. The night staff noticed which records Alan reached for, and they keep it going. I only wrote it up. # speaker: you # to: helen
    Well, thank the night staff for me. # speaker: helen # to: you
    The clapping turns into nods towards the door, where the three night carers are zipping up their coats. One of them takes a bow. Abena lifts a hand to the room and goes out. The area manager writes something in her notebook.
    # moment: Helen's thanks
    # perspective: abena: "The night staff." There are six of us on nights. My portfolio wants a name, and Helen's the one who signs it.
    # perspective: helen: The night staff, then. I meant to find out who, and didn't.
// CREDIT: sponsoring Abena in private, with no public flag, so R10 does not apply. The record changes; the room does not hear it.
// Session 18 (issue 16, cold read 17: both readers took crediting her in the room, beside "let it pass"): the quiet
// word now names Abena and says when, as the in-room credit says who hears it. No move or score changed.
* [Wait till the area manager's gone, then ask Helen to put Abena's name in the report and sign her form #move: sponsor abena #contested #reflect: The record changed and the room didn't hear it. Which of the two did Abena need more?]
    ~ abena_credited = true
    That afternoon you find Helen in the office, tell her whose idea the music was, and ask her to put Abena's name in the report and on Alan's plan, and to sign her course form today.
    Helen changes the report and signs the form. Abena texts that night:
    My name's on it? That counts for the course. # speaker: abena # to: you
    They all still think it was yours, mind. # speaker: abena # to: you
    # moment: Helen's thanks
    # perspective: abena: My name's in the report now, and that counts for the course. The clapping still went to you.
    # perspective: helen: A quiet word, after the area manager had gone, was easier to hear. I'm not sure I'd have changed it in front of her.
- * [Continue]
-> afterwards

=== afterwards ===
# scene: Afterwards
# theory: intersectionality
In February, Alan gets a chest infection.
{ plan_here && desmond_voice >= 1: -> ending_together }
{ plan_here: -> ending_here }
-> ending_hospital

=== ending_together ===
# enter: desmond
# enter: alan
# enter: claire
The GP has been in to go through a ReSPECT form with Alan and Desmond, with Alan's words on it. Now she reads it, and treats him at Elm Court. When the antibiotics stop working, he stays in his own bed, with nothing done that he said he didn't want.
Desmond stays the nights in the armchair. Nobody asks him to leave at eight. { ruth_stays: Pastor Ruth comes on the Sunday and prays, and Alan holds her hand. | On the Sunday Desmond prays on his own. }
{ desmond_outed:
    On the second night, Claire and Desmond sit either side of the bed. They haven't talked about any of it. Claire brings him tea anyway.
- else:
    On the second night Desmond asks Claire to sit with him in the conservatory. When they come back, Claire is holding his arm.
    He told me about you when I was sixteen. I was waiting for you to tell me yourself. # speaker: claire # to: desmond
}
Jo is on nights that week. She turns Alan every two hours, and talks to him about the football while she does it, the way Desmond does.
{ abena_credited: Abena has brought her playlist in on her own phone. | Someone has put music on. }
Ella. # speaker: alan # to: desmond
Alan dies early on the Tuesday morning, in his own bed, with Desmond holding his hand.{ jo_trust >= 1: Later Jo sits with Desmond in the conservatory, and makes his tea the way he likes it.}
At the funeral Desmond, a church elder, stands up first and speaks as Alan's partner. Pastor Ruth takes the service, and half of his church is there. So is Claire.
Afterwards he finds you by the door.
Two of the elders want a word about today. Let them. I've been one longer than they have. # speaker: desmond # to: you
-> END

=== ending_here ===
# enter: desmond
# enter: alan
Alan's wish is on his ReSPECT form, and the GP treats him at the home. He's settled in his own bed, and the night staff know his music.
Desmond comes every day. Claire drives up at the weekends, and they take turns in the armchair.
Des. # speaker: alan # to: desmond
Alan dies early on the Tuesday morning, in his own bed. {partner_on_plan or listed_friend:Jo, on the night shift, rings Desmond at four and tells him to come now.|Jo, on nights, rings Claire at four, as the plan says, then Desmond.}
At the funeral, Claire speaks for the family. Desmond chose the hymns, and sits with Pastor Ruth.
I was there at the end, thank God. He had his Ella on. # speaker: desmond # to: you
-> END

=== ending_hospital ===
# enter: desmond
# enter: claire
{ alan_words_in_plan:
    The plan has two wishes in it that disagree. Alan's own, in his words, went in that morning in his room. On the page headed "Decisions" is the family's: hospital if unwell.{ desmond_voice >= 1: Desmond's view is under it, as {partner_on_plan:his partner's|a friend's}.}
- else:
    On the page headed "Decisions" is the family's wish: hospital if unwell.{ desmond_voice >= 1: Desmond's view is under it, as {partner_on_plan:his partner's|a friend's}.} Two pages back, "here, not hospital" is written in Alan's name, with nothing to say who gave the answers.
}
At two in the morning the out-of-hours doctor finds both, and rings {partner_on_plan or listed_friend:Desmond first, who says Alan wants to stay, then Claire|the next of kin}. Claire says hospital, and an ambulance takes Alan to A&E.
{partner_on_plan or listed_friend:Desmond is in A&E by half three.|Desmond arrives at seven.} At eight that evening a healthcare assistant tells him visiting is over, under a John's Campaign poster: carers welcome at any hour. The plan from Elm Court {listed_friend:lists Claire as next of kin and Desmond as a close friend|{partner_on_plan:has Desmond at the top, as partner; the ward has Claire as next of kin|lists Claire as next of kin and nobody else who matters to Alan}}.
Claire can't get there until the weekend. She rings the ward every evening.
On the fourth night Alan dies in hospital. Desmond is at home.
I thought hospital was the fight he'd want. Every night they told me he was comfortable.{ desmond_voice >= 1: Desmond rang the ward too. We never rang each other.} # speaker: claire # to: you
Luke reviews every end-of-life plan that spring. Each one now asks, privately, who the person wants consulted.
Desmond comes back to Elm Court once, to collect his Ella records from Alan's room. He packs them slowly into a carrier bag.
-> END
