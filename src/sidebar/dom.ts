/**
 * Building the page. Text from the sheets (names, notes) only ever goes in through
 * textContent or attribute values, never as HTML, so `<img onerror=…>` shows as typed.
 */
type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return element;
}

let lastId = 0;

/** A unique id for tying a label (or a message) to its control. */
export function newId(prefix: string): string {
  return `${prefix}-${++lastId}`;
}

/** A labelled control with a place for its problem underneath, announced when it changes. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): { wrap: HTMLElement; problem: HTMLElement } {
  control.id ||= newId('field');
  const problem = h('p', { className: 'problem', id: `${control.id}-problem`, 'aria-live': 'polite' });
  const described = [problem.id];
  const hintLine = hint ? h('p', { className: 'hint', id: `${control.id}-hint`, text: hint }) : null;
  if (hintLine) described.unshift(hintLine.id);
  control.setAttribute('aria-describedby', described.join(' '));
  const wrap = h('div', { className: 'field' }, h('label', { for: control.id, text: label }), control, hintLine, problem);
  return { wrap, problem };
}

/** What a number box holds; blank is NaN (not 0), so the schema asks for a number. */
export function numberIn(input: HTMLInputElement): number {
  return input.value.trim() === '' ? Number.NaN : Number(input.value);
}

export function button(text: string, onClick: () => void, className = 'secondary'): HTMLButtonElement {
  const b = h('button', { type: 'button', className, text });
  b.addEventListener('click', onClick);
  return b;
}

export function option(value: string, text: string): HTMLOptionElement {
  const o = h('option', { value, text });
  return o;
}
