// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs. Nothing is
// shown; everything is recorded in a UiLog, and tests queue the user's answers.

import { currentExecution, gasError, requireAuthorization, SCOPES } from './execution';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

/** The answer a user gives when nobody queued one: the first button of the set. */
const DEFAULT_ANSWER: Record<ButtonSetName, ButtonName> = { OK: 'OK', OK_CANCEL: 'OK', YES_NO: 'YES', YES_NO_CANCEL: 'YES' };

export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };

export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuEntry[];
}

/** What a page shown in a sidebar or dialog looks like to the log. */
export interface ShownPage {
  getTitle(): string;
  getContent(): string;
  getWidth(): number | null;
  getHeight(): number | null;
}

export type UiEvent =
  | { type: 'menu'; menu: MenuRecord }
  | { type: 'alert'; title: string; prompt: string; buttons: ButtonSetName; response: ButtonName }
  | { type: 'prompt'; title: string; prompt: string; buttons: ButtonSetName; response: ButtonName; text: string }
  | { type: 'toast'; message: string; title: string; timeoutSeconds: number }
  | { type: 'sidebar'; title: string; html: string; width: number | null }
  | { type: 'dialog'; modal: boolean; title: string; html: string; width: number | null; height: number | null };

type EventOf<T extends UiEvent['type']> = Extract<UiEvent, { type: T }>;

export class UiLog {
  readonly events: UiEvent[] = [];
  private readonly answers: { button: ButtonName; text: string }[] = [];

  record(event: UiEvent): void {
    this.events.push(event);
  }

  of<T extends UiEvent['type']>(type: T): EventOf<T>[] {
    return this.events.filter((event): event is EventOf<T> => event.type === type);
  }

  /** Menus currently in the UI: the last addToUi of each name wins, as in Sheets. */
  menus(): MenuRecord[] {
    const byName = new Map<string, MenuRecord>();
    for (const { menu } of this.of('menu')) byName.set(`${menu.addon}:${menu.name}`, menu);
    return [...byName.values()];
  }

  /** The next alert or prompt gets this answer (and, for a prompt, this text). */
  queueResponse(button: ButtonName, text = ''): void {
    this.answers.push({ button, text });
  }

  nextAnswer(buttons: ButtonSetName): { button: ButtonName; text: string } {
    return this.answers.shift() ?? { button: DEFAULT_ANSWER[buttons], text: '' };
  }

  clear(): void {
    this.events.length = 0;
    this.answers.length = 0;
  }
}

export class Menu {
  private readonly record: MenuRecord;

  constructor(private readonly log: UiLog, name: string, addon: boolean) {
    this.record = { name, addon, items: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: Menu): this {
    this.record.items.push({ submenu: menu.snapshot() });
    return this;
  }

  addToUi(): void {
    this.log.record({ type: 'menu', menu: this.snapshot() });
  }

  private snapshot(): MenuRecord {
    return { ...this.record, items: [...this.record.items] };
  }
}

export class PromptResponse {
  constructor(private readonly text: string, private readonly button: ButtonName) {}

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
  const [title, prompt, buttons] = args.length >= 3 ? args : ['', args[0], args[1]];
  return { title: String(title ?? ''), prompt: String(prompt ?? ''), buttons: (buttons as ButtonSetName | undefined) ?? 'OK' };
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly log: UiLog, private readonly addonName: string) {}

  createMenu(caption: string): Menu {
    return new Menu(this.log, String(caption), false);
  }

  createAddonMenu(): Menu {
    return new Menu(this.log, this.addonName, true);
  }

  alert(...args: unknown[]): ButtonName {
    requireAuthorization('Ui.alert', SCOPES.ui);
    const dialog = dialogArgs(args);
    const { button } = this.log.nextAnswer(dialog.buttons);
    this.log.record({ type: 'alert', ...dialog, response: button });
    return button;
  }

  prompt(...args: unknown[]): PromptResponse {
    requireAuthorization('Ui.prompt', SCOPES.ui);
    const dialog = dialogArgs(args);
    const answer = this.log.nextAnswer(dialog.buttons);
    this.log.record({ type: 'prompt', ...dialog, response: answer.button, text: answer.text });
    return new PromptResponse(answer.text, answer.button);
  }

  showSidebar(userInterface: ShownPage): void {
    requireAuthorization('Ui.showSidebar', SCOPES.ui);
    this.log.record({ type: 'sidebar', title: userInterface.getTitle(), html: userInterface.getContent(), width: userInterface.getWidth() });
  }

  showModalDialog(userInterface: ShownPage, title: string): void {
    this.showDialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: ShownPage, title: string): void {
    this.showDialog(userInterface, title, false);
  }

  private showDialog(page: ShownPage, title: string, modal: boolean): void {
    requireAuthorization(modal ? 'Ui.showModalDialog' : 'Ui.showModelessDialog', SCOPES.ui);
    this.log.record({ type: 'dialog', modal, title: String(title), html: page.getContent(), width: page.getWidth(), height: page.getHeight() });
  }
}

/** SpreadsheetApp.getUi() is refused where no editor is around to show anything. */
export function assertUiAvailable(): void {
  if (currentExecution().authMode === 'CUSTOM_FUNCTION') throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
}
