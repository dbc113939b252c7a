# title: Say, See, Expect
# summary: A care worker is racially abused by a client's son. As the registered manager you decide what happens next, and what your agency expects of everyone from now on.
# minutes: 15
# role: Registered manager of a home-care agency
# outcome: Respond to abuse of a staff member so that her choices stay with her, not with the person who abused her, even when a trusted colleague's quick fix is on the table.
# outcome: Set the expectation in the room without making one person carry the story, and follow up in private.
# outcome: Build fair processes that remove more than one kind of barrier, and write policy with staff, not for them.
# outcome: Own a mistake without explaining it away.
# content_note: A care worker is racially abused by a client's son. The abuse is reported, not repeated.
# content_note: Immigration status, a disabled child, money worries and dyslexia come up.
# review: Written by the product team. In December 2026 it was revised many times with AI reviewers (one briefed as a UK health and social care educator, one to find stereotypes) and AI cold readers (single readers, panels, simulated rooms, and readers shown only its options), and most facts were checked against primary sources (its notes say which were not). Not yet reviewed by people with lived experience of racist abuse at work, of working on a sponsored visa, or of dyslexia, and nobody with that experience has yet been paid to review it; review planned.
# author: The Allyship Theatre team
# cast: tendai = Tendai Moyo; pronouns: she/her; age: 29; race: Black (minoritised); culture: grew up in Harare, Zimbabwe; immigration: Health and Care Worker visa sponsored by the agency (invisible, insecure); caring: mother of an autistic eight-year-old son (unvoiced); employment: care worker with one of the agency's best practice records
# cast: sheila = Sheila Rowe; pronouns: she/her; age: 61; race: white British; class: working-class; ability: dyslexic (invisible); employment: care worker for twenty years, the one new starters listen to
# cast: farah = Farah Malik; pronouns: she/her; employment: deputy manager who runs the rota; ethnicity: British Pakistani (minoritised); age: 44; class: started as a care worker in 2004, the first in her family to manage anyone (invisible)
# cast: hughes = Mr Dennis Hughes; pronouns: he/him; age: 88; race: white British; ability: frail after a stroke; relationship: widower; geography: has lived on the same street for sixty years (unvoiced)
# cast: gareth = Gareth Hughes; pronouns: he/him; race: white British; relationship: Mr Hughes's son, and his attorney for money and property, not for health and care (invisible); geography: lives forty minutes away and comes over on Monday teatimes (unvoiced); employment: sales manager at a car dealership; age: 54
# cast: precious = Precious Okafor; pronouns: she/her; age: 22; race: Black British, Nigerian heritage (minoritised); employment: care worker, three weeks into her first care job; caring: nursed her grandmother through her last year, and still writes everything down (unvoiced)

VAR last_act = ""
VAR last_self_focus = false

// S5, from seed 004 (strategic allyship: Say, See, Expect, Do, Feel, Decide). The learner is the registered
// manager: rank is above in every staff scene, so silence while harm is on scores as standing by (R3), even when
// the person harmed has asked not to be made the focus. Farah, the deputy, is the minoritised colleague with power
// whose well-meant fix (moving Tendai to suit Gareth) is the act that needs challenging.

// How far Tendai trusts the manager. Up when her choices stay hers; down when she's decided for or exposed.
VAR tendai_trust = 0
// How far Sheila moves from "that's just how he is" towards standing with Tendai.
VAR sheila_ally = 0
// Monday: Farah's swap went ahead (Gareth got what he asked for).
VAR reassigned = false
// Monday: the manager stopped the swap.
VAR swap_stopped = false
VAR terms_set = false
// Monday: the abuse went on the incident log and the Hughes house got a risk flag (two carers while Gareth's in,
// whoever is on the rota), not only a double-up for Tendai.
VAR risk_logged = false
// Monday: the manager told Gareth to keep out of Tendai's way, in his father's name, without asking Mr Hughes.
VAR care_threatened = false
// Thursday: the manager showed Tendai the group chat in private and agreed with her what to say about it.
VAR chat_settled = false
// Tuesday: Tendai put back on Mr Hughes's visits because he asked, without asking her.
VAR moved_back = false
// Something the manager did harmed Tendai; what it was, in her words, for the six-month supervision.
VAR tendai_harm = ""
// The one harm about her visa, not Gareth: the repairs at six months answer it in its own terms.
CONST ACTING_UP_HARM = "You asked me to act up as a senior on a care worker's visa, and I had to say no to my sponsor."
// The survey harm: asking what would put it right answers it in its own terms (fifteenth round, stereotype read).
CONST SURVEY_HARM = "After everything, you sent me a survey and wrote it yourself."
// The paid-drafting harm: the survey's repairs (paid meetings, staff write it together) answer it too (r18 curtain read).
CONST HOMEWORK_HARM = "You made what happened to me into my homework."
VAR sheila_exposed = false
VAR policy_with_staff = false
// The new starter left after a briefing where the remark went unanswered in the room.
VAR precious_left = false
// The senior post: Tendai asked you whether it would change her visa (so the visa steps are her question).
VAR visa_asked = false

-> office

