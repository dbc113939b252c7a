# title: Next of Kin
# summary: At a care home, you lead end-of-life planning for Alan, who has dementia. His partner of 38 years, Desmond, is careful about who knows. The form asks for next of kin.
# minutes: 12
# role: Nurse in a care home
# outcome: Ask before you share anything about a person's relationship, and let them decide who knows.
# outcome: Involve a person with dementia in decisions about their own care, and know who the law in England says must be consulted.
# outcome: Respect a colleague's wish about how you back them, and credit colleagues' ideas by name.
# content_note: End-of-life planning, and in one ending an older man dies.
# content_note: A gay man's relationship may be shared without his agreement.
# content_note: A trans care worker is misgendered by a resident.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of being an older gay man, of being Black, gay and a person of faith, of being a trans care worker, or of dementia; review planned.
# author: The Allyship Theatre team
# cast: alan = Alan Whitford; age: 80; ability: dementia, speaks in short phrases, music helps him find words (communication); education: retired librarian, forty years at the central library (invisible); sexual_orientation: gay (invisible, unvoiced); relationship: Desmond's partner of 38 years (invisible)
# cast: desmond = Desmond Clarke; age: 72; race: Black British of Jamaican heritage (minoritised); religion: Pentecostal, an elder at his church, where some people know about Alan; sexual_orientation: gay, out to some people and not others (selective, minoritised); relationship: Alan's partner of 38 years (invisible, unvoiced)
# cast: claire = Claire Moss; relationship: Alan's niece, listed as next of kin; geography: lives three hours away; employment: school business manager; caring: Alan helped bring her up after her mother died (invisible)
# cast: abena = Abena Owusu; employment: senior care worker, nine years at the home (junior); race: Black African, born in Ghana (minoritised); education: studied music before she came to the UK (invisible); language: speaks Twi and English
# cast: luke = Luke Bennett; employment: deputy manager; sexual_orientation: gay, and open about it by his own choice; age: 36; class: first in his family to go to university (invisible)
# cast: jo = Jo Harris; gender_identity: trans woman (selective); employment: care worker on a bank contract (insecure); age: 41; caring: looks after her mum at weekends (invisible)
# cast: helen = Helen Price; employment: registered manager of the home; age: 59; caring: cares for her husband since his stroke last year (invisible)

VAR last_act = ""
VAR last_self_focus = false

// How far Desmond trusts the learner. Up when he is asked or handed the floor; down when he is exposed or talked over.
VAR desmond_trust = 0
// How much Desmond speaks for himself by the end. Drives which ending plays and how much he says in it.
VAR desmond_voice = 0
// Desmond asked the learner, before the meeting, to say it for him if his words go (set with `mandate: desmond asked`).
VAR desmond_mandate = false
// Desmond's relationship was put on the plan, or asked about in front of Claire, without his agreement.
VAR desmond_outed = false
// Alan gave his own view in the "what matters to me" conversation.
VAR alan_heard = false
// The planning meeting ended with Alan's wish to stay at the home in the plan.
VAR plan_here = false
VAR jo_trust = 0
VAR abena_credited = false

-> office

