# title: Sitting in Reception
# summary: You go with Esther, who is deaf, to her GP appointment. The surgery cancelled it by phone, and now everyone talks to you instead of her.
# minutes: 12
# role: Home-care worker
# outcome: Notice when a service talks about a person instead of to them, and hand the conversation back.
# outcome: Tell doing with someone apart from doing for them, and make a plan together even when your own time is short.
# outcome: Name the fixes for communication needs in England: the Accessible Information Standard and the Reasonable Adjustment Digital Flag.
# content_note: An older deaf woman is talked about instead of to, again and again.
# content_note: A Romany Gypsy woman is wrongly told she cannot register with a GP.
# review: Draft written by the product team. Not yet reviewed by people with lived experience of deafness, of being a Romany Gypsy or Traveller, or of home-care work; review planned.
# author: The Allyship Theatre team
# cast: esther = Esther Mensah; age: 78; race: Ghanaian-British; religion: Methodist (unvoiced); ability: severe hearing loss, lipreads, reads and texts, does not use BSL, cannot use the phone (invisible, communication); education: retired deputy head teacher (invisible, unvoiced)
# cast: dawn = Dawn; employment: GP receptionist on a short-staffed team (junior); class: working-class; caring: looks after her mother every evening (invisible); age: 52
# cast: shah = Dr Shah; employment: GP partner at the surgery; ethnicity: British Indian (minoritised); gender: woman; caring: helps care for her father after his stroke (invisible)
# cast: mrs_lee = Mrs Lee; ethnicity: Romany Gypsy (invisible, minoritised); geography: no fixed address, moving with seasonal work; employment: runs the family tree-surgery business (invisible); caring: bringing up her grandson; age: 56

VAR last_act = ""
VAR last_self_focus = false

// How much room Esther has had to speak for herself. Goes up when the learner hands her the floor.
VAR esther_voice = 0
// How far Esther trusts the learner today. Goes down when the learner acts for her without asking.
VAR esther_trust = 0
VAR spoke_for_esther = false
VAR did_for_esther = false
VAR left_early = false
VAR lee_outed = false
VAR flag_done = false
VAR told_wrong = false

-> home

=== home ===
# scene: home
# enter: esther
# access: esther able_with_support
# prop: esther notepad
Ten past nine. Esther Mensah's kitchen smells of toast. The television is on with the subtitles up and the sound off.
Esther is 78. Over ten years she lost most of her hearing. She lipreads if you face her. For anything that matters, she writes in a notepad or sends a text. She cannot use the phone.
"Doctor at twenty to eleven. You're coming with me, I hope. And face me when you answer." # speaker: esther # to: you
She has been dizzy since she fell in the kitchen last week. She wrote to the surgery herself and got this appointment by letter. The letter is on the table, with the date underlined twice.
Esther is sharp. Last week she corrected the spelling in your care notes, and she was right. She is also funny, when people give her the time to be.
She writes on her pad and turns it to you: "If they talk to you instead of me, I shall pretend to fall asleep." # speaker: esther # to: you
Your rota gives you forty minutes here. Your next call is Mr Kowalski at half past eleven, across town, and he needs help with his lunch. Lorraine, the care coordinator, plans the rota. When nobody else can cover a gap, she goes herself.
The surgery is ten minutes' walk. If the appointment runs on time, you can do both.
* [Walk to the surgery with Esther]
-> desk