=== office ===
# scene: office
# rank: above
# theory: say_see_expect
Ten to five on a Monday at Brookside Home Care: forty care workers, three hundred visits a week, one office above a chemist's. You're the registered manager.
An hour ago Gareth Hughes rang. He wants a different carer for his father, "one of our own". You know what he means. He pays his father's invoices, he reminded you.
# enter: farah
Farah Malik, your deputy, has the rota open on her screen.
She knows every client's front door and every carer's school run, and she's usually right about both.
"I've already moved Tendai to the Parkers from tomorrow. Jan can do Mr Hughes. I've done it before, for girls with clients like him. It keeps them out of it." # speaker: farah # to: you
With three off sick and you covering a round yourself, a second carer at any Monday teatime visit makes another client's call late, until the new starters finish shadowing in a fortnight.
# enter: tendai
# enter: sheila
Tendai and Sheila come in from the teatime visit at Mr Hughes's. Tendai keeps her coat on.
Sheila puts an incident form in front of Tendai. Tendai turns it face down and pushes it back.
"I fill that in, he puts one in about me." # speaker: tendai # to: sheila
"He started on her in the hallway. Where she's from, how she talks, whether she should even be here. Loud, so his dad could hear." # speaker: sheila # to: you
# harm: on
# duty: on
"That's just how he is, though. He's been like it for years. You learn not to hear it." # speaker: sheila # to: tendai
"I heard every word." # speaker: tendai # to: sheila
Farah turns the screen to Tendai. "You won't have to see him." # speaker: farah # to: tendai
"Jan asked to come off him last spring." # speaker: sheila # to: farah
Farah frowns. "I moved her. I never wrote down why." # speaker: farah # to: sheila
Tendai turns to you.
"I'm not giving up Mr Hughes. He's done nothing wrong. But I'm not in that house on my own while Gareth's there. And I want Gareth told it isn't allowed. By you, not by me." # speaker: tendai # to: you
// What Tendai wants is said, clearly, to the learner: carrying it out is advocacy (R5). Her turning the incident form
// face down (an act, early in the scene, not a request spoken just before the choice: sixth cold read) covers what
// singles her out, not the manager's duty to record the abuse and assess the risk for whoever goes next (R3): keeping it
// all off paper is silence on the cause while harm is on. Logging it, in her sight, is a disclosure the duty makes
// (R6: SAFEGUARD, informing her), not the team being told.
# mandate: tendai asked
You know things her colleagues don't. The agency sponsors the Health and Care Worker visa Tendai came on in 2023, and her son, eight, came with her on it. She takes every extra call Farah offers, and her phone lives in the glovebox between visits.
# reveal: tendai immigration
# reveal: tendai caring
Mr Hughes asked for her by name last month: she's the only one who lets him do his own buttons.
The late calls start at six.
# discuss: Farah's fix is already on the rota, and it's kindly meant. Tendai has said what she wants, and what she doesn't. Which parts are hers to decide, and which are yours whatever she says?
// Session 18 (both option-only readers of round 17 chose the log by its "yourself" and ruled the rest out by their
// words): the swap is worded as what Tendai gets back, with someone beside her, and asks her; the delay asks her to
// think it over and ring with what she wants, which she has just said; the relay says what his dad wants (a guess),
// not "in his dad's name"; the log names its cost, the form she turned over. No move or verdict changed.
# note: Date-stamped 2026-12-07. Employers must ensure, so far as is reasonably practicable, the health, safety and welfare at work of their staff, and that covers abuse from clients and their families (Health and Safety at Work etc. Act 1974, s2; wording checked against HSE's summary of the Act, 2026-12-06), so a duty applies. Moving Tendai because Gareth objects to her race grants a discriminatory request and could itself be race discrimination by the employer (Equality Act 2010, ss13 and 39; s13(1) and s39(2) read on legislation.gov.uk, 2026-12-07). The Employment Rights Act 2025 (Royal Assent 18 December 2025, legislation.gov.uk) amends the Equality Act 2010, s40, to make employers liable for harassment of staff by third parties, such as clients' families, unless they took all reasonable steps to prevent it (s21 read at source, www.legislation.gov.uk/ukpga/2025/36/section/21, 2026-12-07: it adds s40(1A) to (1C), under which an employer must not permit a third party, meaning anyone but the employer and its own staff, to harass an employee in the course of her work, and permits it where it failed to take all reasonable steps to prevent it). The government's implementation roadmap planned that for 1 October 2026 (as law firms reported it: Birketts on the roadmap; Forsters, June 2026; Kingfisher, May 2026); we could not find the regulations bringing it into force (searched again 2026-12-07: the newest copy of s21 we could reach on legislation.gov.uk is dated April 2026, and no commencement regulations after SI 2026/323 were found), so check before you teach it as in force. The duty under the 1974 Act applies either way. A double-up this fortnight makes another client's call late (Farah's rota, shown before Tendai comes in), and her daughter leaves work to sit with her; her family is told the call moves, not why, because the why is another client's house and a carer's incident: keeping the swap for the fortnight spares that client and still grants Gareth's request and costs Tendai hours; practitioners who pick it are weighing a real need, and the debrief shows what it gave Gareth. Ending a home-care service over a relative's conduct is not the agency's call alone: it needs the commissioner (the council, or the person if they pay, as Mr Hughes does: his son only pays the invoices), a safeguarding view, and a plan so the client is not left without care (practice the educator read asked for; not checked here against a primary source). Telling Gareth that, because his father asked for Tendai, he must keep out of her way, like threatening a review or an end to the care, is not safeguarding Mr Hughes: he has capacity, no duty here is owed to him, and it speaks for him about who comes into his home, and when he sees his son, without asking him (the third and seventh educator reads). An agency can't bar a son from his father's house; it can set terms for its own staff, and agencies do, agreed with the client. Fewer hours could also take a sponsored worker's pay below what her certificate of sponsorship states. Tendai has said what she wants, to you, clearly: carrying it out that night, in your own voice, is advocacy. Her turning the incident form face down covers what singles her out, not the employer's duty to act on the cause (her reason, said as she turns it over, is that Gareth will complain about her: a real risk to a sponsored worker, which a record about the house, with her name once, made that day, answers better than silence: it predates any complaint he makes, and his complaints come to the manager; session 10, after room 13 logged it five to one): Sheila says Gareth has been like this for years, Farah has moved carers off clients like him before, and when Jan asked to come off him last spring Farah moved her and never wrote down why (shown before the choice, f15: the next-carer case at the moment of choice), so Jan, whom Farah's swap sends back, walks in blind. Recording the incident and assessing the risk of the visit for whoever goes is the employer's part (Management of Health and Safety at Work Regulations 1999, reg 3; HSE's guidance on violence at work tells employers to record the incidents their workers experience, and counts verbal abuse and threats as work-related violence (checked 2026-12-06)). A record about Gareth and the house, with her name on it once, keeps as much of her wish as the duty allows; keeping it all off paper keeps her wish and leaves the next carer unprotected. Putting the late calls first is real (you are covering a round, shown before she comes in), and settling it with the deputy after them is how many offices work; but Tendai has already said what she wants, and a decision that waits past her bedtime leaves her on the doorstep alone at eight (ninth mend: that option now carries its reason). The swap is worded as what Tendai gets back, and the log's label says she turned the form over: let the room argue from the scene, not the wording. The new starters include Precious, whom the room meets later: ask who a double-up sends into that hallway.
# theory: five_ds
* [Put Tendai back on Mr Hughes in a fortnight, with a new starter beside her, and ask her if that's all right. #move: collude #move: invite tendai #reflect: The swap kept Tendai out of Gareth's way, and no other client's call went late. What could you still have said to Gareth while it stood, and what would you do about the three hours she asked about?]
    ~ reassigned = true
    ~ tendai_trust -= 2
    ~ tendai_harm = "You moved me off Mr Hughes because Gareth asked."
    "You're back on Mr Hughes in a fortnight, with a new starter beside you. Till then, Farah's swap stands. Is that all right?" # speaker: you # to: tendai
    "A fortnight if they both pass their shadowing. I'll not promise more." # speaker: farah # to: you
    "That's six hours a week. The Parkers is three. Where are the other three?" # speaker: tendai
    "I'll find you something. Give me a week or two." # speaker: farah # to: tendai
    "A week or two." Tendai does the sum on her fingers, and does up her coat.
    # moment: The first response
    # perspective: tendai: I said what I wanted, and Gareth got his wish by teatime. I lose a client I care about for a fortnight, maybe more, and hours I need.
    # perspective: farah: It's what I'd have wanted, at her age. I'm not sure it's what she wanted.
* [Take the swap off, ring Gareth, send two carers while he's in, and log it on the house's record, though Tendai turned the form over. #move: challenge #move: act_on_behalf tendai #move: disclose tendai info=abuse informs #reflect: You logged it, after Tendai had pushed the form away. What did it cost her to see it on your screen, and who else does the record protect?]
    ~ swap_stopped = true
    ~ terms_set = true
    ~ risk_logged = true
    ~ tendai_trust += 1
    "Take the swap off, Farah. Tendai keeps Mr Hughes. Whenever Gareth's in, there are two carers at that house, whoever's on the rota." # speaker: you # to: farah
    "A double-up, in January, with three off sick. From where?" Farah's jaw sets. # speaker: farah # to: you
    Mrs Ali won't take her tablets till she's had her tea, and her teatime call goes to half six for two Mondays; her daughter leaves work early to sit with her.
    "I'll go in with you, if you want me." She says it to the floor. # speaker: sheila # to: tendai
    ~ sheila_ally += 1
    "Mondays, then. Not because I can't. Because he's there." # speaker: tendai # to: sheila
    You open the incident log. Tendai sees the form on your screen before you've typed a word.
    "I turned that over for a reason." # speaker: tendai # to: you
    "Your name goes on it once, as the carer he said it to. Whoever covers a Monday there gets told why there are two." # speaker: you # to: tendai
    "It's the house's record, not your file, dated before anything he sends. His complaints come to me. Read it first, add your own words." # speaker: you # to: tendai
    Tendai reads it over your shoulder, changes "verbal altercation" to what he said, and looks at the screen for a long moment.
    "Once." She goes. # speaker: tendai # to: you
    You ring Gareth at nine. It's forty minutes of him telling you his rights as a family before he hears a word you say: what he said to Tendai won't be put up with.
    # moment: The first response
    # perspective: tendai: I pushed the form back, and it went on the system anyway: his name at the top, mine once. I didn't like watching you type it.
    # perspective: farah: Double-ups for whoever goes, in January, and stopped in front of staff. I've moved girls off that house before, and never once wrote down why.
* [Take the swap off, ring Gareth yourself tonight, double her up when he's in, and leave the form for Tendai to decide. #move: challenge #move: act_on_behalf tendai #move: silent tendai #reflect: You did everything Tendai asked that night, and left the form to her. Sheila said Jan had asked to come off last spring. Who goes into that house next, and what will they know?]
    ~ swap_stopped = true
    ~ terms_set = true
    ~ tendai_trust += 2
    "Take the swap off, Farah. Tendai keeps Mr Hughes, and she's not on her own there while Gareth's in. I'll ring him myself." # speaker: you # to: farah
    "The form's yours, Tendai, if you ever want it." # speaker: you # to: tendai
    "A double-up, in January, with three off sick. From where?" Farah's jaw sets. # speaker: farah # to: you
    Mrs Ali won't take her tablets till she's had her tea, and her teatime call goes to half six for two Mondays; her daughter leaves work early to sit with her.
    "I'll go in with you, if you want me." She says it to the floor. # speaker: sheila # to: tendai
    ~ sheila_ally += 1
    "Mondays, then. Not because I can't. Because he's there." # speaker: tendai # to: sheila
    At the door Sheila stops. "I never heard what he said to Jan." # speaker: sheila # to: you
    You ring Gareth at nine. It's forty minutes of him telling you his rights as a family before he hears a word you say: what he said to Tendai won't be put up with.
    # moment: The first response
    # perspective: tendai: Gareth was told by nine, and there's no form with my name on it. I still have to walk past him in that hallway on Monday.
    # perspective: farah: Nothing on the system, so whoever covers a Monday there next knows only what I remember to tell them. I've moved girls off that house before, and never wrote down why either.
* [Take the swap off, and ring Gareth tonight: his dad wants Tendai, and wants him out of her way. #move: challenge #move: relay hughes source=inferred #reflect: You rang Gareth the same night, in his father's name, and Tendai still went in alone at eight. What would have had to change on the rota, and who would you have asked first?]
    ~ swap_stopped = true
    ~ care_threatened = true
    ~ tendai_trust += 1
    "Take the swap off, Farah. I'm ringing Gareth: his dad wants Tendai, and he wants Gareth out of her way." # speaker: you # to: farah
    Farah looks up. "Monday teatime's when Gareth comes. Has anyone asked Mr Hughes?" # speaker: farah # to: you
    "And if he's there anyway? Who's with me then?" # speaker: tendai # to: you
    Farah looks at the rota. Tomorrow's eight o'clock still has one name on it. You ring Gareth at nine. He says he'll stay in the kitchen, for his dad's sake, not yours, and hangs up.
    # moment: The first response
    # perspective: tendai: Gareth got told. I still went in on my own, and his dad heard it was me keeping his son out.
    # perspective: farah: Firm, and I'd not argue with firm. I'm the one Gareth will ring on Monday, asking who decided.
* [Go out on the late calls at six, and ask Tendai to think it over tonight and ring you with what she wants. #move: silent tendai #reflect: You put the late calls first and asked Tendai to ring you. What had she already told you, and what did she face on her own at eight the next morning?]
    ~ tendai_trust -= 2
    ~ tendai_harm = "I told you what I wanted and went home with nothing."
    "I'm on the late calls at six. Have a think tonight, when you're home, and ring me with what you want." # speaker: you # to: tendai
    "I've just told you. I've got a visit there at eight." Tendai does up her coat. # speaker: tendai # to: you
    She rings at half eight, while you're in a client's bathroom. Farah wants her swap and you don't, and by the time you ring back it's ten, and Tendai's phone goes to voicemail. You leave a message: go in at eight, and ring the office if Gareth's there.
    # moment: The first response
    # perspective: tendai: I told my manager what I wanted, was told to think it over, and got a voicemail at ten at night. At eight I'm on his doorstep again, on my own.
    # perspective: farah: Nobody's calls went late tonight, I'll give you that. We argued till ten, and in the morning Tendai went in alone.
-
{
- reassigned:
    That evening Farah texts Gareth the new carer's name. He has his wish before Tendai has got home.
- risk_logged:
    That evening the flag goes on the Hughes house: two carers while Gareth's in.
- terms_set:
    That evening what was said, and what's been agreed, stays off the system.
- care_threatened:
    That evening you write down what you said to Gareth, word for word.
- else:
    That evening Farah's swap comes off.
}
* [Tuesday: Mr Hughes's review]
- -> hughes_house

=== hughes_house ===
# scene: hughes_house
# rank: peer
# enter: hughes
# enter: gareth
Tuesday afternoon: Mr Hughes's six-monthly review. You go yourself.
Mr Hughes sits by the window in shirt and tie, walking frame beside him. He's lived on this street sixty years, and laid half its pavements for the council.
# reveal: hughes geography
{swap_stopped || reassigned:Gareth drove forty minutes on his lunch hour.|Gareth lives forty minutes away. He stayed over last night.}
# reveal: gareth geography
He puts a plastic wallet on the table, headed "Lasting power of attorney: Financial decisions".
# reveal: gareth relationship
{
- reassigned:
    // Twelfth round (educator read, MUST): her Monday wish came with conditions (not on her own while Gareth's there;
    // Gareth told, by you). The swap went ahead against it and nobody has asked her since, so going back, and on what
    // terms, is hers to say again: putting her back because Mr Hughes asks decides for her (R5: DOING_FOR).
    # mandate: tendai none
    "Where's Tendai? Jan did my buttons for me." # speaker: hughes # to: you
    "I asked them to send someone else, Dad." # speaker: gareth # to: hughes
    "You asked. I didn't. It's my house. I want Tendai back." # speaker: hughes # to: gareth
- terms_set:
    "You rang me about Monday. I said what I said. It's my dad's house." # speaker: gareth # to: you
    "He's sorry. Aren't you." It isn't a question. # speaker: hughes # to: gareth
- care_threatened:
    "You rang me. You said Dad wants me out of her way when she's here." # speaker: gareth # to: you
    "I never said that." Mr Hughes looks from Gareth to you. "Nobody's asked me." # speaker: hughes # to: you
- else:
    Tendai went in alone at eight. Gareth stayed in the kitchen with the door shut.
    "Have you found us a different carer, then?" # speaker: gareth # to: you
    "Tendai's my carer." # speaker: hughes # to: gareth
}
// Ninth mend: Mr Hughes's own wish competes with saying it to Gareth in this room (the panel found the LPA heading
// alone settled the decision): he wants no row in his front room and his son still coming on Mondays.
While Gareth fills the kettle, Mr Hughes leans over. "He's all I've got since his mum died. No rows in my front room. And I want him still coming." # speaker: hughes # to: you
// Room 13 (educator, FIX THE SCENE): all six seats took the ask as "Gareth still told, his way". He now says, before
// the choice, that the telling is his: the ask visibly leaves it to him, against Tendai's "By you, not by me", and
// the best's cost (his wish about his room) is paid knowingly.
// Room 15 (session 10): all six seats took the ask ("his home, his son; not behind his back"); nobody weighed that
// Gareth hasn't listened to his dad. He says so himself, before the choice, so the ask is weighed against Tendai's need.
"If anyone's telling our Gareth anything, it'll be me, in my own time. Not behind my back. Not that he listens." # speaker: hughes # to: you
// Gareth's request is still live in this room, and so is what he said: harm is on.
# harm: on
# discuss: Mr Hughes still decides who comes through his door, Gareth thinks he's within his rights, and Tendai isn't here. What has to be said, where, and by whom?
# note: Date-stamped 2026-12-06. Mr Hughes has capacity, so no power of attorney gives Gareth a say over his care: even a health and welfare one reaches only decisions the person lacks capacity to make (Mental Capacity Act 2005, s11(7)(a)), and Gareth's, on the wallet, is for financial decisions, the property and financial affairs kind (s9; the Act read on legislation.gov.uk 2026-12-06; the heading is that of the Office of the Public Guardian's form LP1F). Being his son and his attorney gives Gareth a voice, not a say over who delivers his father's care, and it doesn't make racist abuse acceptable. Protecting staff is the employer's duty (Health and Safety at Work etc. Act 1974, s2): leaving an 88-year-old to keep his son in line leaves that duty undone, however much he wants Tendai back (the educator read, December 2026). Setting terms in the care agreement (what behaviour ends the service) is the "Expect" step with families. Telling Gareth yourself, at his car after the review, is what many home-care managers would do (a practice view, not checked at source): it says the line in the employer's own voice, as Tendai asked ("By you, not by me"), and keeps the row out of the front room, as Mr Hughes asked; its cost is the man whose home it is: he had just said the telling would be his, "in my own time. Not behind my back", and it is done out of his hearing, so his son's version reaches him first (Care Act 2014, s1(2)(d): wellbeing includes control over day-to-day life; and (g), family relationships: "He's all I've got", which all three options weigh). Session 10, after room 15 (six to none on agreeing with him how Gareth is told: his home, his son, not behind his back): he adds "Not that he listens", so leaving it to him is weighed against whether Gareth hears it at all before the next Monday teatime visit; no move or score changed. Session 10, after room 13: it replaces the letter to Gareth, which no seat chose; scored by its moves (DECIDE_WITH, CHALLENGE; the front room's challenge is marked public, said in his dad's front room, and this one is not), it is level with saying it in the room, and both are contested. Letting Mr Hughes put the terms to his son keeps his control and leaves the employer's part to him; agreeing with him how Gareth is told, a minute after he has asked for no rows in his front room, asks a question he has already answered, and he takes the telling on himself (twelfth round: the ask now has the best's shape, so an option-only reader can't tell them apart by whether Gareth is told). Practitioners split on leaving it to him (the fifth educator read, December 2026); saying it in the room and writing the terms with him does both, and costs Mr Hughes what he asked for just before (no row in his front room): he has capacity and his wish counts, but the line about abuse of staff is the employer's to say, and a row in front of him is its price (ninth mend: the panel found the power of attorney's heading alone settled this decision). Mr Hughes has capacity and his own say over his care; putting Tendai back on the visits because he asks, without asking Tendai, decides for her a second time, and says nothing to Gareth, who is in the room (twelfth round: it scored as carrying out her Monday wish, which it meets only in part; her conditions, not alone while Gareth's there and Gareth told by you, go unmet). Fourteenth round: the best's label says where the line is said, there in his dad's front room, which is its cost (fifteenth round: not "in front of his dad", which reads as telling off a child), and the ask agrees with him how Gareth is told rather than asking leave (three option-only readers picked the best as the ask's sentence without the ask); the verdicts stand. Fifteenth round: Mr Hughes signs the care agreement himself in all three, not Gareth (an attorney for money and property has no say over the care of a man with capacity); in the ask you hand the saying to him in words ("Then it's yours to say"), so the silence scored is an act on the page; and where you rang Gareth on Monday he says so. A room will ask why you don't tell Mr Hughes first that you'll speak to Gareth outside. That keeps "not behind my back" and breaks only "it'll be me". It's left out so the room has to weigh which of his wishes gives way; discuss it.
# theory: say_see_expect
* [Write the terms into the care agreement with Mr Hughes, and tell Gareth at his car, after, that it isn't accepted. #move: decide_with hughes #move: challenge #contested #reflect: You kept the row out of his front room and told Gareth yourself, at his car. Who had said the telling would be his, and who heard whose version first?]
    ~ terms_set = true
    ~ tendai_trust += 1
    You write the terms in with Mr Hughes, and he signs them himself.
    At his car you tell Gareth: what he said to Tendai on Monday was racist abuse, and it isn't accepted.
    "Out here, so Dad can't hear. Very thoughtful." He gets in and shuts the door. # speaker: gareth # to: you
    Mr Hughes has watched from the window. Back inside, he says, "I said I'd tell him. Not in the street." # speaker: hughes # to: you
    # moment: The review at the house
    # perspective: hughes: {reassigned:I asked for Tendai back, and nobody's answered.|No row in my front room, I'll give you that. But} I'd said the telling was mine, and you went round me.
    # perspective: gareth: {swap_stopped && not care_threatened:You rang me Monday, now the street.|Told off in the street.} Dad'll hear it from me first.
// Session 10 (rooms 15, 16 and 17: eighteen seats of eighteen chose this, most saying "Gareth still gets told, from me,
// his way"): the label said less than the act it is scored for. It now says who tells is left to him, as the outcome
// does ("I'll tell him"); he has said "it'll be me", so the learner chooses it knowing whose voice Gareth hears.
* [Write the terms into the care agreement with Mr Hughes, and let him choose who tells Gareth it isn't accepted. #move: decide_with hughes #move: silent #contested #reflect: Mr Hughes told his son, with you in the room. Whose job had Tendai said that was, and what did Gareth hear from you there?]
    ~ terms_set = true
    "Mr Hughes, it's your home and your care. Shall we write down what happens if anyone's abused in it? And how should Gareth be told it isn't accepted?" # speaker: you # to: hughes
    "I'll tell him." # speaker: hughes # to: you
    "Then it's yours to say, Mr Hughes. I'll put it in the terms." # speaker: you # to: hughes
    "You'll behave, Gareth, or you'll stay at yours." # speaker: hughes # to: gareth
    Mr Hughes signs. Gareth reads the line his dad points at, and mutters he's always behaved.
    At the door he rereads it.
    "'Abusive behaviour.' Your carer called it worse than that." He kisses his dad's head. # speaker: gareth # to: hughes
    # moment: The review at the house
    # perspective: hughes: {reassigned:I had my say about Gareth. About Tendai, nobody's said.|You let me have my say, which is more than Gareth did.} Mind, I'm eighty-eight. I'll not be here every Monday to say it.
    # perspective: gareth: {swap_stopped && not care_threatened:You rang me Monday, and today you left it to Dad. So which is it?|Dad had his say. Nobody from the agency said much, so I suppose it blew over.}
* [Write the terms into the care agreement with Mr Hughes, and tell Gareth, there in his dad's front room, that it isn't accepted. #move: challenge public #move: decide_with hughes #contested #reflect: You named the abuse to Gareth in his father's front room. What made that hard, and what do written terms do that saying it doesn't?]
    ~ terms_set = true
    ~ tendai_trust += 1
    "Mr Hughes, the rest is yours. This one's the agency's to say, for Tendai, and it goes in your agreement." # speaker: you # to: hughes
    Mr Hughes looks at his hands. "Go on, then." # speaker: hughes # to: you
    "Gareth, what you said to Tendai on Monday was racist abuse, and it isn't accepted. Mr Hughes and I will write the terms." # speaker: you # to: gareth
    Gareth goes red. For a moment you think he'll ask you to leave. Mr Hughes looks out of the window until it's said.
    "Write it. And put in that I want Tendai." # speaker: hughes # to: you
    Mr Hughes signs it himself. Gareth reads the line about staff twice and says nothing. At the door he tells his dad he'll see him Monday.
    # moment: The review at the house
    # perspective: hughes: {reassigned:I want Tendai back. I said put it in; whether she'll come, nobody's said.|My care, my say in it.} And the row I didn't want, in my front room. He'll come Monday. He won't forgive you quickly.
    # perspective: gareth: Nobody's talked to me like that about Dad's care before. I didn't like it. I heard it.
* {reassigned} [Give Mr Hughes his say in his own care: Tendai back on his visits, starting from Thursday. #move: act_on_behalf tendai #move: silent #reflect: Tendai heard from Farah and moved her son's appointment to be there. What would she have needed from you to feel she could say no?]
    ~ tendai_trust -= 1
    ~ moved_back = true
    ~ tendai_harm = "You moved me back for Mr Hughes without asking me, the same as you moved me off for Gareth."
    "Then Tendai's back from Thursday, Mr Hughes." # speaker: you # to: hughes
    "Thursday. She lets me do my own buttons." # speaker: hughes # to: you
    Gareth goes back into the kitchen and shuts the door.
    Tendai hears on Wednesday, from Farah, that she's back on Mr Hughes from Thursday. She looks at the rota for a long time. "Thursday's my son's appointment. I'll move it." # speaker: tendai # to: farah
    # moment: The review at the house
    # perspective: hughes: Tendai's back. I didn't think to ask if she wanted to come.
    # perspective: gareth: So Dad gets his way. Nobody told me what happens if I lose my temper again.
-
Wednesday night, at twenty past eleven, Tendai texts you about the team briefing: "Tomorrow. If you're saying something, say what we do now when it happens. Not Monday. I'll sit at the back."
* [Thursday: before the team briefing]
- -> corridor

=== corridor ===
# scene: corridor
# rank: above
// Monday's request was about Gareth and the visits; her request about the briefing came by text last night (end of
// the Tuesday scene), and `mandate: tendai asked` is set again below, before the decision.
# mandate: tendai none
# enter: tendai
# enter: farah
Ten to nine.
At half past eight Jan forwarded a message from the carers' group chat: "Gareth Hughes is telling half his street that Tendai got him in trouble with the agency. Is the old man losing his carers??" Nine people have read it. Tendai's been on calls since seven.
Tendai is in the corridor, car keys in hand. Farah comes up the stairs behind her.
{
- swap_stopped:
    "Monday. I had you on the Parkers before you'd got your coat off. Somebody did that for me, my first year. 2004. Any house that wanted an English girl." # speaker: farah # to: tendai
    # reveal: farah class
    "Did it help?" # speaker: tendai # to: farah
    "It kept me in work." Farah holds her gaze. "If anyone starts in there, I'll say something. Not you." # speaker: farah # to: tendai
    "Stand near me, then. That's enough." # speaker: tendai # to: farah
- reassigned:
    "I moved you on Monday without asking. Somebody did that for me in 2004, any house that wanted an English girl. I was grateful." # speaker: farah # to: tendai
    # reveal: farah class
    "Are you still?" # speaker: tendai # to: farah
    { moved_back:
        "No. And then I moved you back yesterday, without asking either." Farah looks at the rota in her hand. "From now on your visits are yours to say. To me, not the office." # speaker: farah # to: tendai
    - else:
        "No." Farah looks at the rota in her hand. "If you want Mr Hughes back, say so to me, not the office, and it's done." # speaker: farah # to: tendai
    }
    "Ask me properly on Friday. Not in a corridor." # speaker: tendai # to: farah
- else:
    "I had a swap ready on Monday and nobody used it, so you went in on your own. I got left like that in 2004. Next time ring me, not the office." # speaker: farah # to: tendai
    # reveal: farah class
    "He stayed in the kitchen. I stayed in the bathroom. I'll ring you." # speaker: tendai # to: farah
}
You've written three paragraphs for the briefing about what the agency expects.
Tendai's phone buzzes in her pocket, twice. She leaves it there. Farah's still beside her. Through the door, two carers are reading the chat aloud.
// Her text is a clear, recent request about this briefing ("say what we do now", and she'll sit at the back): carrying it out is advocacy (R5), asking the same again is a
// burden. The group chat is news she hasn't seen: what the room hears about it is hers to agree with you (DECIDE_WITH).
# mandate: tendai asked
# discuss: Tendai's text came last night; the group chat came this morning. What is still yours to decide before nine, and what isn't?
# note: Say (seed 004): a leader says what the organisation stands for. What happened on Monday is Tendai's experience: telling it to the team, even without her name, needs her agreement, and here everyone knows whose story it is. She answered in writing on Wednesday night, before Gareth's version reached the group chat with her name next to a story that isn't true. Whether and how that gets answered in the room touches her story, so it is hers to decide, and she hasn't seen it: acting on last night's words alone decides it for her, without her knowing what changed. Checking again on the stairs, with a colleague listening and without telling her what changed, makes her repeat herself. Telling her in private what is being said, and agreeing with her what to say, costs the briefing five minutes and her the sight of the chat. Answering the chat yourself before she has seen it stops the rumour about Mr Hughes's care and confirms to everyone in the chat that she reported (that is hers to tell), however reassuring the words; finding out who posted it and speaking to them in private is the manager's part either way, and so is a reply that confirms nothing: "we don't discuss clients or colleagues in this chat; worries come to me" (a client's care in a forty-person chat is a confidentiality breach: UK GDPR, and CQC Regulation 17, good governance; the fifth educator read). Posting only that reply before nine keeps her story out of the chat and stops the talk there (not in the office, where two carers are reading it aloud), and it is yours to do; but she still reads the rumour on the stairs, from the chat, two minutes before the briefing, and what the room hears about Mr Hughes's care is not agreed with her. Taking the questions yourself is the manager's part either way. Practitioners split between showing her the chat and carrying out her text as she wrote it (a clear, recent wish, and a reason not to show her a rumour five minutes before she sits in that room), with or without that reply to the chat, so all three are marked as contested (tenth mend: a room of eight chose the reply, for her text and the chat's breach of confidence; it carries out her text as the one-line briefing does, and does the manager's part on the chat too, so it is no longer scored below it). Ninth mend: the chat is still going and her phone buzzes, unread, in the corridor, so what changed since her text is on the page at the moment of choice, not only in the morning's forward (the panel found last night's text alone settled the decision).
# theory: with_for_to
* [Ask Tendai on the stairs whether she still wants Monday left out. #move: ask_to_educate tendai #reflect: Tendai had answered in writing at eleven at night. What did asking her again, on the stairs with Farah listening, ask of her?]
    "Before we go in: are you sure you want Monday left out?" # speaker: you # to: tendai
    Farah stops on the top stair.
    "It's in the text." Tendai holds up her phone and reads it out, flat, with Farah listening: what we do now, not Monday, and she'll sit at the back. # speaker: tendai # to: you
    "I've got a call at half nine." # speaker: tendai
    She goes in ahead of you and sits by the door.
    # moment: Before the briefing
    # perspective: tendai: I wrote it at eleven at night. At ten to nine I was reading it out on the stairs like a shopping list.
    # perspective: farah: I stood on the top stair while she read her own text out. I'd rather not have been there for it.
* [Take Tendai into the office and show her what Jan forwarded. #move: decide_with tendai #contested #reflect: Tendai had texted you last night, before the chat. What did showing it to her cost her, and the briefing, and what did she decide that you couldn't have decided for her?]
    ~ tendai_trust += 1
    ~ chat_settled = true
    You take Tendai into your office and shut the door. She reads the message twice.
    "Losing his carers. Because of me." She hands the phone back. # speaker: tendai # to: you
    "Say the rule. Then say nobody's care is being cut, and nobody gets in trouble for reporting anything. And not my name." # speaker: tendai # to: you
    You write it on a sticky note under the rule. Under that, for you: post in the chat that we don't discuss clients or colleagues there, and speak to whoever posted it today. The briefing starts five minutes late, and Tendai rings her half-nine to say she'll be ten minutes behind.
    # moment: Before the briefing
    # perspective: tendai: I didn't want to read that. Better in your office with the door shut than in my car outside the next house.
    # perspective: farah: Five minutes late, with ten people waiting on me and the rota. She came out looking like she'd decided something.
* [Reply in the group chat before nine: clients and colleagues aren't discussed in there, and worries come to you. #move: challenge #move: act_on_behalf tendai #contested #reflect: Your reply confirmed nothing and the chat went quiet. Who read the rumour next, where, and what did they still not know about Mr Hughes's care?]
    You type it on the stairs and send it. The chat goes quiet.
    Tendai's phone buzzes again. She reads the chat from the top: Gareth's story, her name in it, then yours underneath.
    "'Is the old man losing his carers.'" She reads it out, flat. "They'll all be thinking it in there." # speaker: tendai # to: you
    She goes in ahead of you and sits by the door.
    # moment: Before the briefing
    # perspective: tendai: Nothing about me in your reply. I still read the rest of it on the stairs, two minutes before I had to sit in that room.
    # perspective: farah: Right thing to post. I've posted it myself before. Ten people still walked in wondering about the old man.
* [Reply in the group chat before nine: nobody's care is being cut, and nobody's in trouble for reporting. #move: disclose tendai info=abuse #reflect: Your reply was true, and it stopped the rumour about Mr Hughes's care. What did it tell the whole chat about Tendai, and who had seen the chat before you answered it?]
    ~ tendai_trust -= 1
    ~ tendai_harm = "You answered the group chat about me before I'd even seen it."
    You type it on the stairs and send it. By the top step there are two answers: "So she did report him." "Good on her."
    Tendai's phone buzzes again. She reads the chat from the top, and your reply at the bottom.
    "Nobody's in trouble for reporting. So now they all know I reported." She puts the phone face down on the banister. # speaker: tendai # to: you
    "I said the rule. I didn't say the chat." # speaker: tendai
    # moment: Before the briefing
    # perspective: tendai: I found out what they were saying about me from my manager's answer to it. Forty people can read that chat.
    # perspective: farah: You killed the rumour about his care in one line. You told them the rest in the same line.
* [Go in with your three paragraphs cut to one line, and tell Tendai you'll take the questions yourself. #move: act_on_behalf tendai #contested #reflect: You did what her text asked. What had changed since she wrote it, and who knew?]
    You score through two paragraphs on the stairs. What's left fits on a sticky note: racist abuse from anyone we visit gets reported, and the office backs whoever reports it.
    "That's it? After Monday? They'll have questions, and they'll look at her." # speaker: farah # to: you
    "Then they'll ask me." # speaker: you # to: tendai
    On the top stair Tendai checks her phone, stops, and reads the chat. "Losing his carers," she says, to nobody. She goes in ahead of you and doesn't look round.
    # moment: Before the briefing
    # perspective: tendai: Last night I asked for the rule. This morning there was a chat with my name in it, and you'd read it before me. I read it on the stairs.
    # perspective: farah: One line, after a week like this. I'd have said more. Maybe that's my trouble.
-
// Tendai's text ("say what we do now… Not Monday. I'll sit at the back"), shown on every path to here, covers
// anything that singles her out in front of the team, and everyone there knows whose Monday it was.
# wants: tendai no
* [Go in]
- -> briefing

=== briefing ===
# scene: briefing
# rank: above
# wants: tendai no
# enter: tendai
# enter: sheila
# enter: farah
# enter: precious
{chat_settled:Five past nine|Nine o'clock}. Ten care workers squeeze into the office. Sheila has the seat by the kettle; the newer staff sit where she can see them.
Precious, three weeks into the job, has a notebook on her knee.
# reveal: precious caring
{ swap_stopped:
    Farah stands by the door, next to Tendai.
- else:
    Tendai sits by the door. Farah is at the desk with the rota.
}
Before you've said a word, Sheila says it to the room, not unkindly.
"He's always been like that, Gareth Hughes. You learn to let it wash over you." # speaker: sheila
# harm: on
Two people nod. One laughs. Precious puts her pen down.
"So if a family says something to me, on my own at night, I just let it go? Is that what we do here?" # speaker: precious
Tendai turns her car keys over in her hand and looks at the rota on the wall.
# discuss: The whole room heard Sheila, and the whole room knows whose Monday it was. Tendai asked for what we do now, not Monday, and sat at the back. What do you owe the room, and what does her wish cover?
# note: Tendai's wish covers acts that single her out, not the manager's duty to act on the cause. Naming racism is not what singles her out: a line to everyone that calls racist abuse racist, naming nobody, sets the expectation; putting her Monday next to it is what she asked you not to do (her text on Wednesday night: "say what we do now when it happens. Not Monday."; the educator reads, December 2026). The whole team heard the remark, so the team needs to hear the expectation: carrying on and dealing with it in private later leaves the room's silence as the rule. One line to everyone, naming nobody, then private conversations with Sheila and Tendai, does both. Telling new starters what to do (walk out, ring, be backed) is a rule for everyone too, and it's what Precious asked; but it leaves the word unsaid in a team where, as the week has shown, moving carers off "clients like him" and letting it "wash over you" have kept it unsaid for twenty years: the expectation is about racism, so it names racism. In home care "walk out" needs the office in it too: walking out can leave a client mid-care, so lone-working practice is "ring us, and we cover the client" (practice the final check asked for, December 2026; not checked here against a primary source). Calling in and calling out are both real practice (Loretta Ross). Naming what Gareth Hughes said, even with only his name in it, is less a disclosure here than a spotlight: the group chat has already named her, so every head in the room turns to her, which is what "Not Monday" asked you not to do.
# theory: calling_in_out
* [Answer Precious: anything racist said to her in a house gets reported, that day, to you. See Sheila and ring Tendai after. #move: challenge public #move: invite tendai #contested #reflect: You said "racist" to the whole room and named nobody. What did the word cost you with Sheila and the room, and what did the private conversations add?]
    ~ sheila_ally += 1
    ~ tendai_trust += 1
    "No. If anyone in a house says something racist to you, you ring me that day. It goes on the record, and dealing with it is my job, not yours." # speaker: you
    { chat_settled:
        "And whatever's on the group chat: nobody's care is being cut, and nobody's in trouble for reporting anything." # speaker: you
    }
    The room goes quiet. Sheila goes red to the ears.
    Afterwards Sheila won't look at you in the car park. You ask her where "let it wash over you" comes from.
    "Dunno. Twenty years of it." # speaker: sheila # to: you
    You ring Tendai between calls and ask what she wants to happen next. "{swap_stopped && not care_threatened:Is Sheila still doing Mondays with me?|I've got calls till six. Ask me Friday.}" # speaker: tendai # to: you
    # moment: "Let it wash over you"
    # perspective: tendai: You didn't use my name. Sheila sat by the kettle, not near me.
    # perspective: sheila: Told in front of the new ones. I felt two inches tall. Then on my rounds I remembered being new myself.
* [Tell Precious she never has to stay where that's said: she walks out, rings the office, and you'll back her. See Sheila after. #move: challenge public #move: indirect sheila kind=delay #reflect: You gave Precious something she could do tonight, and named nobody. What was she to walk out of, and did anyone in the room say what it was?]
    ~ sheila_ally += 1
    "No. You never have to stay in a house where that's said to you. You walk out, you ring the office, and I'll back you." # speaker: you
    { chat_settled:
        "And whatever's on the group chat: nobody's care is being cut, and nobody's in trouble for reporting anything." # speaker: you
    }
    Precious writes it down. "And at night, when the office is shut?" # speaker: precious # to: you
    "Ring on-call." # speaker: farah # to: precious
    "Who answers it?" # speaker: precious # to: farah
    "That's what I meant. Don't let it get to you. Just go." She says it to the room. # speaker: sheila
    Two people nod again.
    Afterwards you find Sheila in the car park and ask her where "let it wash over you" comes from.
    "Dunno. You can't walk out of every house. Who'd do the calls?" # speaker: sheila # to: you
    # moment: "Let it wash over you"
    # perspective: tendai: You told them to walk out. Nobody said what they'd be walking out of, and Sheila said that's what she meant.
    # perspective: sheila: The boss said what I'd said, near enough: don't stand there and take it. Then she got me on my own, and I'm not so sure.
    # perspective: precious: I wrote it down: walk out, ring on-call. I asked who answers it, and nobody said.
* [Answer Sheila: what Gareth Hughes says to carers is racist abuse, and nobody here lets it go. #move: challenge tendai public #reflect: Everything you said about Monday was true, and the only name in it was Gareth's. Who in that room didn't know who he'd said it to, and where did they look?]
    ~ tendai_trust -= 1
    ~ tendai_harm = "You made me the story in front of the whole team."
    "You named him, Sheila. What Gareth Hughes says to carers is racist abuse, and nobody here lets it go." # speaker: you
    "I was only saying." # speaker: sheila # to: you
    Every head turns to the door. Tendai picks up her bag and leaves for her first call early.
    Sheila says nothing more for the rest of the week. Two new starters ask Tendai, kindly, what exactly he said.
    # exit: tendai
    # moment: "Let it wash over you"
    # perspective: tendai: You were right about Gareth. I asked you for what we do now, not Monday, and everyone in there knows whose Monday it was.
    # perspective: sheila: Told off in front of the whole team, with her Monday in it. I felt two inches tall, and I don't think I heard the rest.
* [Tell Precious you'll go through it with her after, hand out the rota, then see Sheila and ring Tendai. #move: silent tendai #move: challenge #move: indirect tendai kind=delay #contested #reflect: You answered Precious on the stairs, after. What did the rest of the room take away from the briefing itself?]
    ~ sheila_ally += 2
    ~ tendai_harm = "In the briefing you let Sheila's line stand in front of everyone."
    "Fair question. I'll go through it with you after." You hand out the rota. Precious glances at you, then at Tendai, and writes nothing in her notebook.
    On the stairs you tell her: ring the office that day, it goes on the record, and you'll back her. She writes it down. "Are you telling everyone that?" # speaker: precious # to: you
    Afterwards you find Sheila in the car park.
    "When you said let it wash over you, where does that come from?" # speaker: you # to: sheila
    "A manager called me thick in front of everyone, my first year. I let that wash over me too." # speaker: sheila # to: you
    "I should've said something in that hallway. I'll tell Tendai so." # speaker: sheila
    Later you ring Tendai. She thanks you for not making a show of it, then says the room heard Sheila, and heard you leave it till after.
    # moment: "Let it wash over you"
    # perspective: tendai: In the room you let it pass. Afterwards you asked how I was, and Sheila said sorry. Both things are true.
    # perspective: sheila: You took me aside instead of showing me up. I listened more because of it.
    # perspective: precious: I got a good answer on the stairs. I asked if you were telling everyone, and you weren't.
-
{ last_act == "BYSTAND":
    ~ precious_left = true
    A month later Precious leaves. Her exit form says she's found a job nearer home, and that she asked in front of everyone what we do here and got her answer on the stairs.
}
* [A month later: the senior post]
- -> promotion

=== promotion ===
# scene: promotion
# rank: above
// Earlier requests and wishes were about Gareth and the team, not this post, so they are cleared here.
# mandate: tendai none
# wants: tendai unknown
# enter: sheila
A senior care worker post opens: more pay, supervising new starters, checking care plans. Farah's on the interview panel with you.
The advert says "written assessment" and "sponsored staff welcome: we'll get your new certificate before you start", and closes on Friday. Farah wrote it: "The post checks care plans. A care plan is writing." Till it's filled, she supervises the new starters, on top of the rota.
She pins it by the rota; last time, two applicants withdrew before the test. Tendai's row stops at six every day. "Bath and bedtime are mine," Tendai told Farah, the week she started. "He's autistic. It has to be me."
Sheila comes in and shuts the door.
// Room 15 (session 10): all six changed the advert for everyone so she needn't tell anyone; she has said Farah will
// know something, and she asks, in her own words, that the advert not be delayed (she's ready now; session 10 stereotype
// read: not "on my account", the phrase for not wanting to be a bother): her wish on the other side. The two
// applicants who withdrew last time give the change for everyone its own ground (educator read).
"I want to go for it. But I'm dyslexic. I've never told anyone here. Written tests, I freeze. Could I have the questions beforehand, and answer out loud? Farah will have to know something. Don't delay the advert. I'm ready now. I've waited twenty years to ask." # speaker: sheila # to: you
# reveal: sheila ability
# access: sheila able_with_support
# mandate: sheila asked
{ sheila_ally >= 2:
    "And Tendai should go for it too. She's better than me on care plans. That stays between us." # speaker: sheila
}
# enter: tendai
That afternoon Tendai reads the advert twice.
{
- tendai_trust >= 1:
    ~ visa_asked = true
    "Would it change my visa?" # speaker: tendai # to: you
    It would: a senior's job is a different occupation, so she'd need that certificate and a new visa application, which she can still make from here.
- else:
    She walks away without asking you anything.
}
# discuss: Two strong candidates, each facing a different barrier. What would make this fair to both, without ranking whose barrier matters more?
// Session 18 (both round-17 option-only readers chose the change for everyone, and ruled out the disclosure by "that
// Sheila is dyslexic"): the disclosure is worded as the marking it asks for, content, not spelling, from which Farah
// reads the rest, and the change for everyone names its cost, a new closing date. No move or verdict changed. Left
// (educator read 18b): the extra-time option is still the one of four that gives nobody their questions early or
// spoken. That is the scene's fact, not a wording, and no rewording fixes it; a cold read need not chase it.
# note: Date-stamped 2026-12-07. Reasonable adjustments for a disabled applicant are a legal duty, and dyslexia can be a disability (Equality Act 2010, ss6 and 20; s39(5), which puts the duty to adjust on employers, read on legislation.gov.uk 2026-12-07, and s20 through the Act's explanatory notes there; s6 not re-read); what Sheila told you is hers to share. Positive action (s158), such as encouraging under-represented staff to apply, is lawful; appointing someone because of a protected characteristic is lawful only as a tie-break between candidates as qualified as each other, where people who share it are disadvantaged or under-represented, and never as a blanket policy (s159), unless it is a genuine occupational requirement (Sch 9); favouring a disabled person is not disability discrimination against someone who isn't disabled (s13(3); s13(3) and Sch 9 read on legislation.gov.uk, 2026-12-07). A move from care worker (occupation code 6135) to senior care worker (6136) needs a new certificate of sponsorship and a new application; since 22 July 2025 these roles can't be filled from overseas, but people already in the UK in care roles can apply in-country until 22 July 2028 (Home Office, HC 997; DHSC written answer on the July 2025 rules) (checked 2026-12-06). Plan for it; never use it as a reason to pass someone over. Asking her to act up in the post till it's filled eases Farah's load and decides for her before any process. Fourteenth round: that offer came with the advert changed for everyone, so the open process read as it minus its add-on; fifteenth round: it is the other best's stem (Sheila's questions early, to answer aloud) with the act towards Tendai changed, so the two differ only in that act, and the ask still decides for Tendai, for work the advert's own line says her visa doesn't yet cover. Farah, who wrote the advert, says what the change and the refused offer cost her. Acting up is doing the senior's job, a different occupation from the care worker job on her certificate, so it needs a new certificate of sponsorship and a change of employment application before she starts (the advert says the agency gets sponsored staff their new certificate before they start, so the rule is on the page before the choice on every path: thirteenth round, educator read; session 10: as a welcome, not a hurdle, where she walks away without asking); doing it sooner is work outside her visa's conditions, and risks her leave and the agency's licence (solicitors' summaries of Appendix Skilled Worker and the sponsor guidance, read 2026-12-06; the Rules not read at source: searched again 2026-12-07, and the sources we could reach still held only summaries, which agree that a different occupation code needs a new certificate and a new application). Put as a question, it still picks her before any process for work her visa doesn't cover: a yes risks her leave, and a no is said to her sponsor, so the choice isn't really hers (DOING_FOR; twelfth round, educator read). Advice on a person's own visa is regulated (Immigration and Asylum Act 1999, s84), but a licensed sponsor may advise its own sponsored worker, free, on her application for the work it sponsors (the Immigration and Asylum Act 1999 (Part 5 Exemption: Licensed Sponsors) Order 2022, SI 2022/235, in force 11 April 2022; sponsors have had much the same exemption since 2009; read on legislation.gov.uk, 2026-12-06); anything beyond that goes to a regulated adviser. Raising her visa before she has, with nothing said about her work, frames her by it: where she hasn't asked, lead with the work. Giving Sheila exactly what she asked, for her alone, is a lawful reasonable adjustment and good practice, and encouraging Tendai, with the sponsorship steps, can be positive action (s158) if Black staff, or staff from overseas (race includes nationality and national origins, s9), are under-represented in senior posts here, and either way is good management of a strong worker, not a promise; its costs are that the panel (Farah, who notices everything about her staff) sees one candidate treated differently (Sheila expects Farah "will have to know something", not what: tenth mend, after a room of eight all chose the open process to keep her secret from the marker; telling Farah what, with extra time she didn't ask for, still overrides her), and that the written test stays in everyone else's way. Changing the process for everyone meets Sheila's need without marking her out to anyone and takes a barrier out of everyone's way (last time, two applicants withdrew before the test), and costs three more weeks of Farah supervising the new starters on top of the rota (the advert closes on Friday and has to go up again: shown before the choice) and her patience, and three more weeks of Sheila's wait, when she asked you not to delay the advert: she's ready now, having "waited twenty years to ask" (session 10; fifteenth round, stereotype read: not "before I talk myself out of it", a fourth hedge in one speech; rooms 13 and 15 chose the change for everyone six to none, so she needn't tell anyone; she has said Farah will have to know something, and the change for everyone goes against what she asked about the advert: her wish about her own application, weighed against a fairer process for all); but nobody encourages the colleague whose visa makes applying a bigger step. Practitioners split on these two (both marked contested): an employer's duty to an applicant is to adjust for the person, not to redesign the process; and a change for everyone is not the same as asking the person who wouldn't put herself forward. Asking the marker to mark content, not spelling, tells her about Sheila's spelling; the change for everyone costs a new closing date, after Sheila asked you not to delay the advert.
# theory: positive_action
# theory: hierarchy_of_oppression
* [Send Sheila her questions early, to answer aloud. Ask Tendai if she'd act up till it's filled. #move: adjust sheila #move: act_on_behalf tendai #reflect: Sheila got what she asked for, and you offered Tendai the post till it's filled. What does her certificate of sponsorship say she does, and who had to say so?]
    ~ tendai_trust -= 1
    ~ tendai_harm = ACTING_UP_HARM
    "Act up in the post till it's filled? You've earned it." # speaker: you # to: tendai
    "My certificate says care worker. Acting up needs a new one first, or it's my visa, and your licence. I want it because I'm good at it. I'll apply like everyone else." # speaker: tendai # to: you
    At the panel Farah sees one name down for a spoken interview. "One spoken, and the new starters mine till it's filled. Ask me next time." # speaker: farah # to: you
    Sheila answers aloud from her notes. It's close, and Tendai gets the post. Someone in the office heard you ask her to act up, and says it was hers from that day; Farah, who marked her test, says it wasn't, and it goes quiet, mostly.
    # moment: The senior post
    # perspective: tendai: You meant it kindly. I had to tell my sponsor the rules of my own visa, and now people think the job was promised me.
    # perspective: sheila: Questions first, answers out loud, and I could think. It went to Tendai, and now they say it was promised her.
* [Send Sheila her questions early, to answer aloud. {visa_asked:Take Tendai through the visa steps.|Tell Tendai her care plans suit the post, and offer visa help.} #move: adjust sheila #move: invite tendai #contested #reflect: Sheila got exactly what she asked for, and you encouraged Tendai. Who on the panel saw one candidate treated differently, and who else had the written test in their way?]
    ~ tendai_trust += 1
    ~ sheila_ally += 1
    "Just for me? Yes. Thank you." Sheila lets out a breath. "That's all I wanted." # speaker: sheila # to: you
    At the panel meeting Farah sees one candidate down for a spoken interview, with her questions sent early. She reads the name, looks at you, and doesn't ask.
    {visa_asked:You walk Tendai through the sponsorship steps and tell her you'd like her to apply.|You tell Tendai her care plans would suit the post, and you'll help with the visa. She asks what that means, and you go through the steps with her.} She goes away to think, and applies, and sits the written test with everyone else.
    At interview Sheila talks for ten minutes about settling a frightened new client. Farah asks her first question slowly, and Sheila notices. It's close: Farah marks Tendai's care-plan answer a point above Sheila's, and the panel gives the post to Tendai.
    # moment: The senior post
    # perspective: sheila: I got what I asked for, and I still didn't get the job. Farah never asked what for. She didn't need to.
    # perspective: tendai: I'd read that advert twice before you said a word. I applied. I got it. I'm not sure I want to be the one supervising Sheila.
* [Change the advert: the questions out a week ahead, answers written or spoken, and a new closing date. #move: adjust sheila room #contested #reflect: You made Sheila's adjustment the rule for everyone. Who had asked you not to delay it, and who was left to decide alone whether to apply?]
    ~ sheila_ally += 1
    "Everyone gets the questions a week ahead, and everyone can answer out loud." # speaker: you # to: sheila
    "Everyone? That's a new closing date. I said I'm ready now." # speaker: sheila # to: you
    "Questions in advance? They'll learn the answers." # speaker: farah # to: you
    Farah writes two harder ones. The advert goes up again with a new closing date.
    "Three more weeks of new starters on top of the rota, then. I'll do it. Ask me next time." # speaker: farah # to: you
    Tendai reads the new advert. A new certificate of sponsorship and a new application, in a year like this one: she decides it can wait.
    At interview Sheila talks for ten minutes about settling a frightened new client, and gets the post. Farah says the questions were too easy.
    # moment: The senior post
    # perspective: sheila: Three more weeks' wait, after twenty years. At interview I could think, and nobody knows why. I got it.
    # perspective: tendai: I read the advert twice and let it go. Sheila will be good at it. I'd have been good at it too.
* [Give Sheila extra time on the written test, and ask Farah, who marks it, to mark content, not spelling. #move: disclose sheila info=dyslexia to=farah #reflect: Extra time is a common adjustment, and you wanted the marking to be fair to Sheila. Who had she told, what had she asked for, and who decided who else would know?]
    ~ sheila_exposed = true
    Farah writes it at the top of the marking sheet: "S. Rowe. Extra time. Mark content, not spelling."
    Farah means to be kind. Two days before the interview she tells Sheila not to worry about the written part.
    "Farah had to know something. Not my spelling. I asked for my questions early, and to say my answers. Not extra time to freeze in." # speaker: sheila # to: you
    Sheila withdraws. Tendai applies; the post goes to a candidate from another agency, and Farah says the field was thin.
    # moment: The senior post
    # perspective: sheila: Twenty years I kept that to myself. You gave it away in a week, to someone who'd be marking me.
    # perspective: tendai: Sheila pulled out and won't say why. I know what it's like when your business is passed round.
-
* [Two months on: the speaking-up policy]
- -> policy

=== policy ===
# scene: policy
# rank: above
// Sheila's request was about the interview, and Tendai's about Gareth: neither asked anyone to write this policy for them.
# mandate: tendai none
# mandate: sheila none
# wants: tendai unknown
# enter: tendai
# enter: sheila
# enter: farah
Your speaking-up policy is four years old, in a folder most of your staff never see.
The inspection is in May.
"Paid meetings for forty staff is two days of my rota budget. Pay them for an evening between the teatime and bedtime calls. Anyone who can't come, I'll ring. Want days? Then it's the new laptops, and we're on these another year." # speaker: farah # to: you
On Farah's screen, Tendai's row still stops at six.
{ sheila_exposed:
    "They'll come if they're paid to. Not in the day, mind: the night staff are asleep." She doesn't look up. # speaker: sheila # to: farah
- else:
    "Nobody on the road reads what's sent round. They'll come if they're paid to. Not in the day, mind: the night staff are asleep." # speaker: sheila # to: farah
}
{ precious_left:
    Precious's exit form is still in your tray. You've read it twice.
- else:
    Precious has asked you twice what she should do if a client's family says something at night, with the office shut. "Ring on-call," you said, both times.
}
# discuss: Who should write a policy about speaking up, and what would stop care workers on the road from taking part?
// Session 18 (both round-17 option-only readers ruled out the paid drafting and the survey by their words): the
// drafting asks Tendai and Sheila to write it with you, and the survey asks for everyone's own words; which hour a
// care worker can come is care-work knowledge, left to decide between the meetings on purpose. No move or verdict
// changed.
# note: Decide (seed 004): write speaking-up policies with staff so they feel safe to use them. Care workers on back-to-back calls can't come to unpaid meetings, so paid time on the rota removes the barrier. Paying for time removes one barrier; a survey on a phone between calls still asks everyone to write, which is the barrier for a dyslexic colleague, and the manager still writes the policy from it. Paid evening meetings keep every visit covered (Farah's real worry with three off sick), pay people for their time, and Farah rings whoever can't come (ninth mend: a real answer to the cost, on the page before the choice), but they fall at the hour carers with children at home can't leave (Tendai's son's bedtime, on Farah's rota since she started, shown the scene before), and a line taken down on the phone is not a voice in the room where the draft is argued. Meetings in rota time, read aloud and agreed, are slower and cost a budget line (the office's new laptops, which Farah names before the choice), and need a slot for night staff too (Sheila's point, answered in the option itself: f13). The tenth mend's cost, the new starters' dementia day, is gone: dementia awareness is Care Certificate Standard 9 (2025 standards, seen 2026-12-06), which took full-time staff about twelve weeks on average in Skills for Care's 2014 pilot (there is no fixed deadline; CQC expects new staff to have it or be working towards it: Skills for Care's pilot figure as QCS quotes it, and CQC's position on the Care Certificate, updated 5 December 2022), and staff must get the training their duties need (CQC Regulation 18(2)(a)), so deferring it a year is not a lawful trade. Paying the person who was harmed to write the fix still hands her the work, from her sponsor, whom she can't easily refuse, even with the manager doing her calls (a real cost to the manager, so cost alone does not mark the best: the ninth-round educator read); pairing her with a colleague who has told you she doesn't write puts that colleague's secret on the line. Fourteenth round: the evening meetings have a night slot too, and both kinds of meeting have Farah ring the rest, so the labels differ only in the hour (three option-only readers picked the daytime meetings as the only option for every shift); what the hour costs is in the scene. Fifteenth round: both labels give a clock and neither its excuse (not "after teatime calls"); the daytime one says "in rota time", its cost; Tendai's row stopping at six is on Farah's screen in this scene, and Farah offers the ring-round for the daytime plan in her own words. An independent agency is outside the Social Care Workforce Race Equality Standard, which Skills for Care runs with councils that opt in, for their own social care staff (checked 2026-12-06), but it can keep and share its own figures. Both "with you" and "in their own words" sound like co-production: ask the room who each one actually asks to write.
# theory: enablers_inhibitors
* [Ask Tendai and Sheila to write it with you, in paid hours, and cover their calls yourself. #move: ask_to_educate tendai #move: act_on_behalf sheila #reflect: You asked two people to write the fix with you, and did their calls yourself. What was each of them carrying, and what did writing it ask of Sheila?]
    ~ tendai_trust -= 1
    ~ tendai_harm = HOMEWORK_HARM
    "Paid hours. Thank you." Tendai doesn't sit down. "I've got a son with appointments and a visa application to sort. And you want me to write what the agency should already know." # speaker: tendai # to: you
    Sheila looks at you, not at Tendai. She told you why she doesn't write things, and she isn't going to say it again in front of her.
    "I'll do the talking bits." # speaker: sheila # to: you
    For three Thursdays you do their calls yourself, and the three of you meet for an hour. Tendai drafts it anyway, at night, after her son's asleep. It comes in at ten to one in the morning, with no message. Sheila's paid hours go on ringing round the team, and on Friday she tells you, out loud, what thirty people said.
    # moment: The speaking-up policy
    # perspective: tendai: What happened to me became my homework, paid. I did it because you're my sponsor.
    # perspective: sheila: I'd told you about my spelling. Then you asked me to write it, with Tendai beside me.
* [Pay everyone fifteen minutes to answer in their own words, on their phone, nights included, and draft from that. #move: adjust tendai room #move: act_on_behalf tendai #move: act_on_behalf sheila #reflect: Everyone was paid to answer, and thirty-one people did. Whose answers were two words long, and why?]
    ~ tendai_harm = SURVEY_HARM
    "Fifteen minutes each I can do. That's ten hours, not two days." # speaker: farah # to: you
    Thirty-one people answer. {precious_left:One of the new starters|Precious} writes a page. Tendai writes that she wants to know who answers the phone at eight in the morning. You draft from the answers over a weekend, and it's better than the old one.
    Sheila's answer is two words: "Not sure." She finds you by the kettle.
    "I don't do forms on my phone. Fifteen minutes of that is an hour of me getting it wrong." # speaker: sheila # to: you
    # moment: The speaking-up policy
    # perspective: tendai: My question's in it, in your words. I don't know who else's is.
    # perspective: sheila: Paid to fill in a form I can't fill in. I said "not sure" and left it.
* [Pay everyone for two meetings at half seven in the evening, a third at seven in the morning, and Farah rings the rest. #move: adjust sheila room #move: decide_with sheila #move: act_on_behalf tendai #reflect: Everyone was paid, and nobody's visits were cut. Who could come at half past seven in the evening, and who couldn't?]
    ~ sheila_ally += 1
    "Evenings I can do. Nobody misses a visit, and I'll put the kettle on." # speaker: farah # to: you
    Eleven people come in the evenings, four night carers at seven in the morning, and nobody misses a visit. {sheila_exposed:Sheila comes to both evenings and says little,|Sheila talks more than she has in years,} and {precious_left:one of the new starters|Precious} writes it all down.
    Tendai comes to neither evening: half past seven is her son's bath and bedtime. Farah rings her and eight others who couldn't come, and writes down one line from each. Tendai's is: "Who do I ring at eight in the morning, on my own, on a doorstep?"
    The evening room argues over every line of the draft. The nine phone answers go in as Farah wrote them, and Tendai's goes in as its first question.
    # moment: The speaking-up policy
    # perspective: tendai: Paid meetings, at the one time I can't leave the house. Farah rang. One line of mine went in; the arguing was done without me.
    # perspective: sheila: {sheila_exposed:Paid to talk, not to write. I came to both, and kept my head down.|Paid to talk, not to write, and between calls. I said more than I meant to.}
* [Pay everyone for two meetings at two in the afternoon, a third at seven in the morning, and Farah rings the rest. #move: adjust tendai room #move: adjust sheila room #move: decide_with tendai #move: decide_with sheila #reflect: The two days came out of the new laptops, and the policy took months. What did people say out loud in those rooms that a form wouldn't have caught?]
    ~ policy_with_staff = true
    ~ tendai_trust += 1
    ~ sheila_ally += 1
    "Another year on these, then." Farah taps her cracked screen. "Seven in the morning for nights, as Sheila said. I'll book it, and ring whoever's left." # speaker: farah # to: you
    Fourteen people come, two groups, and five night carers at seven in the morning; Farah rings six more. One of the night carers asks who picks up the phone at two a.m., and it goes straight in. Sheila asks what happens if the person you're reporting is the manager. Tendai asks who you ring at eight in the morning, alone, on a doorstep.
    "Write that in. Who I ring, and that they answer." # speaker: tendai # to: you
    "And that nobody loses hours for ringing." # speaker: sheila # to: you
    The draft goes round three times, and it's agreed in June, after the inspection. It's read out at the next briefing, not sent round.
    # moment: The speaking-up policy
    # perspective: tendai: My question's in it. Whether anyone answers at eight in the morning, we'll see.
    # perspective: sheila: I said more in that room than in twenty years of staff meetings. Nobody made me write anything down.
-
* [Six months after that Monday: supervision with Tendai]
- -> supervision

=== supervision ===
// Trust below 0 can only come from a choice that harmed Tendai, and each such choice records its harm in her words
// (the latest wins, as R13 answers the latest harm), so the repair is offered only on a path that did harm.
# scene: supervision
# rank: above
# wants: tendai unknown
# enter: tendai
Tendai's supervision, door shut. Her phone is face up on the desk, open at Saturday's parkrun results. "Slower than the spring," she says, before you can ask. "My son timed me. He's stricter than Farah."
She's brought her own list, numbered.
{
- tendai_trust < 0:
    "Before my list. Something from this year." She doesn't look away. "{tendai_harm} I've not said that to anyone else. I've had months to think about it." # speaker: tendai # to: you
- else:
    "My list's short. One: the nursing associate apprenticeship. It starts in September, a day a week at the college, Thursdays. Two: the visa. The college asked if a trainee post can be sponsored." # speaker: tendai # to: you
    "I haven't said anything to Farah. Thursdays are her worst day, and I'd rather not owe her. I can make Thursday my day off and go then." # speaker: tendai
    { policy_with_staff:
        "And the number. {precious_left:One of the new starters|Precious} rang it last week, at eight in the morning. It rang eleven times before anyone answered." # speaker: tendai
    }
}
# discuss: Six months on, what does Tendai need from this conversation, and what would make it about you instead?
# note: Feel (seed 004): check that the values are felt, not only written. When someone names a harm you did, say what you did without defending it; after that, practitioners differ. Asking what would put it right invites her voice, as restorative practice does, but asks a sponsored worker to design her sponsor's repair in her own supervision (f13: scored level with waiting, both contested; every seat in a room of eight chose it). She came to say it and brought her own list: going on to it honours that, and leaves the repair yours to make, or not (tenth mend: her "I want to say it once" is gone, since a room of eight all read it as the answer; she has told nobody else, which is a reason for each of the three; session 10, after room 13 went to her list five to one: she has had months to think about it, a reason to ask her, and not to make her do the work; fifteenth round, stereotype read: not "six months to think what should have happened", which made her the grader of your conduct and was wrong on paths harmed later than that Monday). Telling her what you've changed is concrete, but chosen without her, and it takes her hour. After the acting-up harm, what she asks for and the changes you report are about visas, not Gareth (thirteenth round, stereotype read). Where no harm was done, the Do step is sponsorship: time for training that only the manager can give is the manager's to give, not hers to negotiate with a deputy who has three off sick, even if the manager covers one Thursday a month (a real cost to the manager, which still leaves her asking Farah for the rest: the ninth-round educator read); the plan round it (her son's hours, the visa dates) is made with her. Her offer to go on her day off is made to her sponsor, about hours and rest she can't spare, for a reason of her own (she'd rather not owe her deputy; ninth mend, so the offer is hers and not only self-sacrifice): taking it up honours that and lets her pay for the manager's problem; turning it down keeps the college day paid, as the funding rules require, and leaves her owing Farah after all. In England an apprentice's off-the-job training must fall within their normal working hours, which the funding rules define as paid hours excluding overtime; time outside them counts only if it is paid or given back as time off in lieu (the funding rules as quoted by Skills for Health and training providers; the GOV.UK rules page itself not read: searched again 2026-12-07, and the GOV.UK funding-rules pages came up only at their opening paragraphs, not this rule; the providers' copies read 2026-12-06), so the college day is paid time either way; the question is only who finds the cover. Check, before she accepts, whether the trainee post can be sponsored at all: a trainee nursing associate post is probably a different occupation code from a care worker's (6135), and a change of code needs a new certificate of sponsorship and a new visa application, not just a report to the Home Office; since 22 July 2025 jobs below degree level can be sponsored only from a shortage list or, for people like her who were already sponsored before that date, under transitional rules the Home Office keeps under review, and the post must still meet the salary rules, so her sponsored hours and pay must hold either way (Statement of Changes HC 997, through solicitors' summaries; the post's occupation code not confirmed here) (checked 2026-12-06). A sponsored worker's visa extension needs the sponsor's certificate; it's paperwork the agency must do, not a favour. Holding the college a year until the sponsorship is certain protects her and her son's status, which is real, and decides her year for her: the question can be put to an adviser and answered before September, and whether to wait is hers to weigh.
# theory: calling_in_out
* {tendai_trust < 0} [Apologise, and ask her what would put it right. #move: repair tendai #move: invite tendai #contested #reflect: Tendai named what would put it right, and you wrote it in. What else was on her list that hour?]
    ~ tendai_trust += 2
    "You're right. I did that, and I'm sorry. What would put it right?" # speaker: you # to: tendai
    Tendai looks at her list, then at the window.
    "{tendai_harm == ACTING_UP_HARM:Check the visa rules before you offer anyone anything. With an adviser, not me.|{tendai_harm == SURVEY_HARM || tendai_harm == HOMEWORK_HARM:Next time, ask us in a room. Paid.|Tell new starters at induction what we do now. Without my name.}}" # speaker: tendai # to: you
    You put it in the {tendai_harm == ACTING_UP_HARM:recruitment procedure|{tendai_harm == SURVEY_HARM || tendai_harm == HOMEWORK_HARM:next policy review|induction plan}} while she watches. Her list gets what's left of the hour, and you book another for the visa.
    # moment: Tendai's supervision
    # perspective: tendai: I came to say it. Then fixing it was my job too, in my own supervision. It's written down.
* {tendai_trust < 0} [Apologise, and hand her back the hour. #move: repair tendai #move: silent tendai leaves_pause #contested #reflect: You said what you did, and then her list took the hour. Who decides what changes now, and when would she know?]
    ~ tendai_trust += 2
    "You're right. I did that, and I'm sorry." You stop there, and wait. # speaker: you # to: tendai
    Tendai turns her list round so you can both read it. "One: the nursing associate apprenticeship." # speaker: tendai # to: you
    It takes the hour: college Thursdays, the visa dates in red, whether the trainee post can be sponsored.
    You ask whether she wants any of it in her supervision notes. "No. Just that you said it." # speaker: tendai # to: you
    # moment: Tendai's supervision
    # perspective: tendai: I said it, and it didn't turn into a meeting. We did my list. What you change, I'll see.
* {tendai_trust < 0} [Apologise, and tell her what you've put right since. #move: repair tendai #move: act_on_behalf tendai #reflect: You told Tendai what you'd changed since. Who chose those changes, and whose hour did hearing them take?]
    ~ tendai_trust += 2
    "You're right. I did that, and I'm sorry. Since then, {tendai_harm == ACTING_UP_HARM:Farah checks a job against the certificate before any offer, and we start the new certificate straight away|{tendai_harm == SURVEY_HARM || tendai_harm == HOMEWORK_HARM:the next review's booked as paid meetings, and staff write it together|Farah rings a carer before any swap, and induction has a page on abuse from families}}." # speaker: you # to: tendai
    "Good." She turns her list over. "One: the nursing associate apprenticeship." # speaker: tendai # to: you
    # moment: Tendai's supervision
    # perspective: tendai: One sentence from me, a report from you. Good changes, all chosen before I walked in.
* {tendai_trust >= 0} [Make Thursdays paid college days, cover one a month yourself, and let Tendai agree the rest with Farah. #move: indirect tendai kind=delegate #reflect: You gave one Thursday a month of your own. What did sending Tendai to Farah for the other three ask of her, on Farah's worst day?]
    "Paid Thursdays. I'll do one a month myself. Have a word with Farah about the rest. She knows the rota better than I do." # speaker: you # to: tendai
    "One a month. The other three, I ask Farah for." Tendai folds the list. "I'm not going to be the one asking her for Thursdays." # speaker: tendai # to: you
    By August she has put her name down for the year after.
    # moment: Tendai's supervision
    # perspective: tendai: I brought my list to the one person who could say yes. I came out with another conversation to have.
* {tendai_trust >= 0} [Take up her offer: Thursday as her day off for the college, and the visa dates on paper with her. #move: decide_with tendai #reflect: Tendai offered her day off so she wouldn't owe Farah. Who was she offering it to, and what did saying yes save, and cost?]
    "Thursday as your day off, then, if that suits you. Now, the visa." # speaker: you # to: tendai
    "It suits the rota." At the top of her list she writes "move appointments": her son's, which she keeps for her day off. # speaker: tendai # to: you
    You put the visa dates in with her: her expiry in red, the new certificate of sponsorship it will need, and whether the trainee post can be sponsored at all, before she accepts.
    In August, when the training plan comes to you to sign, the college points out that an apprentice's college days have to fall in her paid hours, or the place can't be funded. Farah finds Thursdays after all, two weeks before term, by working two of them herself.
    # moment: Tendai's supervision
    # perspective: tendai: I offered my day off so I wouldn't owe anyone. You took it, and Farah worked two Thursdays anyway.
* {tendai_trust >= 0} [Make Thursdays paid college days from September, and tell Farah yourself. #move: adjust tendai room #reflect: You gave Tendai Thursdays as working days and turned down her day off. What did that cost Farah, and what would taking her offer have cost Tendai?]
    ~ tendai_trust += 1
    "Thursdays are yours from September, as working days. Keep your day off. I'll square it with Farah. Now, the visa." # speaker: you # to: tendai
    You put the visa dates in together: her expiry in red, the new certificate of sponsorship, and whether the trainee post can be sponsored at all. It takes the whole hour, and the owners' budget meeting starts without you.
    That afternoon you tell Farah. She says you might have asked her first. She moves two new starters' shadowing to Fridays, and works the first Thursday herself.
    # moment: Tendai's supervision
    # perspective: tendai: Thursdays from September, if the visa holds, and on paper. Farah found them, so I owe her anyway.
* {tendai_trust >= 0} [Start on the visa with her now, and the college next September, once the trainee post can be sponsored. #move: act_on_behalf tendai #reflect: You held the college a year to keep her visa safe. Whose risk was it to weigh, and what would finding out before September have taken?]
    "The visa first, then. The college can wait till next September, when we know the trainee post can be sponsored." # speaker: you # to: tendai
    "Next September." Tendai writes the year beside number one. # speaker: tendai # to: you
    You put the visa dates in together, her expiry in red, and send the trainee question to the agency's immigration adviser.
    The adviser answers in a fortnight, with weeks to spare before term.
    "So we could have asked before we decided." # speaker: tendai # to: you
    # moment: Tendai's supervision
    # perspective: tendai: You kept my visa safe, and I know why. It was my year to risk, and the adviser answered in a fortnight.
- -> epilogue

=== epilogue ===
# scene: epilogue
# rank: above
{
- tendai_trust >= 3 && sheila_ally >= 2:
    -> end_alongside
- tendai_trust >= 1:
    -> end_steady
- else:
    -> end_apart
}

=== end_alongside ===
# enter: tendai
# enter: sheila
# enter: gareth
# enter: hughes
Eight months after that Monday, Gareth starts on a new carer about her accent.
{ risk_logged:
    The Hughes house is flagged for two carers while Gareth's in, so Sheila is on the visit too.
- else:
    Nothing on the system says the Hughes house needs two carers while Gareth's in. Sheila is only on the visit because she swapped a call.
}
Tendai is on call that week. Sheila tells him to stop and rings on-call from the car. Tendai takes the report and is at the house in twenty minutes.
She sits down at Mr Hughes's kitchen table, opposite Gareth, and asks the new carer what she wants to happen next. The new carer asks not to do Mondays there again. Then Tendai tells Gareth what happens if it happens again.
// Reached only with terms_set (r17 read: trust can't reach 3 after moving her off and back without asking).
// r17 read 2: read at the table, before the doorstep (it had come after Sheila drove off).
The care agreement is on the table. Gareth reads the line about abuse of staff and says he'd had a day of it, to his dad, not to her. Mr Hughes says he always has.
On the doorstep afterwards Tendai turns to Sheila. "You stopped him before I got here." # speaker: tendai # to: sheila
"My hands are still shaking." Sheila sits in her car a long time before she starts it. # speaker: sheila # to: tendai
-> END

=== end_steady ===
# enter: tendai
Eight months on, Tendai visits Mr Hughes. Gareth nods to her in the hallway and finds reasons to be in the kitchen. To his dad he still calls her "the carer".
"I don't need him to like me. I need him in the kitchen." # speaker: tendai # to: you
{ sheila_exposed:
    Sheila doesn't apply for the next post. She still tells new starters to ring the office.
- else:
    Sheila asks for the new starters on her round, and tells them to ring the office. Gareth, she says, is "like that".
}
-> END

=== end_apart ===
# enter: tendai
Eight months on, Tendai hands in her notice. Another agency will sponsor her, and is glad of someone with her record.
"I'm not leaving the work. I'm leaving here." # speaker: tendai # to: you
Mr Hughes rings the office himself to ask who's coming now, and writes the new name on the calendar by his chair.
-> END
