/**
 * The form tests' one fixture builder: mounts `<wmebv-form>` with a definition (usually
 * `reportJson` from `form.examples.ts`) on a page section in one language, and waits until it shows
 * something. Test support only: not part of the package (tsconfig.build.json).
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../../../../test/support/user.js';
import type { WmebvForm } from './form.js';

export interface MountFormOptions {
  /** `lang` of the page section the form sits in (the form's language follows it). */
  lang?: string;
  /** CSS selector inside the form to wait for; by default its step heading or the unavailable notice. */
  waitFor?: string;
  /** What `sessionStorage` holds when the form starts (key to text), after clearing it. */
  session?: Readonly<Record<string, string>>;
}

/**
 * Clears saved progress (sessionStorage), mounts `<div lang><wmebv-form .definition></div>`, waits
 * until `waitFor` is in the form and its render is complete, and returns the form.
 */
export async function mountForm(definition: unknown, options: MountFormOptions = {}): Promise<WmebvForm> {
  const { lang = 'nl', waitFor = '.wmebv-form__step-heading, .wmebv-form--unavailable', session = {} } = options;
  sessionStorage.clear();
  for (const [key, text] of Object.entries(session)) sessionStorage.setItem(key, text);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><wmebv-form .definition=${definition}></wmebv-form></div>`);
  const form = wrapper.querySelector('wmebv-form')!;
  await until(() => form.querySelector(waitFor), `the form to render (${waitFor})`);
  await form.updateComplete;
  return form;
}

/**
 * Fails the page's requests for URLs matching `urls` (wildcards `*`) as offline does, through the
 * DevTools protocol (test/support/page-plugin.mjs): a chunk's `import()` then rejects as in a real
 * browser. A module that loaded once is never fetched again, so a test fails a chunk before its first load.
 */
export const offline = (...urls: string[]): Promise<unknown> => executeServerCommand('wmebv-page', { action: 'offline', urls });

/** Those requests go through again. */
export const online = (): Promise<unknown> => executeServerCommand('wmebv-page', { action: 'online' });
