// Builds dist/ for clasp: Code.js (the server bundle plus generated top-level functions),
// one self-contained .html per sidebar page, and appsscript.json.
//
//   node build.mjs                      build src/main.ts and src/sidebar/*.html into dist/
//   node build.mjs --watch              rebuild whenever src/ or appsscript.json changes
//   node build.mjs --readable           leave Code.js unminified (readable stack traces)
//   node build.mjs --entry F --outdir D build another entry into another folder (tests)
//   node build.mjs --check F.js         only run the server-script checks on an existing file
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkGlobals, checkSyntax, moduleLocator } from './local/build/checks.mjs';
import { buildPages } from './local/build/pages.mjs';
import { buildServer } from './local/build/server.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const BUDGET_KB = 150;

/** A build we refuse to run (e.g. an output folder that must not be emptied). */
class RefusedError extends Error {}

const { values: opts } = parseArgs({
  options: {
    entry: { type: 'string', default: 'src/main.ts' },
    outdir: { type: 'string', default: 'dist' },
    pages: { type: 'string', default: 'src/sidebar' },
    manifest: { type: 'string', default: 'appsscript.json' },
    check: { type: 'string' },
    watch: { type: 'boolean', default: false },
    readable: { type: 'boolean', default: false },
  },
});

if (opts.check) {
  const file = path.resolve(opts.check);
  const code = fs.readFileSync(file, 'utf8');
  const name = path.relative(ROOT, file);
  const syntax = checkSyntax(code, name);
  // Library allowances need esbuild's `// path` markers, so they apply to unminified bundles only.
  const moduleAt = moduleLocator(code);
  const { errors: globals, others } = syntax.length
    ? { errors: [], others: [] }
    : checkGlobals(code, name, ROOT, moduleAt);
  const errors = [...syntax, ...globals];
  if (globals.length && moduleAt(code.length) === undefined) {
    console.log('note: no `// path` module markers in this file, so library allowances (globals.mjs) do not apply');
  }
  if (others.length) console.log(`note: globals that are neither ES2020 nor Apps Script: ${others.join(', ')}`);
  finish(errors);
  process.exit(errors.length ? 1 : 0);
}

if (opts.watch) {
  await watch();
} else {
  process.exit(finish(await build()) ? 0 : 1);
}

async function build() {
  const started = Date.now();
  const entry = path.resolve(ROOT, opts.entry);
  const outdir = path.resolve(ROOT, opts.outdir);
  if (!fs.existsSync(entry)) {
    return [`${opts.entry} not found: it is the list of functions Apps Script may call (DESIGN.md, main.ts).`];
  }
  // Build into a fresh sibling folder and swap it in only when everything passed: dist/ never
  // holds a file removed from src/, and a failed build leaves the last good dist/ alone.
  const staging = `${outdir}.${process.pid}.tmp`;
  try {
    assertSafeOutdir(outdir);
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    const result = await buildInto(staging, entry);
    if (result.errors.length) return result.errors;
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    report(outdir, result, Date.now() - started);
    return [];
  } catch (err) {
    return [err instanceof RefusedError ? err.message : (err.stack ?? String(err))];
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

async function buildInto(dir, entry) {
  const server = await buildServer({
    entry: path.relative(ROOT, entry).replaceAll(path.sep, '/'),
    root: ROOT,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    minify: !opts.readable,
  });
  server.warnings.forEach((w) => console.warn(`warning: ${w}`));
  if (server.errors.length) return { errors: server.errors };
  fs.writeFileSync(path.join(dir, 'Code.js'), server.code);

  const { pages, errors } = await buildPages(path.resolve(ROOT, opts.pages), dir);
  if (errors.length) return { errors };

  const manifest = path.resolve(ROOT, opts.manifest);
  try {
    JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch (err) {
    return { errors: [`${opts.manifest} is not a readable manifest: ${err.message}`] };
  }
  fs.copyFileSync(manifest, path.join(dir, 'appsscript.json'));
  return { errors: [], server, pages };
}

function report(outdir, { server, pages }, ms) {
  const bytes = Buffer.byteLength(server.code);
  const out = path.relative(ROOT, outdir) || '.';
  const budget = opts.readable ? 'unminified' : `budget ${BUDGET_KB} KB`;
  console.log(`${out}/Code.js  ${bytes} bytes (${kb(bytes)} KB, ${budget})`);
  for (const page of pages) console.log(`${out}/${page.file}  ${page.bytes} bytes (${kb(page.bytes)} KB)`);
  server.notes.forEach((n) => console.log(`  ${n}`));
  if (!opts.readable && bytes > BUDGET_KB * 1024) console.warn(`warning: Code.js is over the ${BUDGET_KB} KB budget.`);
  console.log(`built in ${ms} ms`);
}

/** The output folder is emptied, so it must not be the project, a parent of it, or src/. */
function assertSafeOutdir(outdir) {
  const inside = path.relative(ROOT, outdir).split(path.sep)[0];
  if (outdir === ROOT || ROOT.startsWith(outdir + path.sep) || inside === 'src' || inside === 'node_modules') {
    throw new RefusedError(`refusing to use ${outdir} as the output folder: it is emptied on every build`);
  }
}

function finish(errors) {
  for (const e of errors) console.error(`error: ${e}`);
  if (errors.length) console.error(`build failed (${errors.length} error${errors.length > 1 ? 's' : ''})`);
  return errors.length === 0;
}

async function watch() {
  let timer;
  let running = Promise.resolve();
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        console.log(`\n[${new Date().toLocaleTimeString()}] building…`);
        finish(await build().catch((err) => [err.stack]));
      });
    }, 100);
  };
  fs.watch(path.join(ROOT, 'src'), { recursive: true }, rebuild);
  fs.watch(path.resolve(ROOT, opts.manifest), rebuild);
  rebuild();
  console.log('watching src/ and appsscript.json (Ctrl-C to stop)');
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
