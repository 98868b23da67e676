// Checks on the finished server script: what Apps Script's V8 would refuse or not have.
import vm from 'node:vm';
import * as acorn from 'acorn';
import findGlobals from 'acorn-globals';
import {
  appsScriptGlobalNames, ES2020_GLOBALS, FORBIDDEN_GLOBALS, LIBRARY_ALLOWANCES,
} from './globals.mjs';

/** The script must load as a classic script (no import/export) with no class fields. */
export function checkSyntax(code, file) {
  try {
    new vm.Script(code, { filename: file }); // a classic script, as Apps Script loads it
  } catch (err) {
    return [`${file} is not a plain script (${err.message}) ${at(code, err)}`];
  }
  return classFieldErrors(parse(code), code, file);
}

/**
 * Globals the script reads. `moduleAt(offset)` names the source module of a position (from
 * esbuild's unminified `// path` markers), for messages and for library allowances.
 * @returns {{ errors: string[], others: string[], probes: string[] }} `others` are unguarded
 *   globals that are neither ES2020 nor Apps Script (worth a look, not fatal); `probes` are
 *   forbidden names that appear only behind a guard.
 */
export function checkGlobals(code, file, root, moduleAt = () => undefined) {
  const errors = [];
  const others = new Set();
  const probes = new Set();
  const known = appsScriptGlobalNames(root);
  for (const { name, nodes } of findGlobals(parse(code))) {
    if (name === 'this' || ES2020_GLOBALS.has(name) || known.has(name)) continue;
    const forbidden = FORBIDDEN_GLOBALS.has(name);
    const unguarded = nodes.filter((node) => {
      const module = moduleAt(node.start);
      const library = module?.startsWith('node_modules/') ?? false;
      return !isGuarded(node, name, library) &&
        !(forbidden && LIBRARY_ALLOWANCES.some((a) => a.name === name && module?.startsWith(a.module)));
    });
    if (unguarded.length === 0) {
      if (forbidden) probes.add(name);
    } else if (forbidden) {
      const first = unguarded[0];
      const where = moduleAt(first.start) ?? `${file}:${first.loc.start.line}:${first.loc.start.column + 1}`;
      errors.push(
        `${where} uses '${name}', which Apps Script does not have (${unguarded.length} place(s) in ` +
          `${file}; first: ${snippet(code, first.start)}). Use an Apps Script service (Utilities, ` +
          `UrlFetchApp, …) instead, or guard it with \`typeof ${name} !== 'undefined'\`.`,
      );
    } else {
      others.add(name);
    }
  }
  return { errors, others: [...others], probes: [...probes] };
}

/** A function giving the module of an offset in esbuild's unminified output. */
export function moduleLocator(code) {
  const marks = [...code.matchAll(/^ *\/\/ (\S+\.[cm]?[jt]sx?)$/gm)].map((m) => [m.index, m[1]]);
  return (offset) => {
    let found;
    for (const [start, module] of marks) {
      if (start > offset) break;
      found = module;
    }
    return found;
  };
}

function parse(code) {
  return acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
}

/** Apps Script's V8 rejects class fields (`x = 1`, `static x = 1`, `#x`, `static {}`). */
function classFieldErrors(ast, code, file) {
  const errors = [];
  visit(ast, (node) => {
    const what = {
      PropertyDefinition: node.static ? 'a static class field' : 'a class field',
      PrivateIdentifier: 'a #private member',
      StaticBlock: 'a static block',
    }[node.type];
    if (what) {
      errors.push(
        `${file} contains ${what} at ${node.loc.start.line}:${node.loc.start.column + 1} ` +
          `(${snippet(code, node.start)}), which Apps Script's V8 rejects: lower it in esbuild's ` +
          '`supported` options.',
      );
    }
  });
  return errors.slice(0, 5);
}

/**
 * A reference is guarded when it is the operand of `typeof`, or sits on the far side of a test
 * that probes the same name: `typeof X !== 'undefined' && X.y`, `typeof X == 'object' ? X : …`,
 * `if (typeof X …) { X… }`. Inside a library, a `try` with a `catch` also counts: the
 * ReferenceError is caught (zod's URL checks). Our own code must probe with `typeof`.
 */
function isGuarded(node, name, library) {
  const chain = node.parents; // ancestors, outermost first, ending with the node itself
  const parent = chain[chain.length - 2];
  if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
  for (let i = chain.length - 2; i >= 0; i--) {
    const outer = chain[i];
    const inner = chain[i + 1];
    if (library && outer.type === 'TryStatement' && inner === outer.block && outer.handler) return true;
    const test =
      outer.type === 'LogicalExpression' && inner === outer.right ? outer.left
        : (outer.type === 'ConditionalExpression' || outer.type === 'IfStatement') &&
            inner !== outer.test ? outer.test
          : undefined;
    if (test && probes(test, name)) return true;
  }
  return false;
}

function probes(tree, name) {
  let found = false;
  visit(tree, (n) => {
    if (n.type === 'UnaryExpression' && n.operator === 'typeof' &&
        n.argument.type === 'Identifier' && n.argument.name === name) found = true;
  });
  return found;
}

function visit(node, fn) {
  if (!node || typeof node.type !== 'string') return;
  fn(node);
  for (const key of Object.keys(node)) {
    if (key === 'parents' || key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => visit(v, fn));
    else if (value && typeof value === 'object') visit(value, fn);
  }
}

function snippet(code, offset) {
  return JSON.stringify(code.slice(Math.max(0, offset - 30), offset + 50));
}

/** Where vm.Script's SyntaxError points, from the `file:line` in its stack. */
function at(code, err) {
  const line = Number(/:(\d+)\n/.exec(String(err.stack))?.[1]);
  if (!line) return '';
  return `line ${line}: ${JSON.stringify(code.split('\n')[line - 1]?.slice(0, 120))}`;
}