=== desk ===
# scene: desk
# enter: esther
# enter: dawn
# access: esther able_with_support
# prop: dawn headset
The surgery is warm and full. Behind the desk, Dawn has a headset on and a queue of six. Two phone lines are flashing. She has said sorry to three people before you reach the front.
She finds the name on her screen, then looks up at you.
"Mensah? That one was cancelled, sorry. The clinic got cut. We rang her yesterday afternoon." # speaker: dawn # to: you
# harm: exclusion
Dawn has said all of this to you. She has not looked at Esther once. Esther is watching Dawn's mouth, but Dawn's face is turned to the screen.
# discuss: Dawn spoke to the worker, not to Esther. Who was in the conversation, and who was left out of it?
# note: Esther is here and can speak for herself with support: face her, give her time, let her write. Explaining her situation for her is speaking for her, even when every word is true. Turning to her and waiting is holding space. Some learners will see answering for her as simply efficient; ask what it costs her.
# theory: with_for_to
// SPEAK_FOR: Esther is present, able_with_support, and has not asked you to speak for her (R1)
* [Tell Dawn the surgery knew Esther can't use the phone #move: relay esther]
    ~ spoke_for_esther = true
    ~ esther_trust -= 1
    "She can't use the phone. She's deaf. It's meant to be on her notes." # speaker: you # to: dawn
    "Oh. Sorry. It doesn't say anything here." # speaker: dawn # to: you
    Esther taps the desk, and Dawn looks down at her at last.
    "I am standing right here. I was a deputy head for nineteen years. I can manage a sentence." # speaker: esther # to: dawn
    She smiles as she says it. She does not look at you.
    # moment: At the desk: "we rang her"
    # perspective: esther: You were right about the phone. But you said it for me, and after that Dawn kept looking at you.
    # perspective: dawn: I was glad someone told me. Honestly, I didn't see Esther properly until she tapped the desk.
// HOLD_SPACE: harm is exclusion, Esther is present, and you leave a pause for her (R3)
* [Turn to Esther and wait #move: silent esther leaves_pause]
    ~ esther_voice += 1
    ~ esther_trust += 1
    You turn so Esther can see your face, and you look at her. You say nothing. After a moment, Dawn looks at her too.
    "You rang me. I am deaf. I have told this surgery so, in writing, three times." # speaker: esther # to: dawn
    "Oh, I'm so sorry, Mrs Mensah. There's nothing on here about it." # speaker: dawn # to: esther
    # moment: At the desk: "we rang her"
    # perspective: esther: You didn't rescue me. You turned round and waited, and Dawn had to look at me then.
    # perspective: dawn: When the carer turned to her, I realised I'd been talking to the wrong person. Embarrassing, but fair.
// INVITE: a private invitation to Esther; she has not said she wants no help, so R10 does not apply
* [Ask Dawn if Esther's notes show she can't use the phone, then ask Esther what she'd like to say #move: invite esther]
    ~ esther_voice += 1
    ~ esther_trust += 1
    "Is there anything on her record about how to contact her? Esther, what would you like to say to Dawn?" # speaker: you # to: esther
    "I would like to say that I am deaf, that I wrote to you three times, and that the phone is the one thing I cannot use." # speaker: esther # to: dawn
    Dawn scrolls. "There's nothing on here. I'm sorry, Mrs Mensah." # speaker: dawn # to: esther
    # moment: At the desk: "we rang her"
    # perspective: esther: You asked the right question and then gave it to me. I had a speech ready. I'm a teacher.
    # perspective: dawn: The question about her record stung a bit. It should have been on there.
// BYSTAND: harm is exclusion and you leave no pause for Esther (R3)
* [Let Dawn finish. She is busy, and there is a queue #move: silent esther]
    ~ esther_trust -= 1
    You wait. Dawn carries on, to you. She explains the booking system, the app and the eight o'clock phone queue. Esther cannot use that either.
    "If she wants to rebook, you'll have to do it through us or online." # speaker: dawn # to: you
    Esther has caught one word in three. She looks from Dawn to you and back, and her shoulders drop a little.
    "Will somebody tell me what is going on?" # speaker: esther # to: you
    # moment: At the desk: "we rang her"
    # perspective: esther: Two people talked about me over my head, and one of them came with me.
    # perspective: dawn: The carer didn't say anything, so I assumed it was all fine.
- -> book

=== book ===
# scene: book
# enter: esther
# enter: dawn
# access: esther able_with_support
# harm: exclusion
{
- last_act == "SPEAK_FOR" or last_act == "BYSTAND":
    Dawn turns back to you. It is easier for her, and you have made it easy.
- last_act == "HOLD_SPACE" or last_act == "INVITE":
    Dawn starts by looking at Esther. Halfway through the sentence she looks back at you.
- else:
    Dawn checks the screen for the next free slot.
}
"Next routine appointment is in three weeks. Or she can book online. It's quicker with the app." # speaker: dawn # to: you
Esther catches "three weeks" and "app". She puts a hand flat on the desk.
# discuss: Three weeks, or the app. Who should decide what happens next, and how would you find out?
# note: Booking on your own phone is quick and kind, and it is doing for: nobody asked Esther. In the source story the worker talked it over with the woman and they decided together to sit in reception until a GP could see her. Staying has a cost for the worker, and that cost is part of the courage.
# theory: allyship_advocacy
// DOING_FOR: Esther has not asked, there is no duty, so acting on her behalf is doing for (R5)
* [Get your phone out and book the first slot for her on the app #move: act_on_behalf esther]
    ~ did_for_esther = true
    ~ esther_trust -= 1
    You open the app and start looking for the surgery. Esther puts her hand over your screen.
    "I have a phone and a granddaughter who set it up. I do not want three weeks. I fell last Tuesday." # speaker: esther # to: you
    She turns to Dawn. "I will sit over there until a doctor can see me. I am in no hurry. I am retired." # speaker: esther # to: dawn
    ~ esther_voice += 1
    # moment: "She'll need to book online"
    # perspective: esther: You meant well. You were also halfway through booking me an appointment I did not want.
// INVITE: you hand the question to Esther, privately (R10 does not apply)
* [Ask Esther how she wants to handle it #move: invite esther]
    ~ esther_voice += 1
    ~ esther_trust += 1
    You face Esther and ask her what she would like to do.
    She writes on her pad and turns it round so you can both read it.
    "Three weeks is too long. I fell last Tuesday. I will wait here until someone can see me. Will you wait with me?" # speaker: esther # to: you
    You tell her you'll wait as long as your rota lets you.
    # moment: "She'll need to book online"
    # perspective: esther: You asked me. I had already decided, but it is nice to be asked.
// DECIDE_WITH: you and Esther make the decision together, as in the source story
* ["Shall we sit here together until a doctor is free?" #move: decide_with esther]
    ~ esther_trust += 1
    "Three weeks is a long time after a fall. Shall we sit here together until a doctor is free?" # speaker: you # to: esther
    Esther thinks about it, then nods.
    "Yes. But only if you tell your boss. I will not be the reason you get in trouble." # speaker: esther # to: you
    "We'll wait, then. Can you tell the doctor she's here?" # speaker: you # to: dawn
    You text Lorraine that you might be late for your next call. No reply yet.
    # moment: "She'll need to book online"
    # perspective: esther: You asked, and you meant it. We decided it between us, and you thought about your own job too.
- "Fine. I'll put a note on for the duty doctor. It could be a long wait." # speaker: dawn # to: esther
-> queue

=== queue ===
# scene: queue
# enter: esther
# enter: mrs_lee
# access: esther able_with_support
# theory: intersectionality
You sit with Esther by the window. The woman in the next seat has a small boy on her knee. She introduces herself as Mrs Lee, and she turns to face Esther before she speaks, without being asked.
They talk for a while. Mrs Lee runs the family tree business with her brother and moves with the work from spring to autumn. The boy has had a cough for three weeks, and she wants him seen before it gets to his chest.
"I don't tell them at the desk that I'm Romany. Last time I did, the room went quiet and the forms got longer." # speaker: mrs_lee # to: esther
"I don't tell them I ran a school. They talk slower when they see I'm deaf, and faster when they see I'm old." # speaker: esther # to: mrs_lee
Mrs Lee laughs. "And when they see the two together?" # speaker: mrs_lee # to: esther
"They decide the rest for me. An old Black woman who can't hear. I sat through thirty years of school inspections. I can follow a receptionist." # speaker: esther # to: mrs_lee
Mrs Lee picks up the boy and goes up to the desk.
-> desk_lee

= desk_lee
# enter: dawn
"I'd like to register me and my grandson, please. We're here till October." # speaker: mrs_lee # to: dawn
"I'll need proof of address. A bill, or a tenancy." # speaker: dawn # to: mrs_lee
"We haven't got a fixed address. The NHS says you don't need proof of address to register. It's on their website." # speaker: mrs_lee # to: dawn
Dawn looks past her, at you, in your care-company tunic.
"You work in care, you'll know. The system won't take it without a postcode." # speaker: dawn # to: you
# harm: exclusion
Mrs Lee waits with the boy on her hip. She is being talked past now, too.
# discuss: Dawn asked you, not Mrs Lee. Mrs Lee is not your client. What, if anything, is yours to do here?
# note: NHS guidance in England says nobody needs proof of address, ID or immigration status to register with a GP; a surgery can use its own address for someone with no fixed address. Practitioners disagree about stepping in for a stranger: backing her up straight away credits her and may be all she needs, while asking first lets her decide. Telling Dawn that Mrs Lee is Romany shares something she said in confidence; warm intentions do not change that.
# theory: amplification
// AMPLIFY: you repeat Mrs Lee's own point and credit it to her (R2)
* [Back up what Mrs Lee just said, and say it was hers #move: credit_repeat mrs_lee credited=yes #contested]
    "Mrs Lee's right. She just said it: you don't need proof of address to register. Mrs Lee, have you got the page?" # speaker: you # to: dawn
    Mrs Lee already has it open on her phone. She holds it up to Dawn without a word. Esther, watching from the window seat, nods.
    Dawn reads it, frowns, and goes to ask the practice manager. She comes back looking embarrassed.
    "We can use the surgery's address. Sorry about that. Let's get you both on." # speaker: dawn # to: mrs_lee
    "I had it, love. But thanks for saying it was me." # speaker: mrs_lee # to: you
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: You backed me up and said it was my point. Then you stepped back. I'd have got there, but it went quicker.
    # perspective: dawn: I'd been told "no address, no registration" in my first week. Nobody ever checked it.
// ASK_CONSENT: you ask Mrs Lee before acting, quietly, not in front of the room (R10 does not apply)
* [Go over and quietly ask Mrs Lee if she wants you to say anything #move: ask_consent mrs_lee #contested]
    You step up beside her and ask, quietly, whether she'd like you to back her up.
    "No, you're all right. Watch this." # speaker: mrs_lee # to: you
    # wants: mrs_lee no
    She turns back to Dawn. "I'd like to speak to the practice manager, please. And here's the NHS page." # speaker: mrs_lee # to: dawn
    Dawn goes to fetch the practice manager, who reads the page on Mrs Lee's phone and nods.
    Ten minutes later she and the boy are registered, with the surgery's address on the form. On her way back past, Mrs Lee gives Esther a thumbs up.
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: You asked me. Most people don't. I didn't need you this time, and that was mine to say.
    # perspective: dawn: She knew the rules better than I did. I'm going to ask for the training.
// OVERRIDE: you share her ethnicity, which she told Esther, without her consent to share it (R6)
* [Tell Dawn that Mrs Lee is Romany and moves for work, so there must be a way round it #move: disclose mrs_lee info=ethnicity]
    ~ lee_outed = true
    "She's Romany. She travels for work. There must be a way round it for people like her." # speaker: you # to: dawn
    Two people in the queue look up. The room goes quiet, the way Mrs Lee said it would.
    "Right. I'll have to check how we do Travellers." # speaker: dawn # to: you
    Mrs Lee takes the boy's hand and sits back down, at the other end of the row. Later she is registered, after a longer form than anyone else gets.
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: I told Esther that as a friend. You said it to the whole room. I didn't ask you to.
    # perspective: dawn: I didn't know how to do it, so I played it safe. It wasn't safe for her, was it.
    -> lee_repair
// BYSTAND: harm is exclusion, and you stay out of it without leaving a pause for her (R3)
* [Stay out of it. She isn't your client, and Esther needs you #move: silent mrs_lee]
    You shrug and look at your phone.
    "Forget it." # speaker: mrs_lee # to: dawn
    Mrs Lee picks up the boy and walks out into the rain. The boy is still coughing.
    Dawn looks at you as if you have agreed with her. In a way, you have.
    Esther writes on her pad and holds it up to you: "I saw her lips. She was right, you know." # speaker: esther # to: you
    # moment: Mrs Lee at the desk
    # perspective: mrs_lee: The carer heard every word and looked at her phone. I'll try the walk-in centre.
    # perspective: esther: I couldn't hear it, but I could see it. So could you.
- -> wait

= lee_repair
# enter: mrs_lee
When the boy's name is called, Mrs Lee stops in front of you.
"You had no right to tell her that. I said it to Esther, not to the whole room." # speaker: mrs_lee # to: you
# discuss: You meant to help, and you have hurt someone. What does a good response sound like?
# note: A repair names what happened and does not defend it, then asks what would help. Talking about your own feelings, or explaining your good intentions, turns the moment back towards you.
# theory: calling_in_out
// REPAIR: you acknowledge the harm without defending, and ask what would help (R13)
* [Say she's right, you shouldn't have said it, and ask if there's anything you can do #move: repair mrs_lee]
    "You're right. It wasn't mine to say, and I'm sorry. Is there anything I can do now?" # speaker: you # to: mrs_lee
    "No. Just don't do it to the next one." # speaker: mrs_lee # to: you
    She nods, once, and goes in.
    # moment: "You had no right"
    # perspective: mrs_lee: You didn't argue. That's something. It doesn't undo it.
// REPAIR with self_focus: an apology about your own feelings centres you, and repairs nothing (R13)
* [Tell her you feel awful, and that you're really not like that #move: repair mrs_lee self_focus]
    "I feel terrible. I'm really not like that, honestly. I've got Traveller friends." # speaker: you # to: mrs_lee
    Mrs Lee looks at you for a long moment. "I'm not here to make you feel better." # speaker: mrs_lee # to: you
    # moment: "You had no right"
    # perspective: mrs_lee: I had to stand there and listen to how bad you felt. Then I had to take the boy in.
// SPEAK_OVER: pushing back on the very person you should stand alongside
* ["I was only trying to help you get registered." #move: interrupt mrs_lee]
    "I was only trying to help you get registered." # speaker: you # to: mrs_lee
    "I was getting registered. I had the page." # speaker: mrs_lee # to: you
    # moment: "You had no right"
    # perspective: mrs_lee: I told you what you did, and you told me why I was wrong to mind.
- -> wait

=== wait ===
# scene: wait
# enter: esther
# access: esther able_with_support
# harm: exclusion
# prop: esther notepad
Ten past eleven. A screen on the wall flashes names, and a voice calls them out over a speaker. Twice, the voice gets ahead of the screen, and people stand up before their names appear.
Esther has read every poster in the room. She has found a spelling mistake in the one about flu jabs.
Your phone buzzes. Lorraine: "Mr Kowalski at 11.30. Are you on your way?"
Esther sees your face as you read it. She writes on her pad.
"Go if you need to. But they call the names out loud. I won't hear mine." # speaker: esther # to: you
# discuss: Your next client is waiting, and Esther cannot hear her name being called. Is leaving always standing by? What would a fair plan look like?
# note: An honest "I can't stay, so here is our plan" is not bystanding. Staying because you have decided it for her is kind, and it is still doing for. Practitioners disagree about how far a worker should go beyond the rota; ringing the coordinator has a real cost, to the worker and to Lorraine.
# theory: enablers_inhibitors
// DECIDE_WITH: you tell Esther the truth about the rota and make the plan with her
* [Tell Esther straight about your next call, and work out a plan together #move: decide_with esther #contested]
    ~ esther_trust += 1
    You tell her the truth: Mr Kowalski needs his lunch, and you can stay only if Lorraine can cover.
    "Then ring her. If she can't cover it, go, and I'll ask Dawn to come and fetch me. I'll text you when I'm out." # speaker: esther # to: you
    You ring Lorraine. There is a long sigh. She will do Mr Kowalski herself, and she says this is the last time this month.
    "Tell Dawn to come and get me when it's my turn. Or tell me yourself. Face me." # speaker: esther # to: you
    You go to the desk and pass that on, in her words. Dawn writes "fetch in person" on a sticky note and puts it on her screen.
    # moment: When the wait runs long
    # perspective: esther: You told me about your next call instead of pretending. We made the plan together, so it was my plan too.
// DOING_FOR: you decide for her that you will stay; no mandate, no duty (R5)
* [Text Lorraine that you're staying, and tell Esther you'll listen out for her name #move: act_on_behalf esther #contested]
    ~ did_for_esther = true
    You text Lorraine that you can't leave. Lorraine rings straight back, and you take it in the corridor. She will have to do Mr Kowalski herself, and she is not pleased.
    "I'll listen out for your name," you tell Esther. # speaker: you # to: esther
    She looks at you for a moment, then back at the flu poster.
    "You might have asked me. I would have said yes. But you might have asked." # speaker: esther # to: you
    # moment: When the wait runs long
    # perspective: esther: You stayed, and I was glad. But you decided it, and told me afterwards, as if I were a parcel.
// BYSTAND: harm is exclusion (she cannot hear her name called) and you leave without acting on it (R3)
* [Tell Esther you're sorry, you have to go, and leave for your next call #move: silent esther]
    ~ left_early = true
    ~ esther_trust -= 1
    You tell her you're sorry, you have to go. She nods and waves you off.
    At Mr Kowalski's, you keep checking your phone. Nothing from Esther. At twenty past twelve you walk back to the surgery.
    Esther is still in the same chair. They called her name twice while you were gone, and she missed it both times. Nobody came over to find her.
    "I thought they had forgotten me. It turns out they had only shouted." # speaker: esther # to: you
    # moment: When the wait runs long
    # perspective: esther: You had to go. I know that. But you knew I would not hear my name, and you left without a plan.
- -> consulting

=== consulting ===
# scene: consulting
# enter: esther
# enter: dawn
# access: esther able_with_support
{
- left_early:
    "We called her three times. I didn't think." # speaker: dawn # to: you
}
Dr Shah comes out to the waiting room herself. She walks over to Esther and stands where Esther can see her face. # enter: shah
"Mrs Mensah? I'm Dr Shah. I'm sorry about the mix-up this morning. Please come through." # speaker: shah # to: esther
Dr Shah glances at the desk, then back at Esther. "Dawn told me what happened with the phone. That's on us." # speaker: shah # to: esther
Esther stands. She tears a page from her pad and gives it to you.
"Tell Dawn this for me. Text me, never ring. Letters are fine. Face me when you speak. My words, not yours." # speaker: esther # to: you
# mandate: esther asked
# consent: esther needs to=dawn,shah
# wants: esther yes
Esther and Dr Shah go through to the consulting room. # exit: esther # exit: shah
The queue has gone. Dawn takes her headset off for the first time all morning and comes round from behind the desk. She has to leave at one to get her mum's lunch, she says, so she wants this sorted now.
"Did she want something passing on? I don't want this happening to her again." # speaker: dawn # to: you
# discuss: At the desk, Esther was beside you. Now she is in with the doctor and has asked you to pass something on. What is different about speaking for her now?
# note: This is the same kind of move as at the desk, passing on Esther's words, but the context has changed: she is not here, and she asked you. That is advocacy. Adding your own idea of what a deaf patient needs, such as a sign language interpreter, is speaking for her, and here it is wrong: Esther lipreads and does not use BSL. In England, the Accessible Information Standard requires services to record and meet communication needs, and the Reasonable Adjustment Digital Flag lets the record travel with her.
# theory: accessible_information
// ADVOCATE: Esther is absent and asked you to pass on her words (R1)
* [Read Dawn the note, in Esther's words, and say it's from her #move: relay esther]
    ~ esther_trust += 1
    "She asked me to tell you this, in her words: text me, never ring. Letters are fine. Face me when you speak." # speaker: you # to: dawn
    Dawn writes it down word for word, and reads it back to check.
    "I'll put that on her record. Dr Shah can add the national flag as well." # speaker: dawn # to: you
    ~ flag_done = true
    # moment: Passing on Esther's message
    # perspective: dawn: It was clear, and it was hers. I could just do what it said.
// REMOVE_BARRIER: an adjustment to her record that Esther asked for (R11, mandate asked)
* [Ask Dawn to put Esther's needs on her record as a flag, using her note #move: adjust esther]
    ~ esther_trust += 1
    "Can her contact needs go on her record? It's all on her note. Text, letters, face her." # speaker: you # to: dawn
    "I can record it under the Accessible Information Standard. And there's a flag that goes on her national record, so the hospital sees it too. I'll ask Dr Shah to add it." # speaker: dawn # to: you
    ~ flag_done = true
    # moment: Passing on Esther's message
    # perspective: dawn: I hadn't used that flag before. It took me two minutes.
// SPEAK_FOR: you pass on your own idea of what she needs, not what she said (R1, source own)
* [Tell Dawn what you think a deaf patient like Esther needs #move: relay esther source=own]
    ~ spoke_for_esther = true
    ~ told_wrong = true
    "She needs a sign language interpreter for appointments, and maybe a hearing loop." # speaker: you # to: dawn
    Dawn notes it down and adds it to Esther's record: BSL interpreter needed.
    The note from Esther stays in your pocket. It said nothing about sign language.
    # moment: Passing on Esther's message
    # perspective: dawn: I wrote down what the carer said. Later Dr Shah said Esther doesn't sign. So now the record was wrong in a new way.
- -> after

=== after ===
# scene: after
# enter: esther
# access: esther able_with_support
// Esther's request covered one message, and it has been dealt with. What comes next is a new question for her, so her mandate goes back to none.
# mandate: esther none
Twenty to one. Esther comes out with a new prescription. Dr Shah thinks her blood pressure tablets are making her dizzy, and wants to see her again in two weeks.
"She looked at me the whole time. She wrote the hard words down. Twelve minutes, and I understood every one of them." # speaker: esther # to: you
// What Esther says about her record depends on what was passed on while she was in with the doctor.
{
- flag_done:
    "Dr Shah has put a flag on my record. Text only, letters fine, face me. She says the hospital will see it too." # speaker: esther # to: you
    # perspective: esther: Dr Shah showed me what was on my record now. It said what my note said, near enough word for word. So it was passed on properly.
- told_wrong:
    "Dr Shah asked me if I would like a sign language interpreter next time. I have never signed in my life. Somebody told them I did." # speaker: esther # to: you
    "She put it right. She asked me how I like to be contacted and wrote it down herself." # speaker: esther # to: you
    # perspective: esther: I gave you my words on a piece of paper. Somebody passed on something else.
- else:
    "Dr Shah asked me how I like to be contacted. She wrote it down herself." # speaker: esther # to: you
}
{spoke_for_esther: She looks at you a little longer than usual before she speaks.}
"Something went wrong this morning. It will go wrong for the next deaf person too, unless somebody says so." # speaker: esther # to: you
# discuss: Something went wrong for Esther, and for the surgery. What should happen next, and whose is it to decide?
# note: A complaint in your own name about what you saw is legitimate, but it will name Esther, so ask her first. Helping her write her own complaint keeps it in her voice. Sorting it out for her, however kind, is doing for. A repair names your own part without defending it and asks what would help.
# theory: situated_knowledge
// REPAIR: you own your part without defending it, and ask what would help (R13)
* [Say sorry for your part in this morning, and ask what would help now #move: repair esther]
    {
    - spoke_for_esther or did_for_esther or esther_trust < 0:
        "I'm sorry. This morning I did things for you, and talked for you, without asking. What would help now?" # speaker: you # to: esther
        "Thank you for saying it. What would help is you not doing it next week." # speaker: esther # to: you
    - else:
        "I'm sorry this morning went the way it did. What would help now?" # speaker: you # to: esther
        "You have nothing to apologise for. But I like being asked." # speaker: esther # to: you
    }
    "I'll write to the practice manager myself. You can post it. And you can tell me if I've spelled anything wrong, which I won't have." # speaker: esther # to: you
    # moment: Afterwards
    # perspective: esther: You didn't make a speech about yourself. You said it and asked me. That is the right order.
// ASK_CONSENT: you ask before writing a complaint that names her, privately (R10 does not apply)
* [Ask Esther if she minds you complaining, in your own name, about what you saw #move: ask_consent esther info=complaint]
    "I'd like to complain about this morning, in my own name, about what I saw. It would mention you. Is that all right?" # speaker: you # to: esther
    "Yes. Write yours, and I will write mine. Two letters are harder to lose than one." # speaker: esther # to: you
    She thinks for a moment. "Put in yours that the flag should have been there years ago. Put in mine that I said so." # speaker: esther # to: you
    # consent: esther complaint to=dawn,shah
    # moment: Afterwards
    # perspective: esther: You asked me before you used my name. So we both wrote, and they had to read both.
// INVITE: she decides whether to complain, and it is her account
* [Ask Esther if she wants to complain, and offer to help her write it her way #move: invite esther]
    ~ esther_voice += 1
    "Do you want to complain? If you do, I can help you write it, your way." # speaker: you # to: esther
    "I was writing it in my head in the waiting room. I'll need a stamp, not a secretary." # speaker: esther # to: you
    Then she grins. "But you can read it before I send it, and tell me if I've been too polite." # speaker: esther # to: you
    # moment: Afterwards
    # perspective: esther: You offered, and you let me turn the offer down. That is the right kind of help.
// DOING_FOR: no mandate for this and no duty, so acting on her behalf is doing for (R5)
* [Tell Esther not to worry: you'll write to the practice manager for her tonight #move: act_on_behalf esther]
    ~ did_for_esther = true
    "Don't you worry about it. I'll write to the practice manager for you tonight." # speaker: you # to: esther
    "I have written complaint letters since before you were born. But thank you." # speaker: esther # to: you
    She puts the pad back in her bag. The conversation is over, and she has ended it.
    # moment: Afterwards
    # perspective: esther: You wanted to take it off my hands. It was never on your hands. It was my appointment.
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

=== ending_with ===
You walk Esther home. At the door she hands you the notepad.
"Next week, tea. You can drink it this time." # speaker: esther # to: you
Today you mostly did things with Esther, not for her. She did the talking, and the plan was hers as much as yours. It cost you something: Lorraine's sigh, a late lunch, a call you had to explain. That cost is part of what it takes.
The real fix was never you standing at the desk. It is a record that says how Esther needs to be contacted, and a surgery that reads it.
-> END

=== ending_for ===
You walk Esther home. She is polite, and quiet.
"Thank you for coming. Next time, ask me first." # speaker: esther # to: you
Today a lot was done for Esther, and some of it over her head. Most of it was kind. Very little of it was asked for. She got her appointment because she refused to leave, not because anyone handed her the floor.
Next week she will have a new question for you, and a choice about whether to ask you at all.
-> END

=== ending_between ===
You walk Esther home. She talks about the new tablets and the doctor who faced her.
"You are getting the hang of me." # speaker: esther # to: you
Some of today was done with Esther, and some of it for her. The difference mattered to her, even when the result was the same.
The real fix is not a better carer at the desk. It is a record that says how Esther needs to be contacted, and a surgery that reads it.
-> END
