// Prints the gzip size of every script the built game page loads statically (what a learner downloads before
// the first words): `node scripts/firstLoadJs.mjs [dist]`. The benchmark measures the same in a real browser.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const seen = new Set();
const visit = (file) => {
  if (seen.has(file) || !fs.existsSync(file)) return;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.')) visit(path.resolve(path.dirname(file), m[1]));
  }
};
for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) visit(path.resolve(dist, m[1]));
let total = 0;
for (const file of seen) {
  const size = zlib.gzipSync(fs.readFileSync(file)).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${path.relative(dist, file)}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  in all (gzip)`);
