// The top-level declarations Apps Script looks for (menus, triggers, google.script.run, cells),
// each forwarding into the bundle's global object.
import { appsScriptGlobalNames, ES2020_GLOBALS, FORBIDDEN_GLOBALS } from './globals.mjs';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** @param {import('./exports.mjs').ExportedFunction[]} functions */
export function renderWrappers(functions, globalName) {
  return functions.map((fn) => [docFor(fn), declaration(fn, globalName)].filter(Boolean).join('\n')).join('\n\n');
}

function declaration(fn, globalName) {
  const params = fn.params.map((p) => (p.rest ? `...${p.name}` : p.name)).join(', ');
  return `function ${fn.name}(${params}) { return ${globalName}.${fn.name}(${params}); }`;
}

function docFor(fn) {
  if (!fn.custom) {
    const summary = firstSentence(fn.description.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim());
    return summary ? `// ${summary}` : '';
  }
  const lines = fn.description ? [...fn.description.split('\n'), ''] : [];
  for (const p of fn.params) {
    const type = p.rest ? `...${p.type}` : p.type;
    const name = p.optional ? `[${p.name}]` : p.name; // Sheets shows the name as written
    lines.push(`@param {${type}} ${name}${p.doc ? ` ${p.doc}` : ''}`);
  }
  lines.push(`@return {${fn.returnType}}${fn.returnDoc ? ` ${fn.returnDoc}` : ''}`, '@customfunction');
  const body = lines.map((l) => (l ? ` * ${l.replaceAll('*/', '*\\/')}` : ' *')).join('\n');
  return `/**\n${body}\n */`;
}

/**
 * Names Apps Script or Sheets would mishandle, and custom-function docs that would show badly.
 * @returns {{ errors: string[], warnings: string[] }}
 */
export function checkNames(functions, globalName, root) {
  const errors = [];
  const warnings = [];
  const taken = appsScriptGlobalNames(root);
  for (const fn of functions) {
    const it = `'${fn.name}' (${fn.where})`;
    if (fn.name === globalName || taken.has(fn.name) || ES2020_GLOBALS.has(fn.name) ||
        FORBIDDEN_GLOBALS.has(fn.name)) {
      errors.push(`${it} collides with a global of the same name in Apps Script or JavaScript; rename the export.`);
    }
    if (fn.name.endsWith('_')) {
      errors.push(`${it} ends with '_', which makes it private in Apps Script: menus and google.script.run cannot call it.`);
    }
    for (const stray of fn.strayParamTags) {
      errors.push(`${it} documents @param '${stray}', but its parameters are (${fn.params.map((p) => p.name).join(', ')}).`);
    }
    if (!fn.custom) continue;
    if (!UPPER_SNAKE.test(fn.name)) {
      errors.push(`custom function ${it} must be named in UPPER_SNAKE case, as Sheets functions are (e.g. '${toUpperSnake(fn.name)}'); export it under that name.`);
    }
    if (!fn.description) warnings.push(`custom function ${it} has no description for the formula helper.`);
    for (const p of fn.params.filter((q) => !q.doc)) {
      warnings.push(`custom function ${it}: @param ${p.name} has no description.`);
    }
    if (!fn.hasReturnTag) warnings.push(`custom function ${it} has no @return description.`);
  }
  return { errors, warnings };
}

/** A long first paragraph is cut to its first sentence, to keep the comment on one line. */
function firstSentence(text) {
  if (text.length <= 100) return text;
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

function toUpperSnake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
