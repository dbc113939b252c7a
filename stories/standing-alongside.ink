# title: Standing Alongside
# summary: You are a council's Director of Adult Social Care, paired for six months with Samir, who runs a peer-support charity for refugees and is openly critical of your council.
# minutes: 12
# role: Director of Adult Social Care in a local council
# outcome: Stand alongside a community partner rather than fixing things for them, and be honest about what you cannot do.
# outcome: Carry someone's words into a room they are kept out of only when they have asked you to, and credit them.
# outcome: Take fair public criticism without defending the organisation or centring your own feelings, and ask what accountability would look like.
# content_note: Poverty, seeking asylum and refugee life come up, and a council is criticised in public.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of seeking asylum, of refugee status, or of running a community organisation; review planned.
# author: The Allyship Theatre team
# cast: samir = Samir Haddad; age: 34; ethnicity: Syrian Arab; religion: Muslim (selective); immigration: refugee status (selective); education: qualified pharmacist, not yet registered to practise here (invisible); employment: runs a peer-support charity for refugees
# cast: begum = Cllr Nasreen Begum; employment: councillor and chair of the Health and Wellbeing Board; ethnicity: British Bangladeshi (minoritised); gender: woman; class: grew up on the estate she now represents (invisible)
# cast: hawa = Hawa Adam; ethnicity: Sudanese; immigration: waiting for a decision on her asylum claim (invisible, insecure); caring: bringing up her daughter alone (unvoiced); education: trained teacher (invisible); language: Arabic first and learning English (communication)

VAR last_act = ""
VAR last_self_focus = false

// S4, from seed 003 (the Leeds Health and Wellbeing Board allyship pairing: standing alongside, not sorting or fixing).
// The learner is a director: rank is above with Samir and Hawa, and below at the board, where the chair and elected
// members hold the power in the room and the director is an officer who answers to them.

// How far Samir trusts the learner. Up when his words and decisions stay his; down when he is decided for or spoken over.
VAR samir_trust = 0
VAR promised_money = false
VAR honest_start = false
VAR hawa_exposed = false
VAR samir_slot = false
VAR points_made = false
VAR accountable = false

-> first_visit

