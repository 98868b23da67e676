// Sidebar pages: each src/sidebar/*.html becomes one self-contained dist/*.html, its
// `<script src="./x.ts">` bundled and inlined, its `<link rel="stylesheet" href="./x.css">`
// inlined, because HtmlService serves a single file and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const SCRIPT_TAG = /<script\b([^>]*)>\s*<\/script\s*>/gi;
const LINK_TAG = /<link\b([^>]*)>/gi;
const ASSET_LOADERS = Object.fromEntries(
  ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.woff', '.woff2', '.ttf'].map((e) => [e, 'dataurl']),
);

/** @returns {Promise<{ pages: { file: string, bytes: number }[], errors: string[] }>} */
export async function buildPages(pagesDir, outdir) {
  const pages = [];
  const errors = [];
  const names = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html')) : [];
  for (const name of names.sort()) {
    const file = path.join(pagesDir, name);
    try {
      const html = await inlinePage(fs.readFileSync(file, 'utf8'), pagesDir);
      const leftovers = externalReferences(html);
      if (leftovers.length) {
        errors.push(`${rel(file)} still refers to ${leftovers.join(', ')}: HtmlService serves one file, so inline it (a <script src> or <link rel="stylesheet"> next to the page) or drop it.`);
        continue;
      }
      fs.writeFileSync(path.join(outdir, name), html);
      pages.push({ file: name, bytes: Buffer.byteLength(html) });
    } catch (err) {
      errors.push(`${rel(file)}: ${err.message}`);
    }
  }
  return { pages, errors };
}

async function inlinePage(html, dir) {
  const deferred = [];
  const scripts = [];
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const src = attr(match[1], 'src');
    if (src && isLocal(src)) scripts.push({ tag: match[0], src, attrs: match[1] });
  }
  for (const s of scripts) {
    const code = await bundle(path.resolve(dir, s.src), 'js');
    const inline = `<script>${code.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
    // A deferred or module script ran after parsing; keep that by moving it to the end of body.
    const late = /\b(defer|async)\b/i.test(s.attrs) || attr(s.attrs, 'type') === 'module';
    if (late) deferred.push(inline);
    html = html.replace(s.tag, late ? '' : () => inline);
  }
  const links = [...html.matchAll(LINK_TAG)].filter(
    (m) => attr(m[1], 'rel')?.toLowerCase() === 'stylesheet' && isLocal(attr(m[1], 'href') ?? ''),
  );
  for (const m of links) {
    const css = await bundle(path.resolve(dir, attr(m[1], 'href')), 'css');
    html = html.replace(m[0], () => `<style>${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`);
  }
  if (deferred.length) {
    const at = html.search(/<\/body\s*>/i);
    const tail = deferred.join('\n');
    html = at < 0 ? html + tail : html.slice(0, at) + tail + html.slice(at);
  }
  return html;
}

async function bundle(entry, kind) {
  if (!fs.existsSync(entry)) throw new Error(`${rel(entry)} does not exist`);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
    charset: 'utf8',
    legalComments: 'none',
    loader: ASSET_LOADERS,
    ...(kind === 'js' ? { format: 'iife', platform: 'browser', target: 'es2020' } : {}),
  });
  return result.outputFiles[0].text.trim();
}

/** src/href values in tags (not inside inlined code) that point next to the page or make the
 * browser fetch from the web; links (`<a href="https://…">`) are fine. */
function externalReferences(html) {
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  const found = [];
  for (const [, tag, attrs] of markup.matchAll(/<(\w+)\b([^>]*)>/g)) {
    for (const name of ['src', 'href']) {
      const value = attr(attrs, name);
      if (value === undefined) continue;
      const fetched = name === 'src' || tag.toLowerCase() === 'link';
      if (isLocal(value) || (fetched && /^(https?:)?\/\//i.test(value))) {
        found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  return found;
}

function attr(attrs, name) {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A path next to the page, as opposed to a URL, an anchor or inline data. */
function isLocal(url) {
  return url !== '' && !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);
}

function rel(file) {
  return path.relative(process.cwd(), file);
}
