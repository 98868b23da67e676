// The contract of dist/: what Apps Script and clasp need from the built files.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, ROOT, runBuild, tempDir } from './helpers';

type Node = acorn.Node & Record<string, unknown>;
type FoundGlobal = { name: string; nodes: (Node & { parents: Node[] })[] };
const findGlobals = createRequire(import.meta.url)('acorn-globals') as (ast: acorn.Node) => FoundGlobal[];

const GLOBAL_NAME = 'LoyaltyLedger';
const FORBIDDEN = [
  'require', 'module', 'exports', 'process', 'Buffer', 'global', '__dirname', '__filename',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'queueMicrotask', 'structuredClone',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'crypto', 'performance',
  'window', 'document', 'navigator', 'self', 'XMLHttpRequest',
];
const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

const entries = [path.relative(ROOT, path.join(FIXTURES, 'main.ts'))];
if (fs.existsSync(path.join(ROOT, 'src/main.ts'))) entries.push('src/main.ts');

interface Built {
  dir: string;
  code: string;
  ast: acorn.Program;
  comments: acorn.Comment[];
}

const builds = new Map<string, Built>();
afterAll(() => builds.forEach((b) => removeDir(b.dir)));

/** Builds `entry` into a temp folder once per set of flags; the tests only read the result. */
function build(entry: string, ...flags: string[]): Built {
  const key = [entry, ...flags].join(' ');
  const cached = builds.get(key);
  if (cached) return cached;
  const dir = tempDir('bundle');
  const run = runBuild('--entry', entry, '--outdir', dir, ...flags);
  expect(run.status, run.stderr).toBe(0);
  const code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  const comments: acorn.Comment[] = [];
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', onComment: comments });
  const built = { dir, code, ast, comments };
  builds.set(key, built);
  return built;
}

/** Top-level `function NAME(params)` declarations, with the `/** … *\/` block right above. */
function topLevelFunctions({ code, ast, comments }: Built) {
  return ast.body.filter((s): s is acorn.FunctionDeclaration => s.type === 'FunctionDeclaration').map((fn) => {
    const before = comments.filter((c) => c.end <= fn.start && code.slice(c.end, fn.start).trim() === '');
    const doc = before.find((c) => c.type === 'Block' && c.value.startsWith('*'));
    return {
      name: fn.id.name,
      params: fn.params.map((p) => (p.type === 'RestElement' ? (p.argument as acorn.Identifier).name : (p as acorn.Identifier).name)),
      doc: doc ? `/*${doc.value}*/` : undefined,
      line: before.find((c) => c.type === 'Line')?.value.trim(),
    };
  });
}

function visit(node: unknown, fn: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') fn(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parents' && value && typeof value === 'object') {
      if (Array.isArray(value)) value.forEach((v) => visit(v, fn));
      else visit(value, fn);
    }
  }
}

