// HtmlService: pages built from strings or from the .html files next to the bundle.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gasError } from './execution';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class HtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  readonly meta: { name: string; content: string }[] = [];
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setSandboxMode(mode: string): this {
    this.sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: string): this {
    this.xFrameOptionsMode = mode;
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.meta.push({ name: String(name), content: String(content) });
    return this;
  }
}

export function htmlService(distDir: string) {
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html = ''): HtmlOutput {
      return new HtmlOutput(String(html));
    },
    /** `name` is the file name in the project, with or without `.html`. */
    createHtmlOutputFromFile(filename: string): HtmlOutput {
      const base = String(filename).replace(/\.html$/, '');
      const path = join(distDir, `${base}.html`);
      if (!existsSync(path)) throw gasError(`No HTML file named ${base} was found.`);
      return new HtmlOutput(readFileSync(path, 'utf8'));
    },
  };
}
