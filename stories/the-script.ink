# title: The Script
# summary: On an acute hospital ward you have just been named an Allyship Activator and given an "Ally" lanyard. Over one busy season you find out what the lanyard promises, and to whom.
# minutes: 13
# role: Ward sister or charge nurse on an acute medical ward
# outcome: Respond to a discriminatory request from a patient's relative without granting it, and ask the colleague it targets what they want.
# outcome: Speak to a patient with a learning disability, not about him, using what his hospital passport says.
# outcome: Share the platform and the credit with colleagues, asking first whether they want to be seen.
# outcome: Name what allyship needs from a trust board: time, protection and accountability, not only badges.
# content_note: A patient's son asks for "an English nurse" instead of a Black African nurse.
# content_note: A man with a learning disability is talked about at his bedside.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of being an internationally educated nurse, of learning disability, or of being a deaf or hard of hearing gay nurse; review planned.
# author: The Allyship Theatre team
# cast: chiamaka = Chiamaka Eze; employment: staff nurse, one year on the ward (junior); education: eight years as a nurse in Lagos, four of them running a ward (invisible); race: Black African, Nigerian (minoritised); immigration: on a Health and Care Worker visa (insecure)
# cast: tom = Tom Fletcher; age: 26; sexual_orientation: gay (selective); ability: hard of hearing, wears hearing aids and lipreads when it is noisy (invisible, communication); race: white British; employment: staff nurse
# cast: okonjo = Matron Grace Okonjo; employment: matron for the medical wards, your manager; ethnicity: British Nigerian (minoritised); education: came to England as a student nurse in 1998 (invisible); age: 54
# cast: daniel = Daniel Marsh; age: 30; ability: learning disability, understands best with short sentences, pictures and time (communication); employment: works three days a week in a garden centre café (invisible); geography: lives in supported living with two friends
# cast: gary = Gary Walsh; relationship: son of Mrs Walsh in bay 3; caring: has looked after his mum alone since his dad died, and has hardly slept (invisible); age: 52; employment: delivery driver, losing shifts to be here (unvoiced)

VAR last_act = ""
VAR last_self_focus = false

// How far Chiamaka trusts the learner. Up when she is asked and backed; down when she is moved, used or left alone.
VAR chiamaka_trust = 0
// Chiamaka said she does not want her name in lights this year (set together with `wants: chiamaka no`).
VAR chiamaka_no_spotlight = false
// Chiamaka was moved off Mrs Walsh because of Gary's request.
VAR swapped = false
// Daniel was spoken to, not about, on the ward round.
VAR daniel_heard = false
// Chiamaka's story went to the board without her say.
VAR story_taken = false
// The Activator role ended with protected time, or with the board told plainly that it needs it.
VAR time_won = false

-> lanyard

=== lanyard ===
# scene: The lanyard
# enter: okonjo
# enter: tom
# prop: tom ally_lanyard
Monday, half past seven. Ward 7 is an acute medical ward at Riverside Hospital, part of an NHS trust in the North Riverside Integrated Care System.
Before handover, Matron Okonjo puts a green lanyard round your neck. It says "Ally" in white letters.
The trust has named you an Allyship Activator. Patients and staff see that lanyard and think: this person will listen. Make sure they're right. # speaker: okonjo # to: you
There's no extra time for it, by the way. It comes on top of the day job. # speaker: okonjo # to: you
Tom, one of your staff nurses, already wears one. He signed up the week the lanyards arrived.
Chiamaka Eze did not take one. "I'll see what it means first," she said.
Chiamaka has been watching the lanyards for a month. She noticed that the people who took one first were mostly the people who had never needed one.
# exit: okonjo
* [Start the shift]
-> bay_three