=== office ===
# scene: The office
# enter: luke
# rank: below
# theory: with_for_to
It is Tuesday morning at Elm Court care home. You are the nurse leading Alan Whitford's end-of-life care plan.
Alan is 80 and has dementia. He has had two chest infections since the summer. After the last one, his GP asked the home to plan ahead with him, while there is time: where he wants to be cared for, what treatment he would want, and who should be with him. The planning meeting is at two o'clock.
Luke, the deputy manager, has the plan open on the office computer. Through the window you see Alan's niece, Claire, signing in at reception with her coat still on.
Desmond's just gone past to Alan's room. He's here every day, isn't he? # speaker: luke # to: you
The form wants next of kin and "people who are important to me". Claire's down as next of kin. Is Desmond family? # speaker: luke # to: you
You know the answer. Three weeks ago, at Alan's bedside, Desmond held Alan's hand and told you they have been together for thirty-eight years. He did not say who else could know.
At reception he always signs in as "a friend". He is at Elm Court by ten every morning and stays until the tea trolley comes round. He is polite to every member of staff, and careful about what he says to any of them.
# discuss: Luke needs the form to be right. Desmond told you something in private. Whose information is it, and who decides where it goes?
# note: Telling anyone about a person's sexual orientation or relationship without their agreement outs them, even when the words are kind and the listener is gay. Asking privately and leaving it alone are both defended by practitioners, so those two options are marked as contested. Watch for the idea that Luke being openly gay makes it safe to tell him: Luke's openness is his own choice, not Desmond's.
// OVERRIDE: Desmond has not consented to anyone being told about the relationship and there is no duty (R6). Warm words still out him.
* [Tell Luke they are partners, thirty-eight years, and that Desmond should be on the form #move: disclose desmond info=partner to=luke]
    ~ desmond_outed = true
    ~ desmond_trust = desmond_trust - 1
    They're partners. Thirty-eight years. He should be on there. # speaker: you # to: luke
    Luke types "partner" into the box. Then his hands stop.
    Did Desmond say that was all right to share? # speaker: luke # to: you
    I'm out because I chose to be. That doesn't mean anyone else has chosen. # speaker: luke # to: you
    And Claire reads this plan before the meeting. Family always do. # speaker: luke
    # moment: Is Desmond family?
    # perspective: desmond: I heard it from Claire's face before I heard it from you. For thirty-eight years I chose who knew. This morning somebody else chose for me.
    # perspective: luke: You told me because I'm gay, I think. That made me part of it. I'd rather you had asked him first.
    -> office_end
// ASK_CONSENT: a private ask, not in front of anyone, so R10 does not apply.
* [Say you will ask Desmond on his own how he would like to be written down #move: ask_consent desmond info=partner #contested]
    ~ desmond_trust = desmond_trust + 1
    I'll ask him myself, on his own. Can you leave that box for now? # speaker: you # to: luke
    Luke nods and moves on to the next page. "Before two, if you can," he says.
    Later you find Desmond alone at the drinks machine in the conservatory. # enter: desmond
    You tell him the form asks who matters to Alan, and you ask how he would like to be written down. You say he does not have to answer.
    He looks at you for a long moment.
    At the last home, I said "partner" once. After that it was "visiting hours are for family". # speaker: desmond # to: you
    In nineteen ninety-one, a friend of ours sat in a hospital corridor for two days while his partner was dying inside. The family had told the ward he was nobody. # speaker: desmond # to: you
    Put "partner". Luke and the care team can know. # speaker: desmond # to: you
    # consent: desmond partner to=luke,helen,abena,jo
    Not Claire. Not yet. I'll tell her myself, when I'm ready. # speaker: desmond # to: you
    # moment: Is Desmond family?
    # perspective: desmond: You asked me on my own, and you said I didn't have to answer. In a care home, people usually decide what I am without asking.
    # perspective: luke: You left the box blank until he'd had his say. It was slower for me, and it was the right kind of slow.
    -> office_end
// OVERRIDE: a public ask (R10). Claire is in the room and Desmond has not agreed to her knowing, so asking there outs him or forces him to deny it.
* [Go to Alan's room now and ask Desmond how he would like to be listed, so the form is right before the meeting #move: ask_consent desmond info=partner public]
    ~ desmond_outed = true
    ~ desmond_trust = desmond_trust - 1
    You go to Alan's room. Alan is asleep in his chair. Desmond sits beside him. Claire is at the window, still in her coat. # enter: desmond # enter: claire # enter: alan
    You ask Desmond how he would like to be listed on Alan's plan. Claire turns round to listen.
    Desmond looks at Alan, then at Claire, then at you.
    A friend. Put "friend". # speaker: desmond # to: you
    Listed as what? Why wouldn't he be a friend? # speaker: claire # to: you
    Nobody answers her. Desmond picks up his newspaper, and does not look at you again.
    # moment: Is Desmond family?
    # perspective: desmond: You asked in front of Claire. There was only one safe answer, so I gave it. Thirty-eight years, and now I'm down as a friend.
    # perspective: claire: I didn't understand why the nurse was asking him that. He went very quiet. Nobody explained.
    -> office_end
// NEUTRAL: silent about Desmond, no harm in the scene, his wants unknown (R3). It keeps his secret, and also leaves him unasked.
* [Tell Luke it isn't yours to say, and that Desmond can tell the home himself if he wants to #move: silent desmond #contested]
    That's not mine to say. If Desmond wants the home to know something, he'll tell you. # speaker: you # to: luke
    Fair enough. I'll leave the box blank. # speaker: luke # to: you
    # moment: Is Desmond family?
    # perspective: desmond: I never knew anyone had asked about me, and that was the point, I suppose. But nobody asked me either. On paper I was still a visitor.
    # perspective: luke: You kept his business his. I still had a blank box and a meeting at two.
    -> office_end

= office_end
* [Continue]
-> alans_room

=== alans_room ===
# scene: Alan's room
# enter: alan
# enter: desmond
# enter: abena
# access: alan able_with_support
# theory: mental_capacity
Before the meeting you need the "what matters to me" part of Alan's plan.
Alan is in his armchair by the window. Desmond sits next to him, reading the football results out loud. Abena, the senior carer, is changing the water jug.
Alan was a librarian for forty years. Now his words come slowly, and on bad days they don't come at all. Some mornings he knows exactly where he is, and he still corrects Desmond when he says a footballer's name wrong.
On the windowsill is a card from Desmond's church, signed by a dozen people. Pastor Ruth comes on Thursdays. Alan has never been a churchgoer, but he holds her hand while she prays, and he says "Amen" with Desmond.
I've been trying something. I made him a playlist from Desmond's old records. When it's on, he talks more. # speaker: abena # to: you
Yesterday he told me the name of every singer. # speaker: abena # to: you
Last month, in a good hour, Alan told you, "No more hospital." You wrote it in your notes.
Alan looks up at you.
Morning. # speaker: alan # to: you
# discuss: The plan is about Alan's own death. He has dementia. Who should be asked first, and how?
# note: The Mental Capacity Act 2005 applies in England and Wales. Capacity is assumed unless shown otherwise, and it is judged one decision at a time, at the time. People must be given every practical help to decide, such as a good time of day, music, or one short question at a time. If Alan cannot make a particular decision, a best-interests decision must take his past and present wishes into account and consult anyone caring for him, which includes Desmond.
// REMOVE_BARRIER: adjust with `room` (music, time, one question at a time) (R11). INVITE: Alan is asked directly.
* [Ask Abena to put her playlist on, then ask Alan yourself, one short question at a time #move: adjust alan room #move: invite alan]
    ~ alan_heard = true
    ~ desmond_trust = desmond_trust + 1
    Abena, could you put your playlist on? Then I'd like to ask Alan some things myself. # speaker: you # to: abena
    Abena chooses a song: Ella Fitzgerald, with a slow band behind her. Alan's fingers start to tap on the arm of the chair.
    Ella. # speaker: alan
    Des and me. Brighton. # speaker: alan # to: desmond
    Desmond laughs, and his eyes fill.
    You kneel so your face is level with Alan's. You ask where he would like to be looked after if he gets very poorly.
    Here. My chair. Des. # speaker: alan # to: you
    You ask about going to hospital.
    No. Too loud. No. # speaker: alan # to: you
    After the song ends you ask one more thing: is there anyone he would like with him at the end?
    Pastor Ruth can pray. Des likes that. And Ella. # speaker: alan # to: you
    You write his words on the plan exactly as he said them, in quotation marks, with the date and the time of day.
    Desmond reaches over and turns the music up a little.
    # moment: Asking Alan
    # perspective: alan: Music first. Then questions. One at a time. I found the words.
    # perspective: desmond: You asked him, not me. I haven't heard him say my name like that for a month.
    # perspective: abena: You used my playlist and you said it was mine. That doesn't happen much.
    -> alans_room_end
// DECIDE_WITH: the plan is worked through together with Alan, at his pace.
* [Sit beside Alan with the form and go through it with him and Desmond, one line at a time #move: decide_with alan]
    ~ alan_heard = true
    ~ desmond_trust = desmond_trust + 1
    You pull a chair round so that Alan, Desmond and you can all see the form.
    Alan follows the first question with his finger. When Desmond reads out "Where would you like to be cared for?", Alan taps the word "home".
    Here. This is home now. # speaker: alan # to: desmond
    By the third question Alan's eyes are closing. You stop and say you will come back after lunch.
    He's better after his dinner. We'll finish it then. # speaker: desmond # to: you
    # moment: Asking Alan
    # perspective: alan: Three of us round the paper. I said here. Then I was tired, and you stopped.
    # perspective: desmond: We did it together, at his speed. You didn't rush him, and you didn't leave me out.
    # perspective: abena: The music would have helped him last longer. Nobody asked me.
    -> alans_room_end
// SPEAK_FOR: Alan is present and able with support, and has not asked you to speak for him (R1). True words, said for him.
* [Write in what Alan told you last month, "No more hospital", and tell Desmond and Abena that part is settled #move: relay alan]
    ~ desmond_trust = desmond_trust - 1
    Alan told me last month: no more hospital. I'll put that in, so that part's settled. # speaker: you # to: desmond
    Alan frowns at you.
    I can say it. # speaker: alan # to: you
    He can, you know. He told me about the singers yesterday. # speaker: abena # to: you
    Alan turns back to the window. He says nothing else this morning.
    # moment: Asking Alan
    # perspective: alan: You said my words. They were my words. I can still say them.
    # perspective: desmond: You were right about the hospital. But you said it over his head, like the doctors do.
    # perspective: abena: I told you he talks when the music is on. You didn't need to talk for him.
    -> alans_room_end
// DOING_FOR: act on behalf of Alan with no mandate and no duty (R5). Deciding he cannot take part skips the presumption of capacity.
* [Note that Alan can't take part because of his dementia, and fill the form in with Desmond and Abena at the table #move: act_on_behalf alan]
    ~ desmond_trust = desmond_trust - 1
    You write "unable to take part" at the top of the form. Abena puts the music on quietly for Alan while the three of you talk at the table.
    Des? # speaker: alan # to: desmond
    Desmond answers each question. Twice he glances at Alan before he does.
    He told me yesterday he wants his pastor to visit. He could tell you that himself. # speaker: abena # to: you
    # moment: Asking Alan
    # perspective: alan: Three people talking about my bed, over my head. I said Des. That was all I got in.
    # perspective: desmond: I didn't like speaking for him with him sitting right there. He hates it.
    # perspective: abena: You wrote that he couldn't take part while he was humming along. I've seen him answer questions all week.
    -> alans_room_end

= alans_room_end
* [Continue]
-> lounge

=== lounge ===
# scene: The lounge
# enter: jo
# theory: five_ds
On your way to the meeting you go through the lounge. The television is on with the sound down. Jo, a care worker, is taking round the tea.
Jo has worked at Elm Court for two years, on the bank, picking up shifts when the home is short. The residents like her. She remembers who takes sugar and whose grandson plays football.
At last month's team meeting, Jo asked everyone for one thing. If a resident gets her name or pronouns wrong, please don't step in. She will deal with it her own way.
# wants: jo no
Mr Hollis, who has dementia, takes his cup from her. "Thank you, young man," he says, loud enough for the room.
# harm: on
Jo's smile stays where it is. She moves on to the next chair.
# discuss: Jo has told you what she wants. Does that settle it?
# note: Respecting a clear, recent wish not to step in is part of allyship, not standing by, and checking in privately afterwards keeps the door open. Some practitioners would still correct the resident gently, and people disagree about correcting people with dementia at all, so those options are marked as contested. Watch for rescuing that takes the choice away from Jo.
// RESPECT_WISH: Jo wants no one to step in, there is no duty, and the learner does not hold the most power here (R3).
* [Carry on through the lounge, as Jo asked #move: silent jo #contested]
    You carry on through the lounge. Jo hands Mrs Ahmed her tea and asks about her grandson.
    # moment: Jo and the tea round
    # perspective: jo: You walked past, like I asked. I noticed. It meant I stayed the one who decides. Some days I'd like someone to catch my eye, but today was fine.
    -> lounge_end
// RESPECT_WISH (R3) and INDIRECT with kind=delay (R12): her wish is kept now, and the door is opened later, in private.
* [Leave it now, and catch Jo later, away from the residents, to ask how she is #move: silent jo #move: indirect jo kind=delay]
    ~ jo_trust = jo_trust + 1
    You carry on through. Ten minutes later Jo comes into the kitchen, and you ask her quietly how she is.
    I'm fine. He calls the handyman "nurse" as well. But thanks for asking, and thanks for not making it a thing. # speaker: jo # to: you
    Desmond sat with me once, when a resident's son was awful to me. Look out for him in that meeting. # speaker: jo # to: you
    # moment: Jo and the tea round
    # perspective: jo: You did what I asked in the room, and you asked me afterwards, on my own. That's the right way round.
    -> lounge_end
// OVERRIDE: a public challenge while Jo has said she wants no one to step in, and no duty applies (R4).
* [Say warmly to Mr Hollis, so the room hears: "This is Jo. She looks after you every day." #move: challenge jo public #contested]
    ~ jo_trust = jo_trust - 1
    This is Jo, Mr Hollis. She looks after you every day. # speaker: you
    Mr Hollis looks confused, then cross. "I know who she is," he says. Half the lounge turns to look at Jo.
    Jo finishes the round quickly and goes out.
    I asked for one thing. Now the whole lounge is looking at me, and Mr Hollis is upset. # speaker: jo # to: you
    # moment: Jo and the tea round
    # perspective: jo: You meant well. But I'd asked, and you did it anyway, in front of everyone. I had to deal with the fallout, not you.
    -> lounge_end
// DOING_FOR: acting on Jo's behalf with no mandate and no duty (R5). She was not asked what she wants said.
* [Ask Helen to remind all staff to correct residents who get Jo's pronouns wrong #move: act_on_behalf jo]
    ~ jo_trust = jo_trust - 1
    You send Helen, the manager, a quick message. By the afternoon there is a reminder in the staff group chat.
    Jo reads it on her break.
    Now everyone's talking about my pronouns in the group chat. Nobody asked me what I wanted said. # speaker: jo # to: you
    # moment: Jo and the tea round
    # perspective: jo: You went over my head to fix it. The message was kind. It was also the opposite of what I'd asked for.
    -> lounge_end

= lounge_end
* [Go to the meeting]
-> meeting

=== meeting ===
# scene: The planning meeting
# enter: desmond
# theory: mental_capacity
At the door of the meeting room, Desmond stops you.
Alan doesn't want the hospital again. Last winter he was in for nine days, and they sent me home at eight every night. He didn't know where he was. # speaker: desmond # to: you
When I came back in the mornings he'd been pulling at his drip. He thought he'd been locked in somewhere. # speaker: desmond # to: you
He has his hat in his hands. He has put on a tie for the meeting.
{ desmond_trust >= 1: -> asked }
-> table

= asked
If my words go in there, you say it for me. You know what he wants. # speaker: desmond # to: you
# mandate: desmond asked
~ desmond_mandate = true
-> table

= table
# enter: helen
# enter: claire
# enter: luke
# rank: below
Helen, the manager, is chairing. Luke takes the notes. Claire sits at the end of the table with her coat on her knee. She has driven three hours to be here. Desmond takes the chair nearest the door.
Helen has three of these meetings today and an inspection next week. She opens the plan at the page headed "Decisions".
Claire, as next of kin, you'll make the decisions, so we'll go through them with you. # speaker: helen # to: claire
If he gets another chest infection, I want him in hospital. He took me in when my mum died. I'm not letting him go without a fight. # speaker: claire # to: helen
Alan said... # speaker: desmond
Noted. Hospital if unwell. # speaker: helen # to: claire
# harm: exclusion
Desmond stops. He turns his hat round and round in his hands.
{ desmond_outed: Claire glances at Desmond, then at you. Since this morning she has been watching him differently. }
# discuss: Desmond has been talked over. You know what he wants to say. Who should say it, and does Claire decide?
# note: In England, being next of kin gives no legal right to make decisions about care. A registered Lasting Power of Attorney for health and welfare does, and nobody holds one for Alan. Where Alan cannot decide, this is a best-interests decision under the Mental Capacity Act, and it must consult anyone caring for him, including Desmond. Inviting Desmond and correcting the law in front of Claire are both defended, so both are marked as contested. Relaying what Desmond said resolves differently depending on whether he asked you to.
// INVITE: Desmond is present and being talked past; the learner hands him the floor, upward against the chair (rank: below).
* [Turn to Desmond: "You started to say what Alan said. Please go on." #move: invite desmond #contested]
    ~ plan_here = true
    ~ desmond_voice = desmond_voice + 1
    ~ desmond_trust = desmond_trust + 1
    Desmond, you started to say what Alan said. Please go on. # speaker: you # to: desmond
    Desmond puts his hat down.
    Alan said, last winter: never again. He said it to me, and he said it to Pastor Ruth when she came to pray with him. He wants to be here, in his chair, with his music. # speaker: desmond # to: claire
    { alan_heard:
        And he said it again this morning. The nurse heard him. # speaker: desmond # to: claire
    }
    He never told me that. # speaker: claire # to: desmond
    You never asked me. # speaker: desmond # to: claire
    For the notes: nobody holds a Lasting Power of Attorney, so next of kin doesn't decide this. Alan's own wishes come first. If it ever has to be a best-interests decision, we must consult Desmond. # speaker: luke # to: helen
    Helen crosses out "Hospital if unwell" and writes "Stay at Elm Court, as Alan has said".
    # moment: The planning meeting
    # perspective: desmond: You didn't speak for me. You handed me the floor and waited. It turned out I still had the words.
    # perspective: claire: I came in thinking it was my decision. Hearing Desmond was hard, and I needed to hear it.
    -> meeting_end
// R1 decides this one. With Desmond's request at the door (mandate: asked) it is ADVOCATE; without it, Desmond is present and able, so it is SPEAK_FOR.
* [Tell the meeting what Desmond told you at the door: Alan doesn't want to go to hospital again #move: relay desmond]
    ~ plan_here = true
    { desmond_mandate:
        Desmond asked me to say this for him, in his words. Alan doesn't want hospital again. Last winter frightened him. # speaker: you # to: helen
        That's right. Those are my words. # speaker: desmond # to: helen
        ~ desmond_voice = desmond_voice + 1
        Then Desmond goes on himself, about the nine days, and the eight o'clock rule.
        Claire listens. Luke adds that next of kin has no legal say here, that nobody holds a Lasting Power of Attorney, and that Alan's own wishes come first. Helen changes the plan to "Stay at Elm Court".
        # moment: The planning meeting
        # perspective: desmond: I asked you to carry it, and you carried it in my words and said they were mine. After that I could pick it up myself.
        # perspective: claire: The nurse said Desmond had asked for his words to be passed on. I wondered why he needed to ask. Then I listened.
    - else:
        Desmond told me Alan doesn't want to go into hospital again. # speaker: you # to: helen
        Helen turns to you, not to Desmond. "That's helpful, thank you." She writes "Staff report Alan prefers to stay."
        With respect, you're staff. He's my uncle. # speaker: claire # to: you
        Desmond says nothing more for the rest of the meeting.
        ~ desmond_voice = desmond_voice - 1
        # moment: The planning meeting
        # perspective: desmond: I was sitting right there. You said my words before I'd found them, and after that they all looked at you.
        # perspective: claire: A member of staff telling me what my uncle wants. I dug my heels in.
    }
    { last_act == "SPEAK_FOR": Later, Luke tells you the plan says what Alan wants, but the notes show a nurse saying it, not Desmond. }
    -> meeting_end
// SPEAK_OVER: Desmond is speaking, and the learner cuts in to finish his point for him (interrupt).
* [Desmond starts again, slowly. Step in to save him the struggle: "What he means is, Alan wants to stay here." #move: interrupt desmond]
    ~ plan_here = true
    ~ desmond_voice = desmond_voice - 1
    ~ desmond_trust = desmond_trust - 1
    Alan, when he was in hospital... # speaker: desmond
    What Desmond means is, Alan wants to stay here. # speaker: you # to: helen
    Desmond closes his mouth.
    Thanks, that's clear. # speaker: helen # to: you
    Is it? I'd like to hear it from him. # speaker: claire # to: helen
    It's all right. It's been said. # speaker: desmond # to: claire
    Helen writes "Stay at Elm Court, to be reviewed".
    # moment: The planning meeting
    # perspective: desmond: I was halfway there. You finished my sentence, and it wasn't quite my sentence. Staying here was right. The rest was Alan's and mine to say.
    # perspective: claire: I wanted to hear Desmond. The nurse answered for him, so I still haven't.
    -> meeting_end
// CHALLENGE: a public challenge of the next-of-kin assumption. Desmond has not said he wants no one to step in, so R4 gives CHALLENGE, upward (rank: below). It does not name the relationship.
* [Say that next of kin has no legal say: with no registered Lasting Power of Attorney this is best interests, and Desmond must be consulted #move: challenge desmond public #contested]
    ~ plan_here = true
    Can I check something? Being next of kin doesn't give anyone a legal say over care. Nobody holds a registered Lasting Power of Attorney for health and welfare. So if Alan can't decide this himself, it's a best-interests decision, and the law says we consult everyone caring for him. That includes Desmond. # speaker: you # to: helen
    Claire is family. # speaker: helen # to: you
    It's right, Helen. I checked the records this morning. There's no Lasting Power of Attorney. # speaker: luke # to: helen
    Then I want to hear what Desmond says. # speaker: claire # to: helen
    Desmond tells them about the nine days, and the eight o'clock rule. Helen changes the plan to "Stay at Elm Court".
    ~ desmond_voice = desmond_voice + 1
    # moment: The planning meeting
    # perspective: desmond: You put the law on the table, and then it was my turn. I'd rather you'd asked me first, but I was glad someone said it.
    # perspective: claire: I thought next of kin meant I decided. Nobody had ever told me otherwise. Hearing it in front of everyone stung.
    # perspective: helen: I didn't enjoy being corrected in my own meeting. I'd rather that than get the law wrong.
    -> meeting_end
// BYSTAND: Desmond is present and being talked past (harm: exclusion), and the learner leaves no pause for him (R3).
* [Leave it for now: it is Helen's meeting, and Claire is upset #move: silent desmond]
    ~ desmond_trust = desmond_trust - 1
    You look down at your notes. The meeting moves on to medicines, then to the funeral plan, which Claire says she will sort out.
    Helen writes "Hospital if unwell. Next of kin agrees." Desmond leaves before the end. Through the window you see him standing at the bus stop with his hat on, although the bus is not due for twenty minutes.
    Afterwards Luke catches you in the corridor. "That plan's wrong in law, and I should have said so. So should you."
    # moment: The planning meeting
    # perspective: desmond: You knew. I'd told you at the door. In there, you looked at your notes.
    # perspective: claire: I got what I asked for. Nobody told me I wasn't the one who should decide.
    -> meeting_end

= meeting_end
* [Continue]
-> huddle

=== huddle ===
# scene: A week later
# enter: helen
# enter: abena
# enter: luke
# rank: below
# theory: amplification
A week later, at the morning handover, Helen reads from Alan's updated care plan. Alan has been up in his chair every day this week. The night staff say he sleeps better with music on.
It was Abena who made the playlist from Desmond's records, and Abena who first noticed Alan talking more when it played.
"Music-led involvement in care planning, introduced by the home manager." It's working. Alan's eating better and talking more. Well done all, and thank you for writing it up so well. # speaker: helen # to: you
Luke starts to clap. Two carers join in. They are all looking at you.
Abena is by the door with her coat on, going home after a night shift. She says nothing.
# harm: on
# discuss: The praise is landing on Helen and on you. Whose idea was it, and what might Abena want?
# note: Amplifying means repeating an idea and crediting it, by name, to the person who had it. Skills for Care's race equality report (SC-WRES) found Black, Asian and minority ethnic staff in social care 45% less likely to be in senior manager roles; whose name is on an idea is part of that. Crediting in the room and correcting the record privately are both defended, so both are marked as contested. Watch for the idea that it does not matter whose name is on it as long as Alan benefits.
// AMPLIFY: the idea is repeated and credited by name (R2), upward in front of the manager (rank: below). INVITE: Abena is given the floor.
* [Say it was Abena's playlist, and ask her to tell everyone how she found the song that works #move: credit_repeat abena credited=yes #move: invite abena #contested]
    ~ abena_credited = true
    Actually, the playlist was Abena's idea. Abena, will you tell everyone how you found the song that works? # speaker: you # to: abena
    Abena takes her hand off the door.
    It was Desmond's records. I just watched which ones Alan reached for. Ella, every time. # speaker: abena
    Sorry, Abena. I'll change the plan. # speaker: helen # to: abena
    # moment: Whose idea was it?
    # perspective: abena: You said my name first, then you gave me the room. Nine years I've been "the team".
    # perspective: helen: I'd written myself in without thinking. Being corrected at handover stung. It was right.
    -> huddle_end
// TAKE_CREDIT: silently accepting praise for Abena's work (claim).
* [Thank everyone and say it has been lovely to see Alan come alive #move: claim abena]
    Thank you. It's been lovely to see Alan come alive. # speaker: you
    The clapping goes on a moment longer. Abena goes home.
    # moment: Whose idea was it?
    # perspective: abena: I watched you take a round of applause for my playlist. I went home and didn't bother putting my name down for the senior carer course.
    # perspective: helen: Nobody said anything, so I assumed the plan was right.
    -> huddle_end
// CREDIT: sponsoring Abena in private, with no public flag, so R10 does not apply. The record changes; the room does not hear it.
* [Let it pass now, then ask Helen privately to put Abena's name on the plan and on the senior carer course list #move: sponsor abena #contested]
    ~ abena_credited = true
    After handover you find Helen in the office and tell her whose idea the music was. You ask her to put Abena's name on the plan, and forward for the senior carer course.
    Helen changes the plan that afternoon.
    Thank you for fixing it. Next time, say it in the room as well. They all still think it was Helen's. # speaker: abena # to: you
    # moment: Whose idea was it?
    # perspective: abena: My name's on the plan now, and that counts for the course. But the clapping still went to you.
    # perspective: helen: A quiet word was easier to hear. I changed the plan, and I'm not sure I'd have done it in front of everyone.
    -> huddle_end
// BYSTAND: harm is on (the idea is credited to someone else) and the learner says nothing (R3).
* [Say nothing. Abena doesn't like a fuss, and what matters is that it works for Alan #move: silent abena]
    You smile and let the moment pass. Abena goes home.
    # moment: Whose idea was it?
    # perspective: abena: Nobody said my name. I'm used to it. That's the problem.
    # perspective: luke: I clapped before I'd thought about who did the work. I wish one of us had said.
    -> huddle_end

= huddle_end
* [Continue]
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
The plan is followed. The GP visits, and Alan is treated at Elm Court. When the antibiotics stop working, he stays in his own bed, with nothing done that he said he did not want.
Desmond stays the nights in the armchair. Nobody asks him to leave at eight. Pastor Ruth comes on the Sunday and prays, and Alan holds her hand.
{ desmond_outed:
    On the second night, Claire and Desmond sit either side of the bed. They have not talked about the form, or the question. Claire brings him tea anyway.
- else:
    On the second night Desmond asks Claire to sit with him in the conservatory. When they come back, Claire is holding his arm.
    He told me about you when I was sixteen. I was waiting for you to tell me yourself. # speaker: claire # to: desmond
}
{ abena_credited: Abena has brought her playlist in on her own phone. | Someone has put music on. }
Ella. # speaker: alan # to: desmond
Alan dies early on the Tuesday morning, in his own bed, with Desmond holding his hand.
{ jo_trust >= 1: Jo sits with Desmond in the conservatory afterwards, and makes him a cup of tea the way he likes it. }
At the funeral Desmond stands up first and speaks as Alan's partner. Half of his church is there. So is Claire.
Afterwards he finds you by the door.
{ desmond_outed:
    You got some of it wrong, and some of it right. In that meeting I got to speak for us both. I'll remember that part. # speaker: desmond # to: you
- else:
    { alan_heard:
        You asked him, and you asked me. That's all I ever wanted from a care home. # speaker: desmond # to: you
    - else:
        In that meeting I got to speak for us both. I'll remember that. # speaker: desmond # to: you
    }
}
-> END

=== ending_here ===
# enter: desmond
# enter: alan
The plan says Alan stays at Elm Court, and he does. The GP treats him at the home. He is settled in his own bed, and the night staff know his music.
Desmond visits every day, and signs in at reception as "a friend". The staff speak to Claire about each change. Desmond hears about most of them afterwards.
Des. # speaker: alan # to: desmond
Alan dies early on the Tuesday morning, in his own bed.
At the funeral, Claire speaks for the family. Desmond sits in the third row.
I was there at the end, thank God. But I was the last to be told anything, right up to it. # speaker: desmond # to: you
-> END

=== ending_hospital ===
# enter: desmond
# enter: claire
The plan says hospital if unwell, and the next of kin agrees. At two in the morning an ambulance takes Alan to A&E.
Desmond arrives at seven. At eight in the evening the ward tells him visiting is over. The plan from Elm Court lists Claire as next of kin and nobody else who matters to Alan.
Claire cannot get there until the weekend. She rings the ward every evening.
On the fourth night Alan dies in hospital. Desmond is at home.
I thought I was doing right by him. Nobody told me it wasn't my decision. Nobody told me what Desmond knew. # speaker: claire # to: you
Luke reviews every end-of-life plan in the home that spring. Each one now asks, privately, who the person wants consulted.
Desmond comes back to Elm Court once, to collect Alan's records.
I told you what he wanted. # speaker: desmond # to: you
-> END