=== first_visit ===
# scene: first_visit
# rank: above
# theory: allyship_advocacy
Month one. The Health and Wellbeing Board has started an allyship programme. Each board member is paired with someone from a community organisation. You meet about every two months, taking turns to visit each other's place, for six months at least.
You are the Director of Adult Social Care. You have been paired with Samir Haddad.
# enter: samir
# enter: hawa
New Roots meets in a room above a launderette. It is warm, and smells of cardamom coffee. Twelve people sit round a table with forms, phones and children.
Samir shakes your hand. He is 34 and runs New Roots, a peer-support group for refugees and people seeking asylum. Last year he wrote a blog post about your department's front door that was shared two thousand times.
"Welcome. I should tell you now: I've been rude about your council in public, and I will be again." # speaker: samir # to: you
He says it with a smile. He does not take it back.
You have been a director for three years. You hold a budget bigger than most local firms, and you can get a councillor on the phone. Nobody in this room can do either.
Hawa Adam brings the coffee. She was a teacher in Sudan for twelve years. She is waiting for a decision on her asylum claim, and while she waits she is not allowed to work. She runs the Wednesday homework club instead.
# discuss: What is this pairing for, and who gets to decide that?
# note: The model (seed 003) pairs senior decision makers with community organisations, alternating visits about every two months. Its principles include transparency and accountability, recognising power and privilege, active listening, and long-term advocacy: understanding and standing alongside, not sorting or fixing. A director who promises money in a private meeting also goes round the council's fair grant and commissioning rules: a probity breach as well as deciding for Samir.
// DOING_FOR: a plan for Samir's charity that he did not ask for; no mandate, no duty (R5).
* [Open your folder. Your team has drafted five things the council could do for New Roots. Take Samir through them. #move: act_on_behalf samir]
    ~ samir_trust -= 1
    "My team has put together some ideas for how we could help. Five of them." # speaker: you # to: samir
    Samir reads the list carefully. He is polite.
    "Number three we tried in 2022. Number five is already our job, done for free. Who wrote this?" # speaker: samir # to: you
    "Nobody from here, I think." # speaker: hawa # to: samir
    Samir closes the folder gently and hands it back.
    "Keep it. Come on Wednesday instead, and see what we actually do. Then we'll talk about what's on a list." # speaker: samir # to: you
    # moment: The first visit
    # perspective: samir: You came with answers before you had heard the question. I've had a lot of those folders.
    # perspective: hawa: A nice folder. Nobody asked us what should go in it.
// INVITE: asking Samir, privately, what he wants the pairing to be for; nothing public, so R10 does not apply.
* [Ask Samir what he wants the pairing to be for, and say plainly what you can and can't do. #move: invite samir]
    ~ samir_trust += 2
    ~ honest_start = true
    "What do you want this to be for? I can open doors and ask awkward questions inside the council. I can't hand out grants, and I can't change immigration law." # speaker: you # to: samir
    Samir sits back.
    "That is the first honest list I've had from the council." # speaker: samir # to: you
    "Then here's mine. Come to our drop-in and listen. When I visit you, show me how decisions are really made. You learn something, I learn something." # speaker: samir
    "And don't bring a folder. Everyone brings a folder." # speaker: samir
    You agree the dates there and then, alternating: his place, yours, his.
    # moment: The first visit
    # perspective: samir: You asked, and you told me the limits before I found them. I can work with limits. I can't work with promises.
    # perspective: hawa: The director asked Samir first, then listened. I noticed that.
// DOING_FOR: a funding promise decides for Samir (R5) and bypasses the council's grant rules.
* [Tell Samir you'll find money for New Roots in this year's budget. They clearly need it. #move: act_on_behalf samir]
    ~ promised_money = true
    ~ samir_trust -= 1
    "Leave it with me. I'll find you some money from this year's budget." # speaker: you # to: samir
    Samir glances at Hawa.
    "Thank you. I'll believe it when it's in writing." # speaker: samir # to: you
    Hawa looks at the table. Everyone in the room heard the promise.
    On the way out, a volunteer asks you how much, and when. You do not know. You have not asked anyone yet whether you are allowed to.
    # moment: The first visit
    # perspective: samir: Generous, and not yours to give like that. Now my volunteers are counting money that doesn't exist.
    # perspective: hawa: A big person made a big promise in our small room. I have seen that before.
// BURDEN: asking people from a marginalised group to explain their oppression to you.
* [Ask Samir and Hawa to tell you what life is really like for refugees here, so you can understand. #move: ask_to_educate samir #move: ask_to_educate hawa]
    ~ samir_trust -= 1
    "Could you tell me what it's really like, being a refugee here? I want to understand." # speaker: you # to: samir
    "I can. I have given that talk to eleven officers. There is a forty-page report from us on a shelf in your building." # speaker: samir # to: you
    "Read it. Then come on Wednesday and help with the homework club. You'll learn more." # speaker: samir
    Hawa laughs, kindly.
    "The children will teach you. They are better than us at forms." # speaker: hawa # to: you
    # moment: The first visit
    # perspective: samir: You want to learn, which is good. But you asked us to do the teaching, again, for free.
    # perspective: hawa: I do not mind telling. I mind telling and then nothing happens.
- -> hawa_story

= hawa_story
You stay an hour longer than planned. Samir shows you the wall of letters from the Home Office, the council and the job centre that his volunteers help people read. He reads a medicines label for an old man while he talks, without looking up: he was a pharmacist for nine years, before.
Before you leave, Hawa sits down beside you, by choice.
"This winter, my daughter had a hospital appointment every week. The bus is too much on my money. We walked forty minutes each way." # speaker: hawa # to: you
"The hospital was kind. The forms were not. Nobody told me I could ask for help with the fares." # speaker: hawa
"I tell you because you came here and asked face to face. It is not for a room of strangers." # speaker: hawa
# wants: hawa no
{
- honest_start:
    Samir walks you down to the street. He is already planning your next visit.
- promised_money:
    Samir walks you down to the street and asks when the money will come. You say soon.
- else:
    Samir walks you down to the street. He says the next visit is his, to your office.
}
* [Two months later: the board]
- -> board

=== board ===
# scene: board
// Below: Cllr Begum chairs, and the director is an officer answering to elected members in a public meeting.
# rank: below
# enter: begum
Month two. The Health and Wellbeing Board meets in the council chamber. The meeting is public. It is filmed for the council's website, and the minutes are published.
Round the horseshoe of desks sit councillors, the Director of Public Health, the Integrated Care Board's place director, the police and the voluntary sector forum. Cllr Nasreen Begum chairs. She grew up on one of the estates in the report, and she does not let officers hide in figures.
The item is the cost of living and health.
Last week Samir emailed you three points and asked you to make them at this meeting, in his name. Samir is not a board member, so he cannot speak here unless the chair invites him. He asked you to say he would like to come next time.
# mandate: samir asked
His three points: the council's cost-of-living web page sends people to benefits many of his members cannot claim, because they have no recourse to public funds. The adult social care front door tells people with no recourse there is nothing for them, before anyone asks about their needs. And his volunteers do the council's signposting, unpaid.
At the first visit, Hawa told you her winter was not for a room of strangers.
# wants: hawa no
"Director, the board needs more than figures. What are you actually hearing from communities?" # speaker: begum # to: you
# discuss: Two people are not in this room. One asked you to speak for him; one asked you not to. How does that change what you say?
# note: Health and Wellbeing Board meetings are public, filmed and minuted, so anything told here goes on the public record, even with consent and without a name. Relaying what someone asked you to say, credited to them, when they are kept out of the room is advocacy. Telling someone's story without their consent is not, however moving. Travel for someone seeking asylum should be booked and paid directly, not given as cash, so it cannot count against their asylum support.
# theory: amplification
// OVERRIDE: Hawa's story shared without her consent, at a public meeting; no duty (R6). She asked that it not go to strangers.
* [Tell the board about the mother in Samir's group, a trained teacher, walking her daughter forty minutes to hospital every week. No names. #move: disclose hawa info=story]
    ~ hawa_exposed = true
    ~ samir_trust -= 1
    "Let me tell you about one woman. A qualified teacher, not allowed to work, walking her daughter forty minutes to hospital every week because she can't afford the bus." # speaker: you # to: begum
    The chamber goes quiet. The public gallery shifts. Two councillors write it down.
    "Thank you, Director. That brings it home." # speaker: begum # to: you
    A week later the clip is on the council's website. Someone from Hawa's church recognises the story straight away. There are not many Sudanese teachers in a city this size with a daughter at that hospital.
    Samir rings you that evening. He is very calm.
    # moment: The board
    # perspective: hawa: No name, but everyone at church knew it was me. I told you face to face. You told the internet.
    # perspective: samir: My three points were in your inbox. You used Hawa instead, because a story moves people more than points. It did. That's the problem.
    # perspective: begum: Powerful. Then I read Samir's email, which he had copied to me, and wondered why I had heard a story instead of his points.
// ADVOCATE: Samir is absent and asked you to make his points, so relaying them is advocacy (R1); rank below adds courage.
* [Make Samir's three points, in his words. Say they are his, and pass on his request to speak at the next meeting. #move: relay samir]
    ~ points_made = true
    ~ samir_trust += 2
    "These are not my words. They're from Samir Haddad, who runs New Roots and asked me to bring them here." # speaker: you # to: begum
    You read the three points. Saying the second one, about your own front door, to a room of councillors is not comfortable. You say it anyway.
    "He would like to speak to the board himself next time." # speaker: you # to: begum
    Cllr Begum looks at you for a long moment.
    "Then he shall. Put him on the agenda for the next meeting." # speaker: begum # to: you
    ~ samir_slot = true
    # moment: The board
    After the meeting the Integrated Care Board's place director asks you for Samir's number.
    # perspective: samir: I watched the webcast. My points, my name, and the one about your own front door. Then a seat for me. That's what I asked for.
    # perspective: begum: An officer criticising their own service in my chamber, and crediting the person who said it first. I took note.
    # perspective: hawa: Samir showed me the video. You did not tell my story. Good.
// RESPECT_WISH + REMOVE_BARRIER: Hawa asked that her story not go to strangers and no duty applies, so leaving her out is respecting her wish (R3); an agenda slot and directly booked travel are room (R11).
* [Say the examples aren't yours to give. Ask for a slot next time for Samir, or Hawa if she chooses, with travel the council books directly so it can't affect asylum support. #move: silent hawa #move: adjust samir room]
    ~ samir_slot = true
    ~ samir_trust += 1
    "With respect, Chair, the best examples aren't mine to give. The people who live them should tell you, if they choose to." # speaker: you # to: begum
    "Fair. Then bring them. We'll give them a slot at the next meeting and pay their travel properly." # speaker: begum # to: you
    The report goes through. Samir's three points are not in it.
    Afterwards you ring Samir and Hawa to tell them. Samir says yes at once. Hawa says she will think about it and tell you herself.
    # moment: The board
    # perspective: samir: A seat at the table, good. But I sent you three points for this meeting, and they will wait two months.
    # perspective: hawa: You kept my story mine, and you got me a chair if I want it. I have not decided yet.
    # perspective: begum: A fair answer. I'd still have liked something to go on today.
// SPEAK_FOR: your own sense of how people feel, not what anyone asked you to say (R1, source=inferred).
* [Sum up, in your own words, how people in the community are feeling: worn down, frightened, losing trust in the council. #move: relay samir source=inferred]
    ~ samir_trust -= 1
    "People are worn down. They're frightened, and they're losing trust in us." # speaker: you # to: begum
    "Which people? And who told you that?" # speaker: begum # to: you
    You mention New Roots. You do not mention the three points in your inbox.
    Cllr Begum waits, then moves on to the next speaker. The minutes will record that the Director "reflected community concern".
    # moment: The board
    # perspective: samir: I sent you my words. You gave the board your feelings about us. Frightened? We're angry. There's a difference.
    # perspective: begum: Heartfelt, and vague. The board can't act on vague.
- -> forum

=== forum ===
# scene: forum
# rank: above
// Samir's request at the board covered those three points at that meeting, not what you do here.
# mandate: samir none
# enter: samir
# enter: hawa
{
- hawa_exposed:
    Month four. Hawa has stopped coming to the Wednesday homework club for a while. Samir has been polite to you since the board, and no more.
- points_made:
    Month four. Since the board, Samir has sent you two long emails with ideas, and one short one: "Still waiting on the front door."
}
The council holds a cost-of-living listening event at the central library. You sit on the panel at the front with two senior officers. About eighty people have come.
Samir stands up from the third row. Hawa sits beside him.
{ samir_slot:
    He has his slot at next month's board. He speaks as if he might not need it.
}
"The council's cost-of-living page still sends my members to benefits they cannot claim. The adult social care front door still tells people with no recourse to public funds that there is nothing for them, before anyone asks what they need." # speaker: samir
"The Director has visited us. Drank our coffee. Listened, even. The page is the same. A pairing is not a partnership." # speaker: samir
Some people clap. The officer next to you is already writing a reply.
Everything he said is true. You checked the front-door script last month. It says what he says it says.
# discuss: Samir is criticising your council, and you, in public, and he is right. What does standing alongside him look like when you are the one being criticised?
# note: Defending the organisation here pushes back on the very person you are paired to stand alongside. An apology that turns to your own hurt centres you and repairs nothing. Acknowledging the criticism without defending it, and asking what accountability would look like, is repair. Care and support under the Care Act 2014 is not a public fund, so no recourse to public funds does not by itself stop a needs assessment (some groups face extra restrictions).
# theory: situated_knowledge
// SPEAK_OVER: defending the organisation against the criticism of the person you should stand alongside (interrupt).
* [Cut in to put the record straight: the hardship fund doubled this year, and your staff work very hard. #move: interrupt samir]
    ~ samir_trust -= 2
    "I have to stop you there. We doubled the hardship fund this year, and my staff work incredibly hard." # speaker: you # to: samir
    "I didn't say they don't. I said the page is wrong." # speaker: samir # to: you
    "Both things can be true. The staff work hard, and the page is wrong." # speaker: samir
    The room turns from him to you. The conversation is about the council now.
    # moment: The forum
    # perspective: samir: I said three true things. You answered a fourth thing I didn't say. Eighty people watched you defend the building.
    # perspective: hawa: When people with power are criticised, they talk about how hard they work. I have seen it in two countries now.
// REPAIR with self_focus: an acknowledgement that turns to your own hurt. CENTRE_SELF rides on it (R7: voice at most -1, courage capped at 0), and a self-focused repair repairs nothing (R13).
* [Say he has a point, but that it hurts to hear it like this, after the evenings you've given to the pairing. #move: repair samir self_focus]
    ~ samir_trust -= 1
    "Samir has a point. But I'll be honest, it hurts to hear it said like that, after the evenings I've given to this." # speaker: you # to: samir
    A few people in the audience look at each other.
    "I'm sorry it hurt. It hurts my members more." # speaker: samir # to: you
    The chair thanks you both and moves on. Nobody asks about the front door again.
    # moment: The forum
    # perspective: samir: You started well, then it became about your evenings. Now I am comforting the Director at a meeting about poverty.
    # perspective: hawa: He said sorry to you. I think it should have been the other way.
// REPAIR: acknowledging fair criticism without defending, and asking what would help; rank above adds courage (taking criticism from someone with less power). R13 softens earlier harms towards Samir.
* [Say he is right about the page and the front door. Don't defend it. Ask him what accountability would look like. #move: repair samir]
    ~ samir_trust += 2
    ~ accountable = true
    "Samir's right. The page is wrong, and I've read the front-door script: it says what he says. I'm not going to defend it. Samir, what would accountability look like to you?" # speaker: you # to: samir
    Samir looks surprised, then thinks.
    "Fix the page by next month. Let my volunteers check the front-door script, and pay them for it. And come back to this room in three months and tell us whether you did." # speaker: samir # to: you
    "Agreed. All three." # speaker: you # to: samir
    The officer next to you stops writing. It is not the reply the council had planned.
    # moment: The forum
    # perspective: samir: No speech about hard-working staff. You said I was right and asked what I wanted. Now I have to hold you to it. That's a better problem.
    # perspective: hawa: The big person said the small group was right, in front of everyone. People will talk about that on Wednesday.
// INDIRECT: noting the points and promising a written answer later (kind=document); Samir gave no mandate for it, so POWER 0 (R12).
* [Thank him, note the points for the record, and promise the forum a written answer within 28 days. #move: indirect samir kind=document]
    "Thank you, Samir. We'll record those points and the council will respond in writing within 28 days." # speaker: you # to: samir
    Samir nods slowly.
    "That's what the letter said last year." # speaker: samir # to: you
    The letter goes out on day 27. It is accurate, and says the matter is under review.
    # moment: The forum
    # perspective: samir: Correct, and safe. A written answer is better than nothing. It is also how nothing happens.
    # perspective: hawa: The director wrote it down. I will wait for the letter, like everything else.
-
{
- last_act == "REPAIR" && not last_self_focus:
    Afterwards, people from the audience queue to talk to Samir, not to the panel.
- last_act == "SPEAK_OVER":
    Afterwards, the local paper quotes your line about the hardship fund. Nobody quotes Samir.
- accountable:
    Afterwards, people from the audience queue to talk to Samir, not to the panel.
- else:
    Afterwards, the room empties fast. Samir leaves without stopping by the panel.
}
On her way out Hawa stops at the front, by choice, and speaks to you.
{
- hawa_exposed:
    "You told my story to a camera. Next time, ask me. Maybe I say yes, and tell it with my own mouth." # speaker: hawa # to: you
- accountable:
    "Three months. I will be here. I will count." # speaker: hawa # to: you
- else:
    "Samir says what we all say on Wednesdays. He is only louder." # speaker: hawa # to: you
}
-> six_months

=== six_months ===
# scene: six_months
# rank: above
# mandate: samir none
# enter: samir
# enter: hawa
Month six. It is Samir's turn to visit you, at County Hall. He brings Hawa, who wanted to see where decisions are made.
You show them up to your office on the fourth floor. Hawa looks at the view for a long time.
"From here you can see my street. It looks very small." # speaker: hawa # to: you
Samir has read your department's Social Care WRES return, which covers your own staff. He has questions about who gets promoted, and he has not forgotten the front door.
# wants: samir yes
{
- promised_money:
    In month one you promised New Roots money from this year's budget. There is none. Grants go through an open round, and the next one opens in the spring.
- accountable:
    The web page changed in month five. The front-door script is still "under review".
- else:
    The web page changed quietly in month five. The front-door script is still "under review".
}
"So. Six months. What's different?" # speaker: samir # to: you
# discuss: Six months in. What do you owe Samir now: a promise, an explanation, or something else?
# note: The model's principles include transparency, accountability and long-term advocacy. Keeping faith can mean explaining honestly what you could not do, rather than making a new promise. The Social Care WRES covers local-authority adult social care staff, so a director can be held to account for it by a community partner.
# theory: allyship_advocacy
// DECIDE_WITH: an honest account of what was and wasn't delivered, and the next six months decided together.
* [Tell Samir plainly what you did and didn't deliver, and why, and decide together what the next six months are for. #move: decide_with samir]
    ~ samir_trust += 2
    { promised_money:
        "I promised you money in month one. I shouldn't have. It isn't mine to promise: it goes through the grant round, and I'll make sure you hear when it opens." # speaker: you # to: samir
    - else:
        "The page is fixed. The front door isn't, yet. Here's what's in the way, and here's what I can still push." # speaker: you # to: samir
    }
    "Right. Then the front door is the next six months. My volunteers write the test calls. Your managers answer them." # speaker: samir # to: you
    "And the homework club needs a room with heating." # speaker: hawa # to: you
    You write both down. You agree the dates together, there and then.
    Samir asks about the promotion figures in your workforce return. You don't have a good answer. He says that is his next question, for the following six months.
    # moment: Six months on
    # perspective: samir: No excuses and no new promises. We decided the next bit together. I'll take that.
    # perspective: hawa: I asked for one thing. You wrote it down while I watched.
// CREDIT: publicly sponsoring Samir's group by name; he wants action (wants yes), not silence, so R10 does not turn it into OVERRIDE.
* [Put New Roots' work, credited by name, in your report to the board, and propose paying Samir's volunteers to train your front-door staff. #move: sponsor samir public]
    ~ samir_trust += 1
    "I want the board to see your work, with your name on it. And I want your volunteers to train my front-door staff, paid." # speaker: you # to: samir
    "Paid. Say that word again, in the report." # speaker: samir # to: you
    Hawa asks whether the training would be in English only. You had not thought about that.
    Samir agrees to the training, on his terms: his volunteers set the content, and your managers sit in.
    # moment: Six months on
    # perspective: samir: My group's name in a board report, and paid work for the volunteers. Real. You still didn't answer about the front door.
    # perspective: hawa: The director wants to pay us to teach. I was a teacher. I asked about the language, and the director had not thought of it.
// DOING_FOR: a new promise made for Samir, with no mandate and no duty (R5), and again not the director's to give.
* [Promise that next year's budget will fund New Roots properly. It's what they need, and you'll find a way. #move: act_on_behalf samir]
    ~ samir_trust -= 2
    "Next year, I'll make sure New Roots is funded properly. I'll find a way." # speaker: you # to: samir
    Samir is quiet for a moment.
    "You said something like that before. Or someone like you did." # speaker: samir # to: you
    "I didn't come for money today. I came to know what changed at the front door." # speaker: samir
    # moment: Six months on
    # perspective: samir: Another promise. I didn't ask for money. I asked what had changed.
    # perspective: hawa: Samir's face went very polite. That is how I know he is angry.
// BYSTAND: Samir wants you to act on the front door (wants yes), and you hold the power in the room, so keeping it friendly and saying nothing is standing by, courage -2 (R3).
* [Keep it friendly. Show them round, talk about budget pressures, and leave the front door and the promises for another day. #move: silent samir]
    ~ samir_trust -= 2
    You show them the council chamber, the café and the view from the fourth floor. You talk about budget pressures. Samir lets you.
    At the lift he stops.
    "You didn't answer my question." # speaker: samir # to: you
    # moment: Six months on
    # perspective: samir: A nice tour. I came to ask what had changed, and you showed me the café.
    # perspective: hawa: I saw where decisions are made. I did not see one made.
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
# enter: hawa
# enter: begum
{ samir_slot:
    At the next Health and Wellbeing Board, Samir is at the table again, by invitation, and speaks for eight minutes.
- else:
    Samir asks Cllr Begum for a slot at the board himself, and gets one. He speaks from the table for eight minutes.
}
Cllr Begum asks him three sharp questions and writes the answers down.
{ hawa_exposed:
    Hawa does not come. She has stopped going to the library where people know her story.
- else:
    Hawa comes too. She has decided, for herself, to speak. She tells the board about the walk to the hospital, in her own words. The council booked her bus ticket directly, so it cannot count against her asylum support.
    "I am a teacher. So I will teach you." # speaker: hawa # to: begum
}
"Same time in two months. My turn to host." # speaker: samir # to: you
On the way out, he tells you something he has not said before: he is studying again, to register as a pharmacist here. He would like a reference from someone who has watched him work. You would be glad to give it.
Over six months you mostly stood alongside Samir rather than fixing things for him. You were honest about your limits, carried his words when he asked you to, and took his criticism without making it about yourself. The front door is still not fixed. But it is being fixed with him.
-> END

=== end_partial ===
# enter: samir
# enter: begum
Samir keeps meeting you. He is friendly, careful and a little guarded.
"It's a pairing. Some days it's a partnership." # speaker: samir # to: you
Hawa comes to the board once, to watch from the public gallery. She decides not to speak this time. That is her decision, and she tells you so herself.
At the board, Cllr Begum asks you what New Roots thinks about the new front-door script. You realise you are not sure.
Some of what you did stood alongside Samir, and some of it was done for him, or about him. Standing alongside is slower than fixing, and it asks you to stay when there is nothing to show.
-> END

=== end_apart ===
# enter: samir
# enter: begum
Samir writes to the programme and asks for a different pairing.
"No hard feelings. I'll keep criticising your council in public. That part of our partnership works." # speaker: samir # to: you
Cllr Begum mentions, at your next one-to-one, that community partners talk to each other. She has already asked Samir to address the board herself.
"He'll have things to say about your department. I expect you to listen." # speaker: begum # to: you
Much was done for Samir, or in front of him, and little with him. The people you were paired to stand alongside are still there, still right about the front door, and still waiting.
-> END
