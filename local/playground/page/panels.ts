// Pages the add-on shows: a sidebar in a 300 px panel beside the grid, as in Sheets, and a
// dialog over it. Both load the built page from the server in an iframe.

/** Sheets' sidebar width; the add-on cannot change it. */
const SIDEBAR_WIDTH = 300;

export class SidePanel {
  private readonly frame: HTMLIFrameElement;

  constructor(private readonly panel: HTMLElement) {
    this.frame = panel.querySelector('iframe')!;
    panel.style.width = `${SIDEBAR_WIDTH}px`;
    panel.querySelector('.close')!.addEventListener('click', () => this.close());
  }

  open(title: string, url: string): void {
    this.panel.querySelector('.panel-title')!.textContent = title;
    this.frame.src = url;
    this.panel.hidden = false;
  }

  close(): void {
    this.panel.hidden = true;
    this.frame.src = 'about:blank';
  }

  holds(source: MessageEventSource | null): boolean {
    return source === this.frame.contentWindow;
  }
}

export class DialogPanel {
  private readonly frame: HTMLIFrameElement;

  constructor(private readonly dialog: HTMLDialogElement) {
    this.frame = dialog.querySelector('iframe')!;
  }

  /** Sheets' default dialog size is 600 × 400. */
  open(title: string, url: string, width: number | null, height: number | null): void {
    this.dialog.setAttribute('aria-label', title);
    Object.assign(this.frame.style, { width: `${width ?? 600}px`, height: `${height ?? 400}px` });
    this.frame.src = url;
    this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
    this.frame.src = 'about:blank';
  }
}
