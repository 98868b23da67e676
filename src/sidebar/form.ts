import type { Refused } from '../contract/types';
import { field } from './dom';
import { t, isCounterKey } from './i18n';

/** A random request token (google.script.run may deliver a retry; the server writes once per token). */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Issue {
  message: string;
  path: readonly PropertyKey[];
}

/**
 * A form's problems, each under the control it concerns (by request path, e.g. `lines.0.item`),
 * the rest in the form's status line; the first problem's control gets the focus.
 */
export class FormProblems {
  private readonly places = new Map<string, { problem: HTMLElement; control: HTMLElement }>();

  constructor(private readonly status: HTMLElement) {}

  place(path: string, problem: HTMLElement, control: HTMLElement): void {
    this.places.set(path, { problem, control });
  }

  /** A labelled control whose problems (by request path) show under it. */
  labelled(label: string, control: HTMLInputElement | HTMLSelectElement, path: string, hint?: string): HTMLElement {
    const { wrap, problem } = field(label, control, hint);
    this.place(path, problem, control);
    return wrap;
  }

  clear(): void {
    for (const { problem, control } of this.places.values()) {
      problem.textContent = '';
      control.removeAttribute('aria-invalid');
    }
    this.status.textContent = '';
    this.status.className = 'status';
  }

  show(path: string, message: string): void {
    const place = this.places.get(path);
    if (place) {
      place.problem.textContent = message;
      place.control.setAttribute('aria-invalid', 'true');
      place.control.focus();
    } else {
      this.status.textContent = message;
      this.status.className = 'status error';
    }
  }

  /** Schema issues from the page's own check: the message is a catalog key. */
  showIssues(issues: readonly Issue[]): void {
    this.clear();
    for (const issue of [...issues].reverse()) this.show(issue.path.join('.'), isCounterKey(issue.message) ? t(issue.message) : issue.message);
  }

  showRefusal(refused: Refused): void {
    this.clear();
    this.status.textContent = refused.refusal.message;
    this.status.className = 'status error';
    if (refused.refusal.field) this.show(refused.refusal.field, refused.refusal.message);
  }
}

/**
 * Sends a form: the button is disabled while the server works, and the same token goes with
 * every try of one submission, so neither a double click nor a retry writes twice.
 */
export class Submission {
  private token = newToken();
  private busy = false;

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly problems: FormProblems,
    private readonly status: HTMLElement,
  ) {}

  async send<T extends { ok: boolean }>(request: (token: string) => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.button.disabled = true;
    this.button.setAttribute('aria-busy', 'true');
    try {
      const answer = await request(this.token);
      // A new token after a save, and after the server says an earlier try of this token was
      // saved before the form changed: the next press then saves the form as it now is.
      if (answer.ok || (answer as unknown as Refused).refusal.reason === 'savedBefore') this.token = newToken();
      if (!answer.ok) this.problems.showRefusal(answer as unknown as Refused);
      return answer;
    } catch (error) {
      this.status.textContent = t('counter.failed', { reason: (error as Error).message });
      this.status.className = 'status error';
      return undefined;
    } finally {
      this.busy = false;
      this.button.disabled = false;
      this.button.removeAttribute('aria-busy');
    }
  }
}
