// The harness integration tests use: the built add-on in dist/ at the repo root,
// loaded into the emulator.

import { fileURLToPath } from 'node:url';
import { loadBundle, type Bundle, type BundleOptions } from '../../local/emulator';

export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

export function loadBuiltBundle(options: Omit<BundleOptions, 'distDir'> = {}): Bundle {
  return loadBundle({ ...options, distDir: DIST_DIR });
}
