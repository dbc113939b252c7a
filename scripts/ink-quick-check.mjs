// Quick compile + random-walk check for story writers: node /tmp/inkcheck.mjs stories/x.ink [walks]
import { Compiler, CompilerOptions, JsonFileHandler, Story } from '/work/main/node_modules/inkjs/dist/ink-full.mjs';
import fs from 'node:fs'; import path from 'node:path';
const file = process.argv[2]; const walks = Number(process.argv[3] ?? 200);
const src = fs.readFileSync(file, 'utf8');
const dir = path.dirname(path.resolve(file)); const files = {};
for (const f of fs.readdirSync(dir)) if (f.endsWith('.ink')) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
if (fs.existsSync(path.join(dir, 'includes'))) for (const f of fs.readdirSync(path.join(dir, 'includes'))) files['includes/' + f] = fs.readFileSync(path.join(dir, 'includes', f), 'utf8');
const opts = new CompilerOptions(null, [], false, null, new JsonFileHandler(files));
const c = new Compiler(src, opts);
let json;
try { json = c.Compile().ToJson(); } catch (e) { }
for (const e of new Set(c.errors)) console.log('ERROR', e);
for (const w of new Set(c.warnings)) console.log('WARN', w);
if (!json) process.exit(2);
const endings = new Map(); let maxDec = 0; let words = 0;
for (let w = 0; w < walks; w++) {
  const s = new Story(json); let errs = []; s.onError = (m) => errs.push(m);
  let seed = w * 7919 + 1; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let steps = 0; let lastText = ''; let ww = 0;
  while (true) {
    while (s.canContinue) { const t = s.Continue(); ww += t.split(/\s+/).length; lastText = t.trim() || lastText; if (++steps > 5000) { errs.push('too many lines'); break; } }
    if (errs.length || s.currentChoices.length === 0) break;
    s.ChooseChoiceIndex(Math.floor(rnd() * s.currentChoices.length));
  }
  words += ww;
  if (errs.length) { console.log('RUNTIME', errs.join('; ')); process.exit(1); }
  endings.set(lastText.slice(0, 60), (endings.get(lastText.slice(0, 60)) ?? 0) + 1);
}
console.log('compiled ok;', walks, 'walks; mean words per playthrough', Math.round(words / walks));
console.log('distinct last lines:', [...endings.keys()].length);
