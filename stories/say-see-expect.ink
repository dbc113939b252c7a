# title: Say, See, Expect
# summary: A care worker is racially abused by a client's son. As the registered manager, you decide what happens next, and what your agency expects from now on.
# minutes: 12
# role: Registered manager of a home-care agency
# outcome: Respond to abuse of a staff member so that her choices stay with her, not with the person who abused her.
# outcome: Set clear expectations of behaviour without making one person carry the story.
# outcome: Build fair processes that remove more than one kind of barrier, and write policy with staff, not for them.
# content_note: A care worker is racially abused by a client's son. The abuse is reported, not repeated.
# content_note: Immigration status, a disabled child, money worries and dyslexia come up.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of racist abuse at work, of working on a sponsored visa, or of dyslexia; review planned.
# author: The Allyship Theatre team
# cast: tendai = Tendai Moyo; age: 29; race: Black (minoritised); culture: grew up in Harare in Zimbabwe; immigration: Health and Care Worker visa sponsored by the agency (invisible, insecure); caring: mother of an autistic son (unvoiced); employment: care worker with a strong practice record
# cast: sheila = Sheila Rowe; age: 61; race: white British; class: working-class; ability: dyslexic (invisible); employment: care worker for twenty years
# cast: hughes = Mr Dennis Hughes; age: 88; ability: frail after a stroke; relationship: widower; geography: has lived on the same street for sixty years (unvoiced)
# cast: gareth = Gareth Hughes; relationship: Mr Hughes's son; caring: his father's main family carer alongside night shifts (unvoiced); employment: warehouse worker; age: 54

VAR last_act = ""
VAR last_self_focus = false

// S5, from seed 004 (strategic allyship: Say, See, Expect, Do, Feel, Decide).
// The learner is the registered manager: rank is above in every staff scene, so silence while harm is on
// scores as standing by (R3), even when the person harmed has asked not to be made the focus.

// How far Tendai trusts the manager. Up when her choices are kept with her, down when she is decided for or exposed.
VAR tendai_trust = 0
// How far Sheila moves from "that's just how he is" towards standing with Tendai.
VAR sheila_ally = 0
VAR reassigned = false
VAR terms_set = false
VAR named = false
VAR sheila_exposed = false
VAR tendai_applies = false
VAR policy_with_staff = false

-> office

