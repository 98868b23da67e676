// Reads what the entry file exports, through re-exports and aliases, with the TypeScript
// compiler: names, real parameter names, and the JSDoc that esbuild would throw away.
import path from 'node:path';
import ts from 'typescript';

/**
 * @typedef {{ name: string, optional: boolean, rest: boolean, type: string, doc: string }} Param
 * @typedef {{
 *   name: string, where: string, custom: boolean, params: Param[],
 *   description: string, returnType: string, returnDoc: string, hasReturnTag: boolean,
 *   strayParamTags: string[],
 * }} ExportedFunction
 */

/**
 * Lists the functions `entry` exports. Type-only exports are skipped; any other value export is
 * reported in `problems`, because the entry is the list of what Apps Script may call.
 * @returns {{ functions: ExportedFunction[], problems: string[],
 *   menuTargets: { name: string, where: string }[] }}
 */
export function readExports(entry, tsconfigPath) {
  const program = ts.createProgram([entry], compilerOptions(tsconfigPath));
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) return { functions: [], problems: [`cannot read ${entry}`] };
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return { functions: [], problems: [`${rel(entry)} exports nothing`] };

  const functions = [];
  const problems = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const target =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(target.flags & ts.SymbolFlags.Value)) continue; // interfaces and type aliases
    const decl = target.valueDeclaration ?? target.declarations?.[0];
    const fn = decl && functionOf(decl, target);
    if (!fn) {
      problems.push(
        `${rel(entry)} exports '${name}' (${decl ? where(decl) : 'unknown'}), which is not a ` +
          'function: the entry lists only functions Apps Script may call.',
      );
      continue;
    }
    functions.push(describe(name, decl, fn, target, checker));
  }
  return { functions, problems, menuTargets: menuTargets(program) };
}

/** Function names our sources hand to menus: `.addItem(label, 'name')`. */
function menuTargets(program) {
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'addItem' && node.arguments[1] &&
        ts.isStringLiteralLike(node.arguments[1])) {
      found.push({ name: node.arguments[1].text, where: where(node.arguments[1]) });
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && !file.fileName.includes('/node_modules/')) visit(file);
  }
  return found.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
}

function compilerOptions(tsconfigPath) {
  const { config, error } = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(tsconfigPath));
  return { ...parsed.options, noEmit: true };
}

/** The function node behind a declaration: a function declaration or `const f = () => …`. */
function functionOf(decl, symbol) {
  if (ts.isFunctionDeclaration(decl)) {
    // With overloads, the implementation carries the real parameter names.
    return symbol.declarations.find((d) => ts.isFunctionDeclaration(d) && d.body) ?? decl;
  }
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = skipParens(decl.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** A name for a destructured parameter that has no @param tag to borrow one from. */
function patternName(param, index) {
  const base = ts.isObjectBindingPattern(param.name) ? 'options' : 'items';
  const clash = param.parent.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === base);
  return clash ? `${base}${index}` : base;
}

function skipParens(node) {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return node;
}

function describe(name, decl, fn, symbol, checker) {
  // JSDoc sits on the declaration (or on the `const` statement above an arrow function).
  const docHost = ts.isFunctionDeclaration(decl) ? fn : decl;
  const tags = ts.getJSDocTags(docHost);
  const paramTags = tags.filter(ts.isJSDocParameterTag);
  const params = fn.parameters.map((p, i) => {
    const tag = paramTags.find((t) => ts.isIdentifier(p.name) && t.name.getText() === p.name.text)
      ?? (!ts.isIdentifier(p.name) ? paramTags[i] : undefined);
    return {
      name: ts.isIdentifier(p.name) ? p.name.text : (tag?.name.getText() ?? patternName(p, i)),
      optional: Boolean(p.questionToken || p.initializer || p.dotDotDotToken),
      rest: Boolean(p.dotDotDotToken),
      type: tag?.typeExpression
        ? tag.typeExpression.type.getText()
        : typeText(checker.getTypeAtLocation(p), p, checker, Boolean(p.dotDotDotToken)),
      doc: oneLine(ts.getTextOfJSDocComment(tag?.comment) ?? '').replace(/^-\s*/, ''),
    };
  });
  const names = new Set(params.map((p) => p.name));
  const returnTag = tags.find((t) => t.tagName.text === 'return' || t.tagName.text === 'returns');
  const signature = checker.getSignatureFromDeclaration(fn);
  return {
    name,
    where: where(decl),
    custom: tags.some((t) => t.tagName.text === 'customfunction'),
    params,
    description: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
    returnType: returnTag?.typeExpression
      ? returnTag.typeExpression.type.getText()
      : signature
        ? typeText(checker.getReturnTypeOfSignature(signature), fn, checker, false)
        : '*',
    returnDoc: oneLine(ts.getTextOfJSDocComment(returnTag?.comment) ?? ''),
    hasReturnTag: Boolean(returnTag),
    strayParamTags: paramTags.map((t) => t.name.getText()).filter((n) => !names.has(n)),
  };
}

/** A TypeScript type as JSDoc shows it: `string|Date`, `*` for unknown. */
function typeText(type, node, checker, rest) {
  if (rest && checker.isArrayType(type)) type = checker.getTypeArguments(type)[0];
  if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return '*';
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
  const text = checker.typeToString(checker.getNonNullableType(type), node, flags);
  return text === 'unknown' || text === 'any' ? '*' : text.replace(/ \| /g, '|');
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function where(node) {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${rel(file.fileName)}:${line + 1}`;
}

function rel(file) {
  return path.relative(process.cwd(), file) || file;
}