describe.each(entries)('the bundle built from %s', (entry) => {
  let built: Built;
  let readable: Built;
  beforeAll(() => {
    built = build(entry);
    readable = build(entry, '--readable');
  });

  it('loads as a classic script: no import or export', () => {
    expect(() => new vm.Script(built.code)).not.toThrow();
    expect(built.ast.body.some((s) => /^(Import|Export)/.test(s.type))).toBe(false);
  });

  it('declares one top-level function for every export, forwarding into the bundle', () => {
    const context = vm.createContext({});
    vm.runInContext(built.code, context);
    const exported = Object.keys((context as Record<string, object>)[GLOBAL_NAME]!).sort();
    const declared = topLevelFunctions(built);
    expect(declared.map((f) => f.name).sort()).toEqual(exported);
    for (const fn of declared) {
      const args = fn.params.join(', ');
      expect(built.code).toContain(`return ${GLOBAL_NAME}.${fn.name}(`);
      expect(fn.params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p)), `${fn.name}(${args})`).toBe(true);
    }
  });

  it('gives each custom function the JSDoc block Sheets reads', () => {
    for (const fn of topLevelFunctions(built).filter((f) => f.doc?.includes('@customfunction'))) {
      expect(fn.name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      const doc = fn.doc!;
      const paramTags = [...doc.matchAll(/@param \{[^}]+\} \[?([\w$]+)\]?/g)].map((m) => m[1]);
      expect(paramTags, fn.name).toEqual(fn.params);
      expect(doc).toMatch(/@return \{[^}]+\}/);
      expect(doc).toMatch(/^\/\*\*\n \* \S/); // a description first
    }
  });

  it('contains no class fields, private members or static blocks', () => {
    const found: string[] = [];
    visit(built.ast, (n) => {
      if (['PropertyDefinition', 'PrivateIdentifier', 'StaticBlock'].includes(n.type)) found.push(n.type);
    });
    expect(found).toEqual([]);
    expect(built.code).not.toMatch(/(^|[^\w$])#[A-Za-z_$][\w$]*\s*[=;(]/m);
  });

  it('reads no Node or browser global from our own code, except behind typeof', () => {
    // In the readable build every module starts with esbuild's `// path` marker; libraries are
    // the build's own business (it names its allowances), our sources must not need any.
    const marks = [...readable.code.matchAll(/^ *\/\/ (\S+\.[cm]?[jt]sx?)$/gm)].map((m) => ({ at: m.index, module: m[1]! }));
    const moduleAt = (offset: number) => marks.filter((m) => m.at <= offset).at(-1)?.module ?? 'Code.js';
    const offenders: string[] = [];
    for (const { name, nodes } of findGlobals(readable.ast)) {
      if (!FORBIDDEN.includes(name)) continue;
      for (const node of nodes) {
        const parent = node.parents.at(-2);
        const probed = parent?.type === 'UnaryExpression' && parent['operator'] === 'typeof';
        const module = moduleAt(node.start);
        if (!probed && !module.startsWith('node_modules/')) offenders.push(`${name} in ${module}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('copies appsscript.json with exactly the two scopes', () => {
    const shipped = fs.readFileSync(path.join(built.dir, 'appsscript.json'), 'utf8');
    expect(shipped).toBe(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
    const manifest = JSON.parse(shipped) as { oauthScopes: string[]; runtimeVersion: string; timeZone: string };
    expect([...manifest.oauthScopes].sort()).toEqual([...SCOPES].sort());
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
  });

  it('writes one self-contained page per src/sidebar/*.html', () => {
    const pages = fs.readdirSync(path.join(ROOT, 'src/sidebar')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const out = fs.readdirSync(built.dir).sort();
    expect(out).toEqual(['Code.js', 'appsscript.json', ...pages].sort());
    for (const page of pages) {
      const html = fs.readFileSync(path.join(built.dir, page), 'utf8');
      const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
      expect(markup, page).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
      expect(markup, page).not.toMatch(/<link\b[^>]*\bhref\s*=/i);
      expect(markup, page).not.toMatch(/\b(src|href)\s*=\s*["']?\.{0,2}\//i);
      expect(html, page).toMatch(/<script>[\s\S]*\S[\s\S]*<\/script>/);
    }
  });
});

describe('the generated declarations of the fixture', () => {
  let built: Built;
  beforeAll(() => {
    built = build(path.relative(ROOT, path.join(FIXTURES, 'main.ts')));
  });

  it('copies the JSDoc of a custom function exported under an alias, optional params in brackets', () => {
    const rebate = topLevelFunctions(built).find((f) => f.name === 'REBATE');
    expect(rebate?.params).toEqual(['value', 'rule', 'method']);
    expect(rebate?.doc).toBe(
      [
        '/**',
        ' * The rebate that a spend earns under a rule.',
        ' *',
        ' * @param {number} value The eligible spend, or a range of spends.',
        ' * @param {string} rule A Rule ID from Rebate Rules, or a brackets text.',
        ' * @param {string} [method] "retroactive" (default) or "incremental".',
        ' * @return {number} The rebate, rounded to the currency\'s minor unit.',
        ' * @customfunction',
        ' */',
      ].join('\n'),
    );
  });

  it('takes types from TypeScript where the JSDoc has none, and a default makes a param optional', () => {
    const balance = topLevelFunctions(built).find((f) => f.name === 'PACKAGE_BALANCE');
    expect(balance?.doc).toContain(' * @param {string} packageId The Package ID, e.g. P0001.');
    expect(balance?.doc).toContain(' * @param {string|Date} [asOf] The day to count to; today when omitted.');
    expect(balance?.doc).toContain(' * @return {number} The balance left.');
  });

  it('keeps other functions to one summary line, names destructured and rest params', () => {
    const fns = Object.fromEntries(topLevelFunctions(built).map((f) => [f.name, f]));
    expect(fns['onOpen']?.line).toBe('Builds the add-on menu; runs in AuthMode.NONE, so it touches nothing else.');
    expect(fns['setUpWorkbook']?.line).toBe('Creates the workbook\'s sheets; with `sample`, fills them with example rows.');
    expect(fns['setUpWorkbook']?.params).toEqual(['options']);
    expect(fns['showSidebar']?.line).toBeUndefined();
    expect(built.code).toContain('function findCustomers(query, ...fields) { return LoyaltyLedger.findCustomers(query, ...fields); }');
  });

  it('lowered the private and static class fields the fixture source has', () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'server/cells.ts'), 'utf8');
    expect(source).toMatch(/#rates/);
    expect(source).toMatch(/static readonly empty =/);
    const context = vm.createContext({});
    vm.runInContext(built.code, context);
    expect(vm.runInContext('REBATE(1000, "R1", "incremental")', context)).toBe(3000);
  });
});
