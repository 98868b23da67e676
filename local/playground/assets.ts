// The playground's own browser files: the page (HTML, CSS, one script) and the
// google.script.run stand-in, bundled in memory once when the server starts.

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STAND_IN_PATH } from './shown-pages';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export interface Asset {
  type: string;
  body: string;
}

export async function buildAssets(): Promise<Map<string, Asset>> {
  const { outputFiles } = await build({
    absWorkingDir: HERE,
    entryPoints: { page: './page/main.ts', 'google-script-run': './stand-in/google-script-run.ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    outdir: 'out',
    logLevel: 'silent',
  });
  const script = (name: string): Asset => ({
    type: 'text/javascript; charset=utf-8',
    body: outputFiles.find((file) => basename(file.path) === `${name}.js`)!.text,
  });
  const file = (name: string, type: string): Asset => ({ type, body: readFileSync(join(HERE, 'page', name), 'utf8') });
  return new Map([
    ['/', file('index.html', 'text/html; charset=utf-8')],
    ['/assets/page.css', file('page.css', 'text/css; charset=utf-8')],
    ['/assets/page.js', script('page')],
    [STAND_IN_PATH, script('google-script-run')],
  ]);
}
