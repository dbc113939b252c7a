// An example of a plain Inky story, as an author might download one: it has none of the game's scoring tags,
// only its own (mood, CLEAR). The game plays it with no scoring, and the curtain call offers the general
// reflective questions. `listed: no` keeps it off the playbill; open it with ?story=plain-example.
# title: A Plain Story
# listed: no

-> corridor

=== corridor ===
The corridor is quiet after the night shift. # mood: calm
A relative is waiting by the nurses' station with a carrier bag of clean clothes.
* [Say hello and ask who they are visiting]
  "My dad, Ray. Bay four. Nobody's told me how his night was."
* [Finish your notes first]
  You finish the line you were writing. When you look up, they are still there, holding the bag a little tighter.
- -> bay

=== bay ===
# CLEAR
Ray is awake and wants his own pyjamas.
* [Ask Ray what he would like to happen first]
  He points at the bag, then at the window. "Clothes. Then the blind up, please."
* [Tell his son what the night was like]
  His son listens. Ray watches the two of you talk above the bed.
- The day begins.
-> END
