// The one answer contract every field element shares (issue 10 item 3): a typed `answer` property
// that can be set before the element has rendered (or before its option exists), and one typed
// `wmebv-answer` event when the user changes it, carrying the same answer. Setting never dispatches.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { FieldAnswer, WmebvAnswerEvent, WmebvFieldElement } from '../index.js';
import { chooseFiles, makeFile } from '../../test/helpers.js';

const OPTIONS = [
  { value: 'a', label: 'Eerste' },
  { value: 'b', label: 'Tweede' },
];
const pdf = makeFile('besluit.pdf', 10, 'application/pdf');

interface Case {
  tag: string;
  /** Properties the element needs besides `name` and `label`. */
  setup?: (el: HTMLElement) => void;
  /** An answer set from outside, and what the field then answers. */
  set: FieldAnswer;
  /** The user changes the answer, as with keyboard or file dialog. */
  act: (el: WmebvFieldElement) => Promise<void>;
  /** The answer after `act`. */
  after: FieldAnswer;
}

const press = async (el: Element, selector: string, key: string): Promise<void> => {
  el.querySelector<HTMLElement>(selector)!.focus();
  await sendKeys({ press: key });
};

const CASES: Case[] = [
  {
    tag: 'wmebv-text-field',
    set: 'Dorpsstraat 1',
    act: async (el) => press(el, 'input', 'End').then(() => sendKeys({ type: 'a' })),
    after: 'Dorpsstraat 1a',
  },
  { tag: 'wmebv-textarea', set: 'Gronden', act: async (el) => press(el, 'textarea', 'End').then(() => sendKeys({ type: '!' })), after: 'Gronden!' },
  {
    tag: 'wmebv-date-field',
    set: '2026-03-15',
    act: async (el) => press(el, 'input', 'Backspace').then(() => sendKeys({ type: '6' })),
    after: '2026-03-16',
  },
  {
    tag: 'wmebv-select',
    setup: (el) => Object.assign(el, { options: OPTIONS }),
    set: 'a',
    act: async (el) => {
      const select = el.querySelector('select')!;
      select.value = 'b';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    after: 'b',
  },
  {
    tag: 'wmebv-radio-group',
    setup: (el) => Object.assign(el, { options: OPTIONS }),
    set: 'a',
    act: (el) => press(el, 'input[value="b"]', 'Space'),
    after: 'b',
  },
  { tag: 'wmebv-checkbox', set: true, act: (el) => press(el, 'input', 'Space'), after: false },
  {
    tag: 'wmebv-checkbox-group',
    setup: (el) => Object.assign(el, { options: OPTIONS }),
    set: ['a'],
    act: (el) => press(el, 'input[value="b"]', 'Space'),
    after: ['a', 'b'],
  },
  {
    tag: 'wmebv-file-upload',
    setup: (el) => Object.assign(el, { maxFiles: 2 }),
    set: [pdf],
    act: async (el) => chooseFiles(el.querySelector('input[type=file]')!, [makeFile('bijlage.pdf', 20, 'application/pdf')]),
    after: [pdf, 'bijlage.pdf'] as unknown as File[],
  },
];

/** Files compare by name; everything else as is. */
const plain = (answer: FieldAnswer): unknown => (Array.isArray(answer) ? answer.map((item) => (item instanceof File ? item.name : item)) : answer);

describe('every field element answers alike', () => {
  for (const { tag, setup, set, act, after } of CASES) {
    it(`${tag}: \`answer\` set before rendering is kept; the user's change dispatches one typed wmebv-answer`, async () => {
      const el = document.createElement(tag) as WmebvFieldElement;
      setup?.(el);
      el.setAttribute('name', 'f');
      el.setAttribute('label', 'Vraag');
      el.answer = set;
      const heard: WmebvAnswerEvent[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div @wmebv-answer=${(event: WmebvAnswerEvent) => heard.push(event)}></div>`);
      wrapper.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(plain(el.answer), 'the answer set from outside').to.deep.equal(plain(set));
      expect(heard, 'setting dispatches nothing').to.have.length(0);
      await act(el);
      await el.updateComplete;
      expect(plain(el.answer), 'the answer after the change').to.deep.equal(plain(after));
      expect(heard.length, 'heard the change').to.be.greaterThan(0);
      const last = heard[heard.length - 1]!;
      expect(last.target).to.equal(el);
      expect(last.detail.name).to.equal('f');
      expect(plain(last.detail.answer), 'the event carries the answer').to.deep.equal(plain(el.answer));
    });
  }

  it('a field inside a fieldset is heard once, from itself', async () => {
    const heard: WmebvAnswerEvent[] = [];
    const wrapper = await fixture<HTMLElement>(
      html`<div @wmebv-answer=${(event: WmebvAnswerEvent) => heard.push(event)}>
        <wmebv-fieldset label="Adres" .content=${html`<wmebv-text-field name="straat" label="Straat"></wmebv-text-field>`}></wmebv-fieldset>
      </div>`,
    );
    const field = wrapper.querySelector<WmebvFieldElement>('wmebv-text-field')!;
    await field.updateComplete;
    field.querySelector('input')!.focus();
    await sendKeys({ type: 'D' });
    expect(heard.map((event) => [event.detail.name, event.detail.answer])).to.deep.equal([['straat', 'D']]);
  });
});
