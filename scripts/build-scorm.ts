// npm run build:scorm — the game as SCORM packages for an LMS (see LMS.md).
//
//   npm run build:scorm                       build the game, then for every listed story one SCORM 1.2 and one
//                                             SCORM 2004 (4th Edition) zip in dist-packages/
//   npm run build:scorm -- --reuse-dist       package the dist/ already built (no vite build)
//   npm run build:scorm -- --stories a,b      only these stories (one package each)
//   npm run build:scorm -- --bundle a,b       also one package holding several stories; it is complete when every
//                                             one of them has reached its curtain call's Record panel
//   --bundle-title "Title"                    the bundle's title in the LMS
//   --bundle-name name                        the bundle's file name (default: bundle → bundle-scorm12.zip)
//   --xapi-config file.json                   use this xAPI configuration in the packages (else dist/config/xapi.json)
//   --lrs https://lrs.example.org             also let the page reach this learning record store (for xAPI launch
//                                             parameters); repeatable, or comma-separated
//   --out folder                              instead of dist-packages/
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestSchema } from '../src/engine/manifest';
import { readXapiFile } from '../src/lms/xapi/xapiConfig';
import { buildPackage } from '../src/lms/package/buildPackage';
import { lrsOrigin } from '../src/lms/package/contentSecurity';
import { readTree } from '../src/lms/package/packageFiles';
import type { ScormVersion } from '../src/lms/package/manifestXml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  reuseDist: boolean;
  stories: string[] | null;
  bundle: string[] | null;
  bundleTitle: string | null;
  bundleName: string;
  xapiConfig: string | null;
  lrs: string[];
  out: string;
  dist: string;
}

function fail(message: string): never {
  console.error(`build:scorm: ${message}`);
  process.exit(1);
}

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    reuseDist: false,
    stories: null,
    bundle: null,
    bundleTitle: null,
    bundleName: 'bundle',
    xapiConfig: null,
    lrs: [],
    out: path.join(root, 'dist-packages'),
    dist: path.join(root, 'dist'),
  };
  const list = (v: string | undefined) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--reuse-dist') o.reuseDist = true;
    else if (arg === '--stories') o.stories = list(value());
    else if (arg === '--bundle') o.bundle = list(value());
    else if (arg === '--bundle-title') o.bundleTitle = value();
    else if (arg === '--bundle-name') o.bundleName = value();
    else if (arg === '--xapi-config') o.xapiConfig = path.resolve(value());
    else if (arg === '--lrs') o.lrs.push(...list(value()));
    else if (arg === '--out') o.out = path.resolve(value());
    else if (arg === '--dist') o.dist = path.resolve(value());
    else fail(`unknown option ${arg} (see the top of scripts/build-scorm.ts)`);
  }
  return o;
}

function viteBuild(): void {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) fail(`vite build failed (exit ${run.status ?? run.signal})`);
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  if (!o.reuseDist) viteBuild();
  if (!fs.existsSync(path.join(o.dist, 'index.html'))) fail(`${o.dist} has no built game: run without --reuse-dist`);
  const manifest = manifestSchema.parse(
    JSON.parse(fs.readFileSync(path.join(o.dist, 'stories', 'manifest.json'), 'utf8')),
  );
  const known = new Map(manifest.stories.map((s) => [s.id, s]));
  const check = (ids: string[]) => {
    for (const id of ids)
      if (!known.has(id)) fail(`there is no story "${id}" in the build (known: ${[...known.keys()].join(', ')})`);
    return ids;
  };
  const singles = check(o.stories ?? manifest.stories.filter((s) => s.listed).map((s) => s.id));
  const bundle = o.bundle ? check(o.bundle) : null;
  if (bundle && bundle.length < 2) fail('--bundle needs two or more stories');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(o.bundleName)) fail('--bundle-name takes lower-case letters, digits, - and _');

  const game = readTree(o.dist);
  const xapiText = o.xapiConfig
    ? fs.readFileSync(o.xapiConfig, 'utf8')
    : game.has('config/xapi.json')
      ? new TextDecoder().decode(game.get('config/xapi.json'))
      : '{}';
  const xapi = readXapiFile(JSON.parse(xapiText));
  const origins = [...o.lrs, ...(xapi.enabled ? [xapi.endpoint] : [])].map(
    (e) => lrsOrigin(e) ?? fail(`"${e}" is not an http(s) address`),
  );

  fs.mkdirSync(o.out, { recursive: true });
  const write = (name: string, title: string, stories: string[]) => {
    for (const version of ['1.2', '2004'] as ScormVersion[]) {
      const tag = version === '1.2' ? 'scorm12' : 'scorm2004';
      const { zip, files } = buildPackage({
        version,
        identifier: `allyship-theatre.${name}.${tag}`,
        title,
        stories,
        game,
        lrsOrigins: origins,
        xapiConfig: o.xapiConfig ? xapiText : undefined,
      });
      const file = path.join(o.out, `${name}-${tag}.zip`);
      fs.writeFileSync(file, zip);
      console.log(
        `${path.relative(process.cwd(), file)}  ${(zip.length / 1024).toFixed(0)} KB, ${files.length + 1} files`,
      );
    }
  };
  for (const id of singles) write(id, `${known.get(id)!.title} — The Allyship Theatre`, [id]);
  if (bundle)
    write(
      o.bundleName,
      o.bundleTitle ?? `The Allyship Theatre: ${bundle.map((id) => known.get(id)!.title).join(', ')}`,
      bundle,
    );
  if (origins.length) console.log(`xAPI: the packages' page may send statements to ${origins.join(', ')}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main();
