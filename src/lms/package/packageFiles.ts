// The built game as a list of files for a zip: every file under dist/, with forward-slash relative paths.
import fs from 'node:fs';
import path from 'node:path';

export function readTree(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.set(rel, new Uint8Array(fs.readFileSync(path.join(dir, rel))));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
