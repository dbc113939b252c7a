// The Vite plugin that writes the facilitator pages' service worker (offlineWorker.ts) into the build, with the
// files each page needs to reload while the room server is down: the page, every script it loads or may load, its
// stylesheets and their fonts, and, for the presenter, the shipped stories (it resumes a session from one).
// Found from the build itself, so a new import or stylesheet is kept without anyone listing it. The build only:
// the dev server has no worker (authors edit stories there, and a kept copy must never stand in for a saved one).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformWithOxc, type Plugin, type Rolldown } from 'vite';
import { ROOM_ANSWER_SECONDS } from '../../facilitation/roomSilence.ts';
import { OFFLINE_PAGES, OFFLINE_WORKER, ROOM_FIRST_QUESTION } from './keepOffline.ts';

const WORKER_SOURCE = 'src/ui/workshop/offlineWorker.ts';

/** `./assets/x.js` in the page's script and link tags; `url(./x.woff2)` in a stylesheet. */
const PAGE_REFERENCE = /\s(?:src|href)="\.\/([^"#?]+)"/g;
const STYLE_REFERENCE = /url\(\s*["']?([^"')#?]+)/g;

/** Every file one page needs, from its HTML through the bundle's chunks and stylesheets. */
export function filesOfPage(page: string, bundle: Rolldown.OutputBundle): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    const item = bundle[file];
    if (!item || found.has(file)) return;
    // Fonts: every browser with service workers reads WOFF2, which a stylesheet offers first; the WOFF beside it is
    // for older browsers and is never asked for here.
    if (file.endsWith('.woff')) return;
    found.add(file);
    if (item.type === 'chunk') {
      const meta = (item as { viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> } }).viteMetadata;
      for (const next of [
        ...item.imports,
        ...item.dynamicImports,
        ...(meta?.importedCss ?? []),
        ...(meta?.importedAssets ?? []),
      ])
        visit(next);
    } else if (file.endsWith('.html')) {
      for (const [, ref] of String(item.source).matchAll(PAGE_REFERENCE)) visit(ref!);
    } else if (file.endsWith('.css')) {
      const dir = path.posix.dirname(file);
      for (const [, ref] of String(item.source).matchAll(STYLE_REFERENCE))
        if (!ref!.startsWith('data:')) visit(path.posix.join(dir, ref!));
    }
  };
  visit(`${page}.html`);
  if (page === 'workshop') for (const file of Object.keys(bundle)) if (/^stories\/[^/]+\.json$/.test(file)) visit(file);
  return [...found].sort();
}

function bytesOf(item: Rolldown.OutputBundle[string]): string | Uint8Array {
  return item.type === 'chunk' ? item.code : item.source;
}

export function facilitatorPagesOffline(): Plugin {
  let root = process.cwd();
  return {
    name: 'facilitator-pages-offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options, bundle) {
      const pages = Object.fromEntries(OFFLINE_PAGES.map((page) => [page, filesOfPage(page, bundle)]));
      if (!pages.workshop?.length) return;
      // The version changes whenever any kept file does (a story's words included): a new worker, new copies.
      const hash = createHash('sha256');
      for (const file of [...new Set(Object.values(pages).flat())].sort())
        hash.update(file).update(bytesOf(bundle[file]!));
      const kept = JSON.stringify({
        version: hash.digest('hex').slice(0, 16),
        pages,
        wait: ROOM_ANSWER_SECONDS * 1000,
        firstQuestion: ROOM_FIRST_QUESTION,
      });
      const source = path.join(root, WORKER_SOURCE);
      const { code } = await transformWithOxc(fs.readFileSync(source, 'utf8'), source, {});
      if (code.split('__KEPT__').length !== 2) throw new Error(`${WORKER_SOURCE}: expected __KEPT__ once`);
      fs.writeFileSync(path.join(options.dir!, OFFLINE_WORKER), code.replace('__KEPT__', kept));
    },
  };
}