=== office ===
# scene: office
# rank: above
# theory: say_see_expect
Ten to five on a Monday at Brookside Home Care. You are the registered manager. Forty care workers, three hundred visits a week, and one small office above a chemist's.
The late calls start at six. Until then the office is quiet, apart from the phone.
An hour ago Gareth Hughes rang. He wants a different carer for his father: in his words, "one of our own". You know what he means by it.
# enter: tendai
# enter: sheila
Tendai and Sheila come in from the afternoon round. They shared the teatime visit at Mr Hughes's today, because his usual second carer was off sick. Tendai keeps her coat on and does not sit down.
"He started on her in the hallway. Where she's from, how she talks, whether she should even be here. Loud, so his dad could hear." # speaker: sheila # to: you
# harm: on
# duty: on
"That's just how he is, though. He's been like it for years. You let it wash over you." # speaker: sheila
"It does not wash over me." # speaker: tendai # to: sheila
You know things her colleagues do not. The agency sponsors Tendai's Health and Care Worker visa; you saw it at her right-to-work check. She came in 2023, before care workers lost the right to bring dependants on 11 March 2024, so her son is here with her. He is eight, and autistic. Her visa says no recourse to public funds, so she cannot claim the disability benefit other parents can. Every paid hour matters to her.
Her practice record is one of the best you have. Mr Hughes asked for her by name last month, because she is the only one who lets him do up his own buttons.
Sheila has been here twenty years, longer than you. People listen to her.
# discuss: What does Tendai need from you tonight, and who should decide it?
# note: Employers must protect staff from violence and abuse at work, including from clients and their families (health and safety law), so a duty is on here. Moving Tendai because of her race, to meet the son's request, grants a discriminatory request and could itself be race discrimination by the employer. Fewer hours could also leave her earning less than her visa sponsorship requires. Watch for the quick fix that costs the person harmed.
# theory: five_ds
// COLLUDE (with SAFEGUARD): reassigning grants Gareth's discriminatory request (collude). act_on_behalf with duty on and no mandate is SAFEGUARD (R5), and she is told, so informs. R7 keeps the worst per dimension, so COLLUDE wins.
* [Tell Tendai someone else will cover Mr Hughes from tomorrow, and that you'll let Gareth know. It keeps her away from him. #move: act_on_behalf tendai informs #move: collude]
    ~ reassigned = true
    ~ tendai_trust -= 2
    "I'm taking you off Mr Hughes from tomorrow. You shouldn't have to go back there." # speaker: you # to: tendai
    Tendai looks at the rota on the wall, then at you.
    "So he gets what he asked for." # speaker: tendai # to: you
    "That is six hours a week. Where do they come from?" # speaker: tendai
    Sheila opens her mouth, then closes it again.
    "I'll find you other hours. It might take a week or two." # speaker: you # to: tendai
    "A week or two." # speaker: tendai
    She says it flatly, the way people repeat a number they cannot afford.
    # moment: The first response
    # perspective: tendai: You decided for me, and you decided what Gareth wanted. I lose a client I care about and hours I need. He learns that shouting works.
    # perspective: sheila: I thought moving her would be the kind thing. Then I saw her face.
// INVITE: a private invitation; Tendai has not said she wants no help, so R10 does not apply. Rank above gives no courage bonus.
* [Ask Tendai what she wants to happen next. Set out what you can offer: a second carer on visits, a swap, or a pause while you talk to the family. #move: invite tendai]
    ~ terms_set = true
    ~ tendai_trust += 2
    "Before I decide anything, what do you want to happen? I can put a second carer on the visits, swap them, or pause them while I speak to the family." # speaker: you # to: tendai
    Tendai takes a breath.
    "I want to keep Mr Hughes. He has done nothing wrong." # speaker: tendai # to: you
    "But not alone while Gareth is in the house. And I want him told, by you, that it is not allowed." # speaker: tendai
    # mandate: tendai asked
    Sheila looks at the floor for a moment.
    "I'll go in with her, if she wants me." # speaker: sheila # to: tendai
    ~ sheila_ally += 1
    Tendai looks at her for a long moment, then nods.
    So that is the plan, and it is hers: two carers on every visit, you ring Gareth tonight, and Tendai hears from you what was said.
    # moment: The first response
    # perspective: tendai: You asked me first. Nobody else today asked me anything. I said what I wanted, and it was mine to say.
    # perspective: sheila: Hearing her say what she wanted, I felt daft for telling her to let it wash over her.
// SAFEGUARD: duty is on and Tendai gave no mandate, so act_on_behalf is SAFEGUARD (R5); she is told what you will do, so informs keeps POWER at 0.
* [Tell Tendai you'll ring Gareth tonight to set terms in the care agreement, and tell her exactly what you'll say. #move: act_on_behalf tendai informs]
    ~ terms_set = true
    ~ tendai_trust += 1
    "I'm ringing Gareth tonight. I'll tell him abuse of staff is not accepted, it goes into the care agreement, and if it happens again we review the service." # speaker: you # to: tendai
    Tendai nods slowly.
    "Thank you. And the visits? Nobody has asked me about the visits." # speaker: tendai # to: you
    "I want to keep going to Mr Hughes. With someone else there while Gareth is in." # speaker: tendai
    You add it to your notes. It is a good plan. It is also hers, and it came second.
    # moment: The first response
    # perspective: tendai: You acted, and you told me what you would say. That helped. But the visits are my work, and you did not ask what I wanted.
    # perspective: sheila: I've never seen a manager ring a family about something like that. Maybe it isn't just how he is, then.
    # perspective: gareth: Nobody has talked to me like that about Dad's care before. I didn't like it. I heard it.
// SAFEGUARD without informs: duty is on, no mandate (R5); Tendai is not told, so POWER is -1, and R8 then takes away the courage.
* [Send them both home to rest. Once they've gone, ring Gareth and set terms in the care agreement. #move: act_on_behalf tendai]
    ~ terms_set = true
    "Go home, both of you. Leave it with me." # speaker: you # to: tendai
    # exit: tendai
    # exit: sheila
    The next morning Tendai hears from Sheila, who heard from Gareth, that you rang him.
    "You spoke to him about me. What did you say? What did he say?" # speaker: tendai # to: you
    You tell her. She listens with her arms folded.
    "Next time, tell me first. I am the one who goes into that house." # speaker: tendai # to: you
    # moment: The first response
    # perspective: tendai: I am glad someone told him. I found out from Sheila, who found out from him. It was about me, and I was the last to know.
    # perspective: gareth: The manager rang me late at night. Fair enough, I suppose. She could have let her carer know.
// BYSTAND: harm is on, nobody asked for silence, and the manager holds the most power here, so courage is -2 (R3).
* [Thank them both, say it has been a long day, and that you'll think about it overnight. #move: silent tendai]
    ~ tendai_trust -= 2
    "Thank you both. It's been a long day. Let me think about it overnight." # speaker: you # to: tendai
    Tendai does up her coat.
    "I have a visit there at eight tomorrow. Do I go?" # speaker: tendai # to: you
    You do not have an answer yet. She goes.
    Sheila lingers at the door.
    "She'll be all right. We all get it, one way or another." # speaker: sheila # to: you
    Then she goes too, and the phone starts ringing for the late calls.
    # moment: The first response
    # perspective: tendai: I told my manager what happened and I went home with nothing. At eight tomorrow I am on his doorstep again.
    # perspective: sheila: Nobody said much, so I suppose it's like I said. You get on with it.
-
{
- last_act == "COLLUDE":
    That evening you type the rota change. Gareth will get his wish by text before Tendai has got home.
- last_act == "BYSTAND":
    That evening the rota stays as it is. So does everything else.
- last_act == "INVITE" || last_act == "SAFEGUARD":
    That evening you write down what was said, while it is fresh, and what you have agreed to do.
- else:
    That evening you write down what happened, while it is fresh.
}
-> hughes_house

=== hughes_house ===
# scene: hughes_house
# rank: peer
# enter: hughes
# enter: gareth
Tuesday afternoon. Mr Hughes's six-monthly review is due, so you go to the house yourself.
It is a terraced house with a tidy front step. Mr Hughes sits by the window in a shirt and tie, his walking frame beside him. Gareth stands in the kitchen doorway in his work fleece. He has come off a night shift, and he looks as if he has not slept for a week.
{
- reassigned:
    "Where's Tendai? The new girl didn't know how I take my tea." # speaker: hughes # to: you
    "I asked them to send someone else, Dad." # speaker: gareth # to: hughes
    "You asked. I didn't." # speaker: hughes # to: gareth
    "It's my care and my house. I want Tendai back, and I want him to say sorry to her." # speaker: hughes # to: you
    You came to review his care. His first wish is the one you overruled on Monday, to give his son what he asked for.
    "Ring Tendai. Tell her it wasn't me." # speaker: hughes # to: you
- terms_set:
    "You know why I'm here, Gareth. What you said to Tendai is not accepted. It's in the care agreement now. If it happens again, we review whether we can keep caring for your dad." # speaker: you # to: gareth
    "I'm on my feet twenty hours a day. I was tired." # speaker: gareth # to: you
    "Being tired explains a short temper. It doesn't make what you said all right." # speaker: you # to: gareth
    Gareth looks at his father, then away.
    "He'll behave. I'll see to it. And I want Tendai on Thursday." # speaker: hughes # to: you
    You go through the rest of the review. Gareth signs the new care agreement at the kitchen table without a word. At the door he says, to the doormat, that he knows he was out of order.
- else:
    "Have you sorted out a different carer?" # speaker: gareth # to: you
    "Decided what? Tendai's my carer." # speaker: hughes # to: gareth
    Gareth says he will ring another agency. His father tells him he will do no such thing.
    Tendai went in alone at eight this morning. Gareth stayed in the kitchen. Nobody said a word, and nothing was agreed.
    You leave with the review done and the real question not asked. Gareth has learned nothing, except that nothing happens.
}
Mr Hughes can no longer walk to the shops. He can still decide who comes through his door, and he expects to be asked.
* [Go to Thursday's team briefing]
- -> briefing

=== briefing ===
# scene: briefing
# rank: above
// Mandates and wishes outlive a scene. What Tendai asked for on Monday was about Gareth and the visits, not the briefing.
# mandate: tendai none
# enter: tendai
# enter: sheila
Thursday, nine o'clock. Ten care workers squeeze into the office for the weekly briefing.
Word has gone round that something happened at the Hughes house. People keep glancing at Tendai, who sits by the door with her car keys in her hand.
Sheila has the seat by the kettle, as always. The newer staff sit where she can see them.
You have ten minutes before the first calls. You have decided today is the day to say out loud what this agency stands for, and what it expects from everyone: staff, clients and families.
# discuss: The team has heard rumours. What should the briefing say, and whose story is it to tell?
# note: Say and Expect (seed 004): a leader says what the organisation stands for and what behaviour it expects. The incident is Tendai's. Naming her to the team without asking shares her experience without consent; asking her to explain racism to colleagues hands her the work of educating them.
# theory: say_see_expect
// OVERRIDE: telling the team what happened to Tendai shares her experience; no consent and no duty here (R6).
* [Tell the team what Gareth said to Tendai, so everyone understands why this matters. #move: disclose tendai info=abuse]
    ~ named = true
    ~ tendai_trust -= 2
    "On Monday Gareth Hughes racially abused Tendai in his father's hallway. I want you all to know that, because it matters." # speaker: you
    Every head turns to the door. Tendai keeps her eyes on her phone.
    "And I want you all to know the agency has dealt with it." # speaker: you
    Afterwards, two colleagues tell Tendai how sorry they are. A third asks her what exactly he said. She leaves for her first call five minutes early.
    # moment: The briefing
    # perspective: tendai: Everything you said was true, and kind. But ten people now look at me as the one it happened to. Nobody asked me.
    # perspective: sheila: I was glad it was said. Then I saw Tendai, and I wasn't sure it was ours to say.
// ASK_CONSENT: a private question before the meeting about sharing her experience (R10 applies only when public).
* [Before you start, ask Tendai quietly whether she wants it mentioned, and if so by whom: by her, by you, or not at all. #move: ask_consent tendai info=abuse]
    ~ tendai_trust += 2
    You catch Tendai at the door before the others settle.
    "Do you want what happened mentioned today? You could say something, I could, or nobody." # speaker: you # to: tendai
    "Not my name. Just say the rule. I don't want to be the girl it happened to." # speaker: tendai # to: you
    So you say the rule, to everyone, and name nobody.
    "Abuse from anyone we visit, about your race, your accent, where you are from, anything, is never part of the job. Tell me and I will act. Every time." # speaker: you
    Tendai listens from the door with her car keys still in her hand.
    # moment: The briefing
    # perspective: tendai: You asked, and you did what I said. The team heard the rule, not my story.
    # perspective: sheila: She kept it short and didn't name anyone. Somehow that made it sound more serious.
// CHALLENGE: stating the expected behaviour to everyone, naming nobody; R4 gives CHALLENGE.
* [Say what you expect, to everyone, without naming anyone: abuse from clients or families is never part of the job, and this is what happens when it's reported. #move: challenge public]
    ~ tendai_trust += 1
    "Abuse from anyone we visit, about your race, your accent, anything, is never part of the job. Tell me, and I will act. Every time." # speaker: you
    A few people look at Tendai anyway. She looks at the rota.
    "What counts as abuse, though? Some of them are just old-fashioned." # speaker: sheila # to: you
    "If you'd be upset to hear it said about your own daughter, it counts." # speaker: you # to: sheila
    # moment: The briefing
    # perspective: tendai: You did not use my name. Good. I would have liked to be asked first, but what you said was right.
    # perspective: sheila: Straight to the point. Nobody could say they hadn't been told.
// BURDEN: asking Tendai to explain to colleagues what racism feels like hands her the work of educating them.
* [Ask Tendai if she'd tell the team what it felt like, so they understand what racism is really like. #move: ask_to_educate tendai]
    ~ named = true
    ~ tendai_trust -= 1
    "Tendai, would you be willing to tell everyone how it felt? I think it would help them understand." # speaker: you # to: tendai
    Ten faces turn to her. She is quiet for a long moment.
    "No. I have a visit at half past. I am not a training video." # speaker: tendai # to: you
    The silence stretches. You move on to the rota, and the rule you meant to state gets lost in the shuffle of paper.
    # moment: The briefing
    # perspective: tendai: You asked me to stand up and feel it again so others could learn. It was my worst day at work, and you made it a lesson.
    # perspective: sheila: I thought she'd say yes. Why would she, with all of us staring?
-
{
- last_act == "OVERRIDE" || last_act == "BURDEN":
    For the rest of the briefing, people watch Tendai more than they listen to you.
- named:
    For the rest of the briefing, people watch Tendai more than they listen to you.
- else:
    You hand out the policy on abuse from clients and families. Most people read it. Some fold it into a pocket.
}
-> remark

= remark
Then, as you hand out the rota, Sheila says it to the room, not unkindly.
"He's always been like that, Gareth. You learn to let it wash over you." # speaker: sheila
# harm: on
Two people nod. One laughs. A new starter looks at her shoes.
Tendai catches your eye and gives a small shake of the head: not here, not about me.
# wants: tendai no
# discuss: Tendai has signalled "not about me". Sheila has said what others think. What do you owe the room, and what does Tendai's wish cover?
# note: Tendai's wish covers acts that single her out, not the manager's duty to act on the cause. The manager holds the most power in the room, so staying quiet is standing by. Practitioners disagree about calling out in the moment and calling in privately (Loretta Ross): both are shown.
# theory: calling_in_out
// OVERRIDE: a public challenge that names Tendai, when she has just asked not to be singled out and no duty applies (R4).
* [Stop the rota. "No, Sheila. What Gareth said to Tendai was racist abuse, and nobody should let that wash over them." #move: challenge tendai public]
    ~ tendai_trust -= 1
    "No, Sheila. What Gareth said to Tendai was racist abuse. Nobody should have to let that wash over them." # speaker: you # to: sheila
    "I was only saying." # speaker: sheila # to: you
    The room goes quiet. Everyone looks at Tendai. She picks up her bag and leaves for her first call early.
    Sheila goes red and says nothing more for the rest of the briefing, or to you for the rest of the week.
    # exit: tendai
    # moment: "Let it wash over you"
    # perspective: tendai: You were right about Gareth. But I asked you with my face, and you made me the story in front of everyone.
    # perspective: sheila: Told off in front of the whole team. I felt two inches tall. I don't think I heard the rest.
// CHALLENGE: a public challenge of the norm that names nobody, so it does not single Tendai out (R4). Contested: calling out here or calling in later.
* [Say to the whole room, without looking at Tendai: "That's the old way. From today, abuse from anyone we visit gets reported, and I will back you." #move: challenge public #contested]
    ~ sheila_ally += 1
    ~ tendai_trust += 1
    "That's how we used to cope. It's not good enough any more. From today, abuse from anyone we visit gets reported, and I will back you." # speaker: you
    "I only meant..." # speaker: sheila # to: you
    "I know. We've all done it." # speaker: you # to: sheila
    Someone at the back says, "Good." Tendai's shoulders drop a little.
    Sheila goes quiet. On her way out she stops by your desk and asks, gruffly, where the reporting form is kept.
    # moment: "Let it wash over you"
    # perspective: tendai: You did not use my name. You said it to all of them, and it was the right size.
    # perspective: sheila: I felt got at, if I'm honest. Then on my rounds I remembered they told me to let things wash over me when I was new, too.
// CHALLENGE + INDIRECT: a private challenge to Sheila after the meeting (R4, not public), and a check-in with Tendai afterwards (kind=delay, R12). Contested: calling in later or calling out now.
* [Carry on with the rota. Afterwards, find Sheila on her own to talk it through, and check in with Tendai. #move: challenge #move: indirect tendai kind=delay #contested]
    ~ sheila_ally += 2
    You carry on with the rota. Afterwards you find Sheila in the car park.
    "When you said let it wash over you, I'd like to understand where that comes from." # speaker: you # to: sheila
    "It's what you do. When I started, a manager called me thick in front of everyone because of my spelling. I let that wash over me too." # speaker: sheila # to: you
    She is quiet for a moment.
    "I should have said something in that hallway. I'll tell her so." # speaker: sheila
    Later you ring Tendai between calls. She thanks you for not making a show of it, then adds that the room heard Sheila, and heard you say nothing.
    # moment: "Let it wash over you"
    # perspective: tendai: In the room you let it pass. Afterwards you asked how I was, and Sheila said sorry. Both things are true.
    # perspective: sheila: You took me aside instead of showing me up. I listened more because of it.
// COLLUDE: laughing along with the remark minimises the abuse.
* [Smile, say "He's a character, all right," and move on to the rota. #move: collude]
    ~ tendai_trust -= 2
    "He's a character, all right. Right, Monday's calls." # speaker: you
    A couple of people laugh. Tendai looks at you for a second, then at the door.
    The rule you stated ten minutes ago has just been rewritten, and everyone in the room heard which version counts.
    # moment: "Let it wash over you"
    # perspective: tendai: On Monday I told my manager. On Thursday my manager laughed. Now I know.
    # perspective: sheila: Even the manager laughed, so it can't have been that bad. That's what I told myself.
// BYSTAND: Tendai asked not to be made the focus (wants: no), but you hold the most power and harm is on, so silence is standing by (R3); courage -2.
* [Say nothing. Tendai has asked you not to make it about her. #move: silent tendai]
    ~ tendai_trust -= 1
    You hand out the rest of the rota. Nobody says anything else.
    The new starter who looked at her shoes glances at you, and then at Tendai, and works out what the rule really is.
    # moment: "Let it wash over you"
    # perspective: tendai: I asked you not to make it about me. I did not ask you to let it stand. The whole room heard that it was fine.
    # perspective: sheila: Nobody said anything, so I suppose I was right.
-
{
- last_act == "COLLUDE" || last_act == "BYSTAND":
    The new starter who looked at her shoes leaves a month later. Her exit form says she did not feel the agency would back her.
- sheila_ally >= 2:
    That week Sheila goes out of her way to double up with Tendai at the Hughes house. She does not make a speech about it.
- else:
    The week goes on. The briefing is talked about in cars between calls, in ways you never hear.
}
-> promotion

=== promotion ===
# scene: promotion
# rank: above
// Earlier requests and wishes were about Gareth and the briefing, not this post, so they are cleared here.
# mandate: tendai none
# wants: tendai unknown
# enter: sheila
A month later, a senior care worker post opens: more pay, supervising new starters, checking care plans.
Sheila comes into your office and shuts the door.
"I want to go for it. But I'm dyslexic. I've never told anyone here. Written tests, I freeze. Could I have the questions beforehand, and answer out loud?" # speaker: sheila # to: you
# access: sheila able_with_support
# mandate: sheila asked
{ sheila_ally >= 2:
    "And Tendai should go for it too. She's better than me on care plans." # speaker: sheila
}
# enter: tendai
That afternoon Tendai reads the advert on the noticeboard twice.
{ tendai_trust >= 1:
    "Would it change my visa?" # speaker: tendai # to: you
    It would. A new role needs a new certificate of sponsorship from the agency, and a new visa application.
- else:
    She walks away without asking you anything.
}
# discuss: Two strong candidates, each facing a different barrier. What would make this fair to both, without ranking whose barrier matters more?
# note: Reasonable adjustments for a disabled applicant are a legal duty, and dyslexia can be a disability under the Equality Act 2010. Positive action (s158), such as encouraging or developing under-represented staff, is lawful. Choosing someone because of a protected characteristic is lawful only as a tie-break between candidates as qualified as each other (s159). Tendai's promotion needs a new certificate of sponsorship: something to plan for, not a reason to pass her over.
# theory: positive_action
# theory: hierarchy_of_oppression
// REMOVE_BARRIER: the adjustment Sheila asked for (mandate asked), arranged for everyone so she is not singled out (R11).
* [Run an open process. Give every applicant the questions a week ahead and the choice to answer out loud, as Sheila asked, and hold an open session about the role. #move: adjust sheila]
    ~ tendai_applies = true
    "Everyone gets the questions a week ahead, and everyone can answer out loud. Nobody has to explain why." # speaker: you # to: sheila
    "Everyone? Then nobody knows it's for me." # speaker: sheila # to: you
    She smiles for the first time since she came in.
    At the open session Tendai asks about her visa in front of everyone. You answer plainly: the agency will assign a new certificate of sponsorship if she gets the post. Both of them apply.
    At interview Sheila talks for ten minutes about how she settles a frightened new client. Tendai brings a care plan she rewrote so Mr Hughes can read it himself. The panel cannot split them, and asks for a second post in next year's budget.
    # moment: The senior post
    # perspective: sheila: I asked for one thing and got it without having to tell the whole building. First interview in twenty years where I could think.
    # perspective: tendai: The session was open to all of us. I asked my question, and it was answered plainly.
// DOING_FOR: offering the post outright decides for Tendai with no mandate and no duty (R5). It is also preference, not positive action.
* [Offer Tendai the post now. After the month she has had, she has earned it, and it sends a message. #move: act_on_behalf tendai]
    ~ tendai_applies = true
    ~ tendai_trust -= 1
    "I'd like to offer you the post. You've earned it." # speaker: you # to: tendai
    "Because of Gareth? I want it because I am good at it. Run the interviews. I will apply like everyone else." # speaker: tendai # to: you
    Sheila hears about the offer from someone else, and says nothing about her questions.
    You run interviews after all. Tendai gets the post on merit, but the story that it was handed to her follows her round the office for months.
    # moment: The senior post
    # perspective: tendai: You meant well. But if I get it this way, people will say it was pity, and my visa paperwork will say the same job as theirs.
    # perspective: sheila: So it was decided before I'd even asked. I won't bother with my questions, then.
// DECIDE_WITH: planning the application and the sponsorship steps together with Tendai.
* [Sit down with Tendai and plan together: the new certificate of sponsorship the post needs, the timing, and what she wants. #move: decide_with tendai]
    ~ tendai_applies = true
    ~ tendai_trust += 1
    You sit with Tendai and go through it: the certificate, the application, the dates, her son's school hours.
    "So it is possible. Then I will apply." # speaker: tendai # to: you
    Sheila's questions arrive a week late. She nearly withdraws, then doesn't.
    Tendai gets the post. Her new certificate is assigned in time. Sheila comes second, and says she will try again next year.
    # moment: The senior post
    # perspective: tendai: We planned it together, on paper, with my son's hours in it. I came out knowing what to do.
    # perspective: sheila: I asked first, and I waited. I nearly gave up.
// OVERRIDE: telling the panel about Sheila's dyslexia shares it without her consent; no duty (R6).
* [Let the deputy manager, who sits on the panel, know Sheila is dyslexic, so they go easy on her spelling. #move: disclose sheila info=dyslexia]
    ~ sheila_exposed = true
    Two days later the deputy mentions it to Sheila, meaning to be kind.
    "I told you that in confidence. I asked for my questions early, not for people to go easy on me." # speaker: sheila # to: you
    She withdraws her application. Tendai, who applied in the end, is appointed against a field of one.
    # moment: The senior post
    # perspective: sheila: Twenty years I kept that to myself. You told it in a week, to someone who'd mark me.
    # perspective: tendai: Sheila pulled out and would not say why. I think I know what it is like when your business is passed round.
-
{
- last_act == "OVERRIDE":
    Sheila's request for early questions is never mentioned again. Nor is her dyslexia, by her.
- last_act == "REMOVE_BARRIER":
    Next year, the questions-in-advance rule is in the recruitment policy. Nobody remembers whose idea it was, which is how Sheila wanted it.
- else:
    The new senior starts on the first of the month. The team adjusts, as teams do.
}
-> policy

=== policy ===
# scene: policy
# rank: above
// Sheila's request was about the interview, and Tendai's earlier ones about Gareth: neither asked anyone to write this policy for them.
# mandate: tendai none
# mandate: sheila none
# wants: tendai unknown
# enter: tendai
# enter: sheila
Two months on. Your speaking-up policy is four years old. Nobody on the team could tell you what is in it. It lives in a folder in the office, and most of your staff are never in the office.
You want the next one to be something people can see, feel safe using, and help decide. The inspection is in the spring, but that is not the reason.
You call a short meeting in the office to start it off.
{ sheila_exposed:
    Sheila comes to the meeting, but sits at the back.
}
{ named:
    Tendai comes too. Since the briefing she says little in front of the team.
}
# discuss: Who should write a policy about speaking up, and what would stop care workers on the road from taking part?
# note: Decide (seed 004): write speaking-up policies with staff so they feel safe to use them. Care workers on back-to-back calls cannot come to unpaid meetings, so paid time on the rota removes the barrier. Asking the person who was harmed to write the fix hands her the work. An independent agency is not covered by the Social Care WRES, which covers local-authority adult social care staff, but it can keep and share its own data.
# theory: enablers_inhibitors
// DOING_FOR: writing the policy alone decides for the staff it is meant to protect; no mandate, no duty (R5).
* [Write it yourself this weekend from a good template, and ask everyone to sign that they've read it. #move: act_on_behalf tendai #move: act_on_behalf sheila]
    You write it on Saturday. It is clear and thorough, and the law in it is right. On Monday it goes out with the payslips. Everyone signs. Nobody mentions it again.
    "It says we can speak up. It doesn't say who listens, or what happens to us after." # speaker: tendai # to: you
    Sheila admits, later, that she signed it without reading it. Reading a long document on her phone between calls is not something she does.
    # moment: The speaking-up policy
    # perspective: tendai: A good document, signed by all of us, written by one of us. I signed it. I do not know if I would use it.
    # perspective: sheila: Another form. I signed where it said.
// REMOVE_BARRIER + INVITE: paid time on the rota (adjust with room, R11) and a private invitation to each of them.
* [Put two paid sessions on the rota so care workers on calls can come, and ask Tendai and Sheila whether they'd like to help shape it. #move: adjust tendai room #move: invite tendai #move: invite sheila]
    ~ policy_with_staff = true
    ~ tendai_trust += 1
    Fourteen people come, paid, in two groups so the calls are still covered. Sheila asks what happens if the person you report is the manager. Tendai asks who you tell at eight in the morning, alone, on a doorstep. A new starter asks whether reporting a client means losing the visit.
    "Write that in. Who I ring, and that they answer." # speaker: tendai # to: you
    "And that nobody loses hours for ringing." # speaker: sheila # to: you
    The draft goes round twice more before it is agreed. It takes longer than writing it yourself would have. People quote it in supervision.
    # moment: The speaking-up policy
    # perspective: tendai: You paid us to come, so we came. My question is in it, in my words.
    # perspective: sheila: I said more in that room than in twenty years of staff meetings. Nobody made me write anything down.
// DECIDE_WITH: writing the policy together with Tendai and Sheila, deciding with them what it must promise.
* [Ask Tendai and Sheila to write it with you on paid time, and decide together what it has to promise. #move: decide_with tendai #move: decide_with sheila]
    ~ policy_with_staff = true
    "We'll need a number that answers at eight in the morning. And a promise nobody loses hours for using it." # speaker: tendai # to: you
    "And it's read out at induction, not just handed over." # speaker: sheila # to: you
    The three of you write it over two paid afternoons. Sheila talks, Tendai types, you check the law. It is good. A few people ask why they weren't asked.
    # moment: The speaking-up policy
    # perspective: tendai: We decided together. I would use this policy. I am not sure everyone knows it is theirs too.
    # perspective: sheila: Me, writing a policy. I said the words and Tendai typed. We make a decent team.
// BURDEN: asking the person who was harmed to write the fix hands her the work of educating the organisation.
* [Ask Tendai to draft it. She knows better than anyone what needs to change. #move: ask_to_educate tendai]
    ~ tendai_trust -= 1
    "I have a full rota, a son with appointments, and a visa that depends on this job. You want me to write your policy as well?" # speaker: tendai # to: you
    She drafts it anyway, at night, unpaid, after her son is asleep. It is good. It is also the only thing on the team's to-do list that landed on the one person who was harmed.
    # moment: The speaking-up policy
    # perspective: tendai: What happened to me became my homework. I did it because I did not feel I could say no to my sponsor.
    # perspective: sheila: She did all that on her own time. I should have offered to help.
- -> epilogue

=== epilogue ===
# scene: epilogue
# rank: above
{
- tendai_trust >= 3 && sheila_ally >= 1:
    -> end_alongside
- tendai_trust >= 1:
    -> end_steady
- else:
    -> end_apart
}

=== end_alongside ===
# enter: tendai
# enter: sheila
Six months after that Monday, Gareth starts on a new carer about her accent.
Sheila is on the visit too. She tells him, calmly, to stop. Then she rings the number in the new policy from the car, and Tendai, who picks up, takes the report.
"That's how it's done now." # speaker: sheila # to: tendai
{ policy_with_staff:
    "I know. I helped write that bit." # speaker: tendai # to: sheila
- else:
    "It is. Thank you for stopping him." # speaker: tendai # to: sheila
}
Gareth rings the next day to apologise, to the carer, not to you.
You said what the agency stands for, let people see how it works, and expected it of everyone, families included. Tendai's choices stayed hers. Sheila, who once told her to let it wash over her, found her own way to stand alongside her. Neither of them needed rescuing. They needed a manager who would not look away.
-> END

=== end_steady ===
# enter: tendai
Six months on, Tendai still visits Mr Hughes. He does up his own buttons, slowly, and she waits. Gareth is polite to her, stiffly, and finds reasons to be in the kitchen.
"Things are better. Not finished." # speaker: tendai # to: you
Some of what you did was with Tendai, and some of it was for her. The agency's expectations are clearer than they were. Whether staff would use them on a bad day, alone on a doorstep, is still an open question. So is whether Sheila would speak up next time, or let it wash over her.
-> END

=== end_apart ===
# enter: tendai
Six months on, Tendai hands in her notice. Another agency will sponsor her. Overseas recruitment of care workers closed on 22 July 2025, but people already in the UK can still switch sponsor until July 2028, and agencies are glad of someone with her record.
"I am not leaving the work. I am leaving here." # speaker: tendai # to: you
Mr Hughes asks for her every week for a month, then stops asking.
Much was decided for Tendai, and some harm was left standing. Her new manager will get a strong carer. You get the chance to decide what this agency expects next time, and of whom.
-> END