=== bay_three ===
# scene: Bay 3
# enter: chiamaka
# enter: gary
# rank: above
# theory: five_ds
You are in charge of Ward 7 today, with the green "Ally" lanyard round your neck.
By ten the ward is full. Chiamaka has the heaviest bays again: six patients, two of them very unwell. Before she came to England she was a nurse for eight years, four of them running her own ward. Few people here know that.
Mrs Walsh in bay 3 is 84, with pneumonia, and confused this morning. She pulled her oxygen off twice in the night. Her son Gary has been beside her since six. He comes to the nurses' station. He has not shaved, and he is holding his mum's glasses.
Can Mum have a different nurse? An English one. She can't understand the African lady, and to be honest, neither can I. # speaker: gary # to: you
Mrs Walsh speaks English. So does Chiamaka, who is at the drugs trolley, two metres away. Her hands stop on the trolley. Then she goes on counting tablets.
# harm: on
# discuss: Gary is frightened and exhausted. Chiamaka heard every word. What does each of them need from the person in charge, and who decides what happens to Chiamaka?
# note: Granting a request to change a nurse because of race or nationality is discrimination, and it is collusion as well as doing for, whatever the reason; a genuine clinical need, such as a shared language for a patient who speaks little English, is a different thing, and does not apply here. Indicator 5 of the NHS Workforce Race Equality Standard (WRES) measures staff who report harassment, bullying or abuse from patients, relatives or the public, by ethnicity, from the NHS Staff Survey; a local incident report is a separate record. The 5Ds are Direct, Distract, Delegate, Delay and Document. Challenging Gary before asking Chiamaka, and asking her first, are both defended, so both are marked as contested.
// CHALLENGE: said at the desk in front of others, but Chiamaka has not said she wants no one to step in (wants unknown), so R4 gives CHALLENGE, not OVERRIDE. rank: above, so no extra courage.
* [Tell Gary, there and then, that the ward does not choose nurses by nationality: Chiamaka is an experienced nurse, and she is his mum's nurse today #move: challenge chiamaka public #contested]
    We don't choose nurses by where they're from. Chiamaka is an experienced nurse, and she's your mum's nurse today. If there's something your mum can't follow, we'll go through it with her together. # speaker: you # to: gary
    Gary opens his mouth, then shuts it. "Fine," he says, and goes back to the bay.
    Chiamaka closes the trolley.
    Thank you for not moving me. Next time, ask me first. I might have wanted to say it myself. # speaker: chiamaka # to: you
    ~ chiamaka_trust = chiamaka_trust + 1
    # moment: An English nurse
    # perspective: chiamaka: You said no to him, and you said my name with respect. You didn't ask me. I was standing right there.
    # perspective: gary: I was scared for Mum and I said something I shouldn't have. Being told straight stopped me. I didn't like it.
    -> station_end
// INVITE: Chiamaka is present and is asked what she wants before anything is done (R10 does not apply: not public, no info item).
* [Tell Gary you will come back to him in a minute, then step aside with Chiamaka and ask what she would like to happen #move: invite chiamaka #contested]
    I'll be back with you in a minute, Gary. # speaker: you # to: gary
    You and Chiamaka step into the treatment room.
    What would you like to happen? It's your call how we handle it. # speaker: you # to: chiamaka
    She thinks for a moment.
    I stay her nurse. You tell him we don't do that here, and I stand next to you while you do. Then I'll go through his mum's antibiotics with him, slowly. # speaker: chiamaka # to: you
    You do it that way. Gary listens, and does not ask again. By the afternoon he is asking Chiamaka about his mum's oxygen.
    ~ chiamaka_trust = chiamaka_trust + 2
    # moment: An English nurse
    # perspective: chiamaka: You asked me first. Then you said the hard part, and I did the nursing. That's what the lanyard should mean.
    # perspective: gary: She explained Mum's medicines better than anyone has. I felt a fool about what I'd said.
    -> station_end
// COLLUDE: granting a discriminatory request. DOING_FOR: Chiamaka's allocation is changed with no mandate and no duty (R5). The engine reports COLLUDE, the more harmful.
* [Quietly swap Chiamaka and Tom for bay 3: Mrs Walsh is confused and frightened, and it avoids a scene #move: collude #move: act_on_behalf chiamaka]
    ~ swapped = true
    ~ chiamaka_trust = chiamaka_trust - 2
    You tell Tom to take bay 3. Chiamaka takes bay 5 instead: four patients, all needing two people to move them.
    Tom looks from you to Chiamaka.
    Is this because of what he said? I'll do it, but I'm not happy about it. # speaker: tom # to: you
    Chiamaka says nothing. She moves her things to bay 5.
    # moment: An English nurse
    # perspective: chiamaka: Eight years a nurse, and a man who has never met me decided where I work today. You let him. You're wearing that lanyard.
    # perspective: tom: I took her patient and I felt sick doing it. Everyone in that bay could see why.
    # perspective: gary: I got what I asked for. Nobody told me it was wrong, so I'll ask again next time.
    -> station_end
// INDIRECT (document): the 5Ds' Document. It names Chiamaka without her mandate, so P is 0 (R12).
* [Say nothing to Gary yet, but write down exactly what he said and report it on the incident system tonight #move: indirect chiamaka kind=document]
    You tell Gary you'll look into it, and write his words on a sheet of paper: the time, the place, who heard.
    That night you report it on the incident system, word for word.
    Chiamaka stays Mrs Walsh's nurse, because nobody changes the allocation. Gary asks the healthcare assistant the same question after lunch.
    ~ chiamaka_trust = chiamaka_trust - 1
    # moment: An English nurse
    # perspective: chiamaka: You wrote it down, so it counts somewhere. But nobody told him it was wrong, and nobody asked me what I wanted written.
    # perspective: gary: The nurse in charge said they'd look into it. I took that as a yes.
    -> station_end
// BYSTAND: harm is on, Chiamaka's wants unknown, and the learner holds the most power in the exchange (rank: above, so C is -2) (R3).
* [Let it go, and talk to Gary about his mum's antibiotics instead #move: silent chiamaka]
    You ask Gary how his mum slept, and explain the new antibiotics. He does not ask again, and you do not answer what he did ask.
    Chiamaka goes into bay 3 with the drugs trolley. Gary watches her all morning.
    ~ chiamaka_trust = chiamaka_trust - 2
    # moment: An English nurse
    # perspective: chiamaka: You heard him. You changed the subject. Then I had to walk into that bay with him watching me.
    # perspective: gary: Nobody said no, so I thought I'd only said what everyone was thinking.
    -> station_end

= station_end
* [Continue]
-> bed_twelve

=== bed_twelve ===
# scene: Bed 12
# enter: daniel
# enter: tom
# prop: tom ally_lanyard
# prop: daniel name_badge
# access: daniel able_with_support
# theory: accessible_information
Daniel Marsh is 30. He was brought in last night after a seizure at work, at the garden centre café. He has a learning disability. He lives in supported living with two friends.
He is still wearing his name badge from the café. It says "Daniel. Happy to help."
In his bag is a red folder: his hospital passport. It says, in his own words and pictures, how to talk with him: "Use short words. Show me. Give me time. Ask me, not my staff."
Nobody has opened it.
The ward round arrives at bed 12. The registrar stands at the end of the bed, reads the screen, and asks Tom, "Does he understand what's going on? Is there a carer we can ring?"
# harm: exclusion
Tom is hard of hearing. On a noisy ward he lipreads, and the registrar is half turned away. Tom leans in to catch the question.
I'm here. # speaker: daniel
The registrar goes on talking to Tom.
# discuss: Daniel is in the bed, awake, and has said "I'm here." His passport says how to talk with him. Who should speak next, and how?
# note: The Accessible Information Standard applies across the NHS and adult social care in England: services must identify, record, flag, share and meet people's communication needs. The NHS Reasonable Adjustment Digital Flag lets those needs follow the person between services, with their agreement. Under the Mental Capacity Act, Daniel is presumed to have capacity, and must be given help to decide. Telling the doctor about Daniel's needs, while he lies there, is still talking about him.
// REMOVE_BARRIER: adjust with `room` (a pause, time to read the passport) (R11). INVITE: Daniel is asked directly.
* [Ask the registrar to wait a minute, open Daniel's passport, then ask Daniel yourself what happened, the way it says #move: adjust daniel room #move: invite daniel]
    ~ daniel_heard = true
    Can we have a minute? Daniel's passport says how he likes to be asked. # speaker: you
    You read the first page. Then you crouch beside the bed, where Daniel can see your face.
    Daniel, what happened at work? # speaker: you # to: daniel
    I was doing the cups. Then I was on the floor. My head hurt. # speaker: daniel # to: you
    I want to go home Thursday. Thursday is my shift. # speaker: daniel # to: you
    The registrar turns to Daniel and starts again, in shorter words. Tom moves round so he can see everyone's faces too.
    Can it go on the computer? So I don't have to say it every time? # speaker: daniel # to: you
    # mandate: daniel asked
    You tell him yes, there is a flag for that, and you will put it on his record today.
    # moment: Who talks to Daniel?
    # perspective: daniel: You read my folder. You asked me. I told it right.
    # perspective: tom: You made everyone stop and face the bed. That helped Daniel, and it helped me hear too.
    -> bed_twelve_end
// HOLD_SPACE: harm is exclusion, Daniel is present, and the learner leaves a pause for him (R3).
* [Say nothing to the registrar. Turn to Daniel, catch his eye, and wait for him #move: silent daniel leaves_pause]
    ~ daniel_heard = true
    You turn to Daniel and wait. The registrar stops talking, and after a moment he looks at Daniel too.
    I'm Daniel. I had a fit at work. Ask me. # speaker: daniel
    The registrar asks him. It takes longer. Daniel answers every question, and says he wants to be home by Thursday for his shift.
    Later he asks you whether his red folder could go "on the computer", so he does not have to say it all again. You tell him yes, and how.
    # mandate: daniel asked
    # moment: Who talks to Daniel?
    # perspective: daniel: You looked at me and waited. So I said it. Doctors don't wait.
    # perspective: tom: I didn't catch half of what the registrar said. When everyone turned to Daniel, I could see his face and follow it.
    -> bed_twelve_end
// SPEAK_FOR: Daniel is present and able with support, with no mandate for the learner to speak for him (R1). It is his own passport, said about him.
* [Tell the registrar what the passport says: Daniel understands best with short words and pictures #move: relay daniel]
    His passport says he understands best with short words and pictures. # speaker: you
    The registrar nods at you. "Useful. Thanks." He carries on talking to you and Tom, in shorter words.
    I can tell him. # speaker: daniel # to: you
    Nobody hears him but you.
    # moment: Who talks to Daniel?
    # perspective: daniel: You told them about me. I was there. I said I can tell him.
    # perspective: tom: It made the doctor's words shorter, and it still wasn't to Daniel.
    -> bed_twelve_end
// DOING_FOR: act on Daniel's behalf with no mandate and no duty (R5). His passport says "ask me, not my staff".
* [Ring Daniel's support worker so she can come in and explain his history to the doctors #move: act_on_behalf daniel]
    You ring the supported-living office. His support worker, Bev, can come at two.
    Bev comes, and answers the registrar's questions. Daniel watches television.
    Ask me. It says in my folder. # speaker: daniel # to: you
    # moment: Who talks to Daniel?
    # perspective: daniel: You rang Bev. Bev is nice. But my folder says ask me.
    # perspective: tom: We sorted it out for him. It was quicker. It wasn't what the folder asked for.
    -> bed_twelve_end

= bed_twelve_end
{ daniel_heard: That afternoon you add the Reasonable Adjustment Digital Flag to Daniel's record, as he asked, and copy his passport into the notes. }
* [Continue]
-> the_board

=== the_board ===
# scene: The board
# enter: okonjo
# rank: below
# theory: situated_knowledge
A month later, the trust board asks for ten minutes on what it is like to be an internationally educated nurse at Riverside. The Integrated Care Board wants the same report for its workforce plan across the area.
The chief nurse has asked you, as the new Activator, to present it. The board meets in public, in a room with long tables and a screen. Twelve people sit round them. Three of the twelve are from a Black, Asian or minority ethnic background. None of them trained abroad.
Chiamaka's year on Ward 7 would say more than any chart: the heaviest bays, her eight years of experience nobody asks about, and bay 3.
Matron Okonjo finds you in the office.
Don't make her a poster. When I came over, they put my face in a brochure, and nothing changed on my ward. Put the numbers in front of them: who gets the heaviest bays, who gets the courses, who gets shouted at. # speaker: okonjo # to: you
# discuss: Whose story is this to tell, and what would it cost Chiamaka to tell it? What would make the board act, not only listen?
# note: Seed 002 asks boards to set the tone and be held to account, and warns that allyship can become another way of keeping the privileged in power. Putting someone's story on a slide without their say takes it from them, even when it is moving. Co-presenting, with paid time and protection, and presenting the numbers without stories, are both defended, so both are marked as contested. Chiamaka's visa makes fear of repercussions real for her, whatever the policy says.
// OVERRIDE: Chiamaka has not agreed to her story being shared, and no duty applies (R6). The board is told it whether or not she would want it.
* [Tell Chiamaka's story on your own slides. It is powerful, and you can leave her name off #move: disclose chiamaka info=story]
    ~ story_taken = true
    ~ chiamaka_trust = chiamaka_trust - 2
    You build six slides round "Nurse C": the bays, the eight years, the son who asked for an English nurse. The board is moved. The chair thanks you for your courage.
    Two days later someone from the board's office emails Chiamaka to thank her for "sharing". Everyone on Ward 7 knows who Nurse C is.
    That was my year. You put it on a screen, and nobody asked me. # speaker: chiamaka # to: you
    # moment: The board presentation
    # perspective: chiamaka: They clapped for my story, and I wasn't in the room. Leaving off my name didn't hide me. It hid my say.
    # perspective: okonjo: The board was moved for an afternoon. I've seen that before. Nothing about the allocations changed.
    -> board_end
// INVITE: Chiamaka is asked, privately, whether she would co-present. REMOVE_BARRIER: paid preparation time (`room`) (R11).
* [Ask Chiamaka if she would co-present with you, with paid time to prepare and Matron in the room to back her #move: invite chiamaka #move: adjust chiamaka room #contested]
    ~ chiamaka_no_spotlight = true
    ~ chiamaka_trust = chiamaka_trust + 1
    Would you present this with me? In work time, paid, and Matron will be there. You choose what's said. # speaker: you # to: chiamaka
    { chiamaka_trust >= 2:
        With you, not for you. Ten minutes, my words, and the numbers next to them. # speaker: chiamaka # to: you
        She stands in front of the board and tells them what eight years of nursing feels like when nobody asks about it. Then you put up the allocation figures. The chair asks for them every quarter from now on.
    - else:
        No. Not in front of the board, not this year. You can use the numbers. # speaker: chiamaka # to: you
        You present the figures. You say that a nurse you asked chose not to speak, and why a nurse might choose that.
    }
    One more thing. Don't put my name up for things. No prizes, no posters. My visa renewal is next spring. I want to be a good nurse, not a case. # speaker: chiamaka # to: you
    # wants: chiamaka no
    # moment: The board presentation
    # perspective: chiamaka: You asked me, you paid for my time, and you let me say no to parts of it. I've not had all three before.
    # perspective: okonjo: You didn't make her a poster. You made the board listen to her, or to her numbers, on her terms.
    -> board_end
// ASK_CONSENT: asking Chiamaka privately whether her experience may be used as anonymised themes (not public, so R10 does not apply).
* [Ask Chiamaka whether you may use her experience as anonymised themes, alongside other nurses', and show her the slides first #move: ask_consent chiamaka info=story]
    ~ chiamaka_no_spotlight = true
    ~ chiamaka_trust = chiamaka_trust + 1
    Chiamaka reads your draft twice.
    Take out the part about Lagos. Everyone knows that's me. The rest can go. # speaker: chiamaka # to: you
    # consent: chiamaka story
    And no prizes, no posters, nothing with my name. My visa renewal is next spring. # speaker: chiamaka # to: you
    # wants: chiamaka no
    You present five themes from four nurses. The board asks for the allocation figures next quarter.
    # moment: The board presentation
    # perspective: chiamaka: You showed me the slides before anyone else saw them. I took one line out, and you didn't argue.
    # perspective: okonjo: Themes, with consent, and the numbers to follow. Slower than a good story. It will last longer.
    -> board_end
// CHALLENGE: a challenge upward to the board (rank: below), with no person named, so no one's wishes are overridden (R4).
* [Take Matron's advice: present the allocation figures and the trust's WRES numbers, and leave everyone's own stories out #move: challenge #contested]
    You spend two evenings pulling the numbers. Internationally educated nurses on the medical wards get the heaviest bays far more often, and the fewest places on courses.
    The board is quiet. Then the chair asks why nobody has shown them this before.
    You didn't use me. Good. You also didn't ask me. I'd have told you about the courses. # speaker: chiamaka # to: you
    # moment: The board presentation
    # perspective: chiamaka: I'd rather be a number than a poster. I'd rather still have been asked.
    # perspective: okonjo: That's what I meant. The board can argue with a story. It's harder to argue with its own figures.
    -> board_end

= board_end
* [Continue]
-> the_award

=== the_award ===
# scene: The award
# enter: okonjo
# rank: below
# theory: amplification
In the spring, the trust opens its staff awards. One category is "Inclusion Champion". The form has one box for the nominee's name.
The change most people on Ward 7 talk about is the "About me" card: before any ward round, a nurse reads the person's passport or asks them, and writes how they like to be spoken to on a card above the bed.
It was Chiamaka's idea. She ran something like it on her ward in Lagos, and suggested it here a year ago. Nobody took it up until the morning at bed 12. Tom designed the card, and added a line for hearing.
You should put yourself in. New Activator, first year: it would be good for the programme. # speaker: okonjo # to: you
# discuss: Who is the award for, and who decides whether they want it? What would your name in that box say about whose work this was?
# note: Recognition helps allyship take root, and for some people, awards and status are part of why they take part (seed 002). Amplifying means crediting the person whose idea it was, by name. Putting someone forward in public after they have said they do not want the attention overrides their wish, however deserved. Nominating Chiamaka resolves differently depending on whether she has told you that.
// AMPLIFY: Chiamaka and Tom are credited by name (credited=yes). CENTRE_SELF: the nomination is the learner's own, so the credit rides on the learner's story (self_focus) (R7).
* [Nominate yourself, and write in the form that the cards were Chiamaka's idea and Tom's design #move: credit_repeat chiamaka credited=yes self_focus]
    ~ chiamaka_trust = chiamaka_trust - 1
    You write a good entry. The cards are there, with Chiamaka's and Tom's names in the second paragraph.
    You are shortlisted. At the ceremony your photograph goes on the big screen with the words "Inclusion Champion".
    Congratulations. My name was in paragraph two. I read it. # speaker: chiamaka # to: you
    # moment: The award form
    # perspective: chiamaka: You said it was my idea. Then you collected the prize for it.
    # perspective: tom: It was nice to be mentioned. It would have been nicer to be asked.
    -> award_end
// ASK_CONSENT: asking Chiamaka and Tom, privately, whether they want to be nominated before anything goes on the form. The nomination comes after their answer.
* [Ask Chiamaka and Tom, separately and in private, whether they would want to be nominated, before you write anything #move: ask_consent chiamaka info=nomination #move: ask_consent tom info=nomination]
    ~ chiamaka_trust = chiamaka_trust + 1
    { chiamaka_no_spotlight:
        Chiamaka shakes her head.
        I told you. Not me, not this year. Put the card in, if you like, with my name on the idea. # speaker: chiamaka # to: you
    - else:
        Chiamaka thinks about it.
        Put the card in, not me. The idea, with my name on it, and Tom's. # speaker: chiamaka # to: you
    }
    Tom laughs.
    Me, on a stage? Only if the card goes in with both our names on it. And I'm not giving a speech about being gay. # speaker: tom # to: you
    You nominate the "About me" card, with Chiamaka's and Tom's names and what each of them did, as they agreed. The card wins. Tom collects it. Chiamaka watches from the back, and claps.
    # moment: The award form
    # perspective: chiamaka: You asked before you wrote anything down. So the credit went where I wanted it, not where you thought it should go.
    # perspective: tom: You asked me privately, so I could say yes to the card and no to the rest.
    -> award_end
// R10 decides this one. If Chiamaka has said she wants no attention (`wants: chiamaka no`), a public sponsor is OVERRIDE; if she has not said so, it is CREDIT.
* [Nominate Chiamaka. It was her idea, she deserves it, and the whole trust should know #move: sponsor chiamaka public]
    You write a strong nomination for Chiamaka, and send it the same afternoon.
    { chiamaka_no_spotlight:
        ~ chiamaka_trust = chiamaka_trust - 2
        A week later Chiamaka gets an email: she is shortlisted, and the communications team would like a photograph.
        I asked you for one thing. No prizes, no posters. Now I'm on a shortlist with my photo. # speaker: chiamaka # to: you
        # moment: The award form
        # perspective: chiamaka: I told you what I didn't want, and why. You did it anyway, because you thought I deserved it.
        # perspective: tom: She'd said no. We all knew she had.
    - else:
        ~ chiamaka_trust = chiamaka_trust + 1
        A week later Chiamaka is shortlisted. She finds you in the office.
        Thank you. I'd have liked to be asked. But my name is on my idea, for once. # speaker: chiamaka # to: you
        # moment: The award form
        # perspective: chiamaka: You put my name on my idea. You didn't ask me first. I'm deciding whether to go to the ceremony.
        # perspective: tom: Good call. Though she might have said no, and you'd never have known.
    }
    { last_act == "OVERRIDE": Later Tom tells you he had heard Chiamaka say no to posters, and had assumed you had heard it too. }
    -> award_end
// DECIDE_WITH: the team decides the nomination together, with Chiamaka and Tom in it.
* [Bring the form to the team huddle and decide together, Chiamaka and Tom included, what goes in the box #move: decide_with chiamaka #move: decide_with tom]
    ~ chiamaka_trust = chiamaka_trust + 1
    At the huddle you put the form on the table and explain what it is for.
    The team picks the card itself, not a person, with Chiamaka and Tom named as its makers. Chiamaka asks for one change: "Say where the idea came from. Say Lagos."
    # moment: The award form
    # perspective: chiamaka: We decided together, and I got to say how my idea was described. Lagos is in it. That matters to me.
    # perspective: tom: Nobody was put on the spot. It felt like the ward's, and it still had our names on it.
    -> award_end

= award_end
* [Continue]
-> time_and_effort

=== time_and_effort ===
# scene: Six months on
# enter: okonjo
# enter: tom
# enter: chiamaka
# prop: tom ally_lanyard
# rank: below
# theory: enablers_inhibitors
Six months on, the board wants a report from every Allyship Activator.
You have done the role in your breaks and after your shifts. Tom has too. Twice this month a patient or a nurse has stopped you in the corridor because of the lanyard, and twice you have had no time to listen properly.
There is still no protected time. I can't give you hours I don't have. What do you want to tell them? # speaker: okonjo # to: you
Chiamaka is at the desk writing her notes. Tom is changing the batteries in his hearing aids.
# discuss: A lanyard is a promise that someone will listen. What does it take to keep it, and who should pay for that?
# note: Seed 002 names time and effort as a barrier to allyship, and board and system accountability as its answer: boards must set the tone and make the conditions. The lanyards are Props and Costumes in the seed's theatre: signals that only mean something if the work behind them is done. Telling the board plainly and carrying on quietly are both defended, so both are marked as contested.
// REMOVE_BARRIER: asking for protected time (`room`) for the colleagues doing the work with you (R11).
* [Ask Matron to write two protected hours a month into the rota, for you and for Chiamaka and Tom if they want them #move: adjust chiamaka room #move: adjust tom room]
    ~ time_won = true
    Matron Okonjo sighs, then opens the rota.
    Two hours a month. I'll find them from the bank budget, and I'll tell the board where the money came from. # speaker: okonjo # to: you
    Tom uses his first two hours to run a session on talking to people who lipread. Chiamaka uses hers to teach the "About me" card on another ward.
    # moment: Time and effort
    # perspective: tom: Two hours isn't much. It's the first time anyone has paid for what I've been doing for free.
    # perspective: chiamaka: You asked for time for us, not only for you. I used mine. I chose how.
    -> time_end
// CHALLENGE: telling the board in writing that the role needs protected time, upward (rank: below); public, but no person named, so no one's wish is overridden (R4).
* [Write in your report, for the whole board to read, that without protected time the lanyards are a promise the trust is not keeping #move: challenge public #contested]
    ~ time_won = true
    You write it plainly, with the two conversations you had no time for.
    The chair reads it out. The next month the board agrees one protected day a quarter for every Activator, and asks the Integrated Care Board to do the same across the area.
    # moment: Time and effort
    # perspective: okonjo: You said it where it could be heard. I've been saying it in corridors for years.
    # perspective: chiamaka: You told them the badge wasn't enough. I started to think about wearing one.
    -> time_end
// DECIDE_WITH: the team decides together what the role should do on this ward, within the time there is.
* [Ask Chiamaka and Tom what the Activator role should do on Ward 7, and share it out in a way the three of you agree #move: decide_with chiamaka #move: decide_with tom]
    You sit down with them after handover.
    Do fewer things properly. One: the "About me" cards. Two: nobody gets moved because of who they are. Three: someone always answers the lanyard. # speaker: chiamaka # to: you
    And say it in the report, that we did it in our own time. # speaker: tom # to: you
    # moment: Time and effort
    # perspective: chiamaka: We chose three things we could really do. That's worth more than a list we can't.
    # perspective: tom: We shared it out. I still want someone to pay for it.
    -> time_end
// NEUTRAL: no one is harmed in this exchange and no one's wishes are in play (R3); the role carries on unfunded.
* [Keep going on your own time. Report what went well, and keep the lanyard on #move: silent #contested]
    You write a cheerful report. The board thanks all the Activators for their hard work.
    In the summer you stop answering the lanyard. There isn't time. Tom takes his off in August.
    # moment: Time and effort
    # perspective: tom: I kept wearing it until someone stopped me in the corridor and I had to walk past them. Then I took it off.
    # perspective: okonjo: A good report. Nothing in it for the board to fix, so they won't.
    -> time_end

= time_end
* [Continue]
-> curtain

=== curtain ===
# scene: A year on
# theory: allyship_advocacy
{ chiamaka_trust >= 2 && time_won: -> ending_promise }
{ chiamaka_trust <= -2: -> ending_leaving }
-> ending_badge

=== ending_promise ===
# enter: chiamaka
# enter: tom
# prop: chiamaka ally_lanyard
A year after the lanyard went round your neck, Chiamaka asks for one of her own.
Matron Okonjo finds a green one in her drawer and hands it over without a word.
I've seen what it means on this ward now. So I'll wear it. # speaker: chiamaka # to: you
She puts it on at handover, and nobody makes a speech about it.
{ daniel_heard: Daniel is back in for a check-up in the summer. His flag comes up on the screen before anyone speaks to him. }
Tom runs the lipreading session on three more wards. The board asks for the allocation figures every quarter, and they are getting fairer.
-> END

=== ending_leaving ===
# enter: chiamaka
A year after the lanyard went round your neck, Chiamaka hands in her notice. She has a job at another trust, as a ward sister. They asked about her eight years at the interview.
{ story_taken: At her leaving drinks someone mentions Nurse C. She does not smile. }
I came here with eight years behind me. I'm leaving with one more. Nobody here asked what the first eight were for. # speaker: chiamaka # to: you
She does not say anything about the lanyard. She looks at it.
-> END

=== ending_badge ===
# enter: chiamaka
# enter: tom
A year after the lanyard went round your neck, Ward 7 is about the same.
Chiamaka is still here. She still has the heaviest bays most weeks, and she still has not taken a lanyard.
{ daniel_heard: The "About me" cards have stayed. Daniel's flag comes up on the screen when he is readmitted in the summer. | The "About me" cards come and go, depending on who is on shift. }
{ time_won: The protected time has started. It is too early to say what it will change. | There is still no protected time. }
I'll take a lanyard when I see what it means. I'm still watching. # speaker: chiamaka # to: you
-> END
