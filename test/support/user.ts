/**
 * Acting as a user in browser tests: focus what a keyboard user would reach, type with real key
 * presses (through the test runner's browser automation), and read what is on screen.
 */
import { sendKeys } from '@web/test-runner-commands';

/**
 * Waits until `check` returns a truthy value (re-rendering, fetches), or fails after `timeout` ms
 * saying what it waited for. Generous by default: a busy machine is slow, never wrong.
 */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 30_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The field element for a definition field id inside `root`. */
export function field(root: ParentNode, id: string): HTMLElement {
  const element = root.querySelector<HTMLElement>(`[data-field-id="${id}"]`);
  if (!element) throw new Error(`No field ${id} on screen`);
  return element;
}

/** Focuses the (first) text control of a field and types `text` key by key. */
export async function type(root: ParentNode, id: string, text: string): Promise<void> {
  const control = field(root, id).querySelector<HTMLInputElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=file]), textarea');
  if (!control) throw new Error(`Field ${id} has no text control`);
  control.focus();
  await sendKeys({ type: text });
}

/** Types a date into the day, month and year inputs, moving on with Tab as a keyboard user does. */
export async function typeDate(root: ParentNode, id: string, day: string, month: string, year: string): Promise<void> {
  const inputs = field(root, id).querySelectorAll<HTMLInputElement>('input');
  inputs[0]!.focus();
  await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: year });
}

/** Chooses a radio option with the keyboard: focus it, press Space. */
export async function choose(root: ParentNode, id: string, value: string): Promise<void> {
  const radio = field(root, id).querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  if (!radio) throw new Error(`Field ${id} has no option ${value}`);
  radio.focus();
  await sendKeys({ press: 'Space' });
}

/** Presses Enter on a button found by its visible text, as a keyboard user would. */
export async function press(root: ParentNode, text: string | RegExp): Promise<void> {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent?.trim() === text : text.test(candidate.textContent ?? ''),
  );
  if (!button) throw new Error(`No button "${text}"`);
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** The visible text of an element, whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
