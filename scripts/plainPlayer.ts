// The baseline `npm run bench` compares the game with: the smallest sensible plain-DOM ink player, built in the
// same run from the same compiled story, served by the same server. It is what a learner would wait for if the
// game were only an ink player: the inkjs runtime, the story JSON, a paragraph per line and a button per choice.
// It marks 'first-text', 'story-ready' and 'choice-rendered' where the game does, so both are timed the same way.
import fs from 'node:fs';
import path from 'node:path';

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plain ink player (benchmark baseline)</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main id="story"></main>
    <script src="ink.js"></script>
    <script src="player.js"></script>
  </body>
</html>
`;

// Plain JavaScript on purpose: this is the baseline, with nothing of the game's in it.
const PLAYER = `(function () {
  var main = document.getElementById('story');
  var marked = false;
  fetch('story.json')
    .then(function (r) { return r.text(); })
    .then(function (json) {
      var story = new inkjs.Story(json);
      function step() {
        var first = null;
        while (story.canContinue) {
          var text = story.Continue();
          if (!text.trim()) continue;
          var p = document.createElement('p');
          p.textContent = text;
          main.appendChild(p);
          first = first || p;
        }
        if (!marked && first) { marked = true; performance.mark('first-text'); }
        var list = document.createElement('ol');
        story.currentChoices.forEach(function (choice, i) {
          var li = document.createElement('li');
          var b = document.createElement('button');
          b.className = 'choice';
          b.textContent = choice.text;
          b.addEventListener('click', function () {
            list.remove();
            story.ChooseChoiceIndex(i);
            step();
            performance.mark('choice-rendered');
          });
          li.appendChild(b);
          list.appendChild(li);
        });
        if (story.currentChoices.length) main.appendChild(list);
        else { var end = document.createElement('p'); end.className = 'end-card'; end.textContent = 'The end.'; main.appendChild(end); }
      }
      step();
      performance.mark('story-ready');
    });
})();
`;

/** Writes the plain player for one built story into `<dist>/bench-plain/` and returns its path under dist. */
export function buildPlainPlayer(dist: string, storyId: string, inkRuntime: string): string {
  const dir = path.join(dist, 'bench-plain');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(dir, 'player.js'), PLAYER);
  fs.copyFileSync(inkRuntime, path.join(dir, 'ink.js'));
  fs.copyFileSync(path.join(dist, 'stories', `${storyId}.json`), path.join(dir, 'story.json'));
  return '/bench-plain/';
}
