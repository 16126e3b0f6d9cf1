import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { complaintJson, consentJson, objectionJson, UNREACHABLE_ACTION, unusableJson } from './form.examples.js';
import { dutchPage } from '../base/field-controls.examples.js';

interface FormArgs {
  definition: unknown;
  action: string;
  locale?: string;
  lang?: string;
  onDefinitionError: (event: Event) => void;
  onSubmitted: (event: Event) => void;
}

/**
 * Answers the form keeps for resilience live in sessionStorage under `wmebv-form:<id>@<version>`.
 * Every story starts from a clean form, and leaves none behind.
 */
function clearSavedAnswers(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('wmebv-form:')) sessionStorage.removeItem(key);
  }
}

/**
 * A whole Wmebv form from a definition: its steps, "Controleer uw antwoorden" with the
 * declaration, sending, and the receipt. Validation happens when the user moves on, never while
 * typing; help, the privacy statement and the accessibility statement are in the same place on every
 * step. A definition with parse or rule errors is never rendered.
 *
 * **No intake server in Storybook.** `action` points at a host that never resolves, so pressing
 * "Verstuur" ends in "Uw bericht is niet verstuurd" with the network-error message ("Er is geen
 * verbinding met de gemeente. Uw antwoorden zijn bewaard. …"): a legitimate state to try here (the
 * answers stay, and "Verstuur" can be pressed again without sending twice). The demo
 * (`pnpm start`) has the real endpoint and shows the receipt; `Feedback/Receipt` shows the receipt alone.
 */
const meta = {
  title: 'Form/Form',
  component: 'wmebv-form',
  tags: ['autodocs'],
  decorators: [dutchPage],
  beforeEach: () => {
    clearSavedAnswers();
    return clearSavedAnswers;
  },
  parameters: { layout: 'padded' },
  render: (args) => html`<wmebv-form
    .definition=${args.definition}
    action=${args.action}
    locale=${ifDefined(args.locale)}
    lang=${ifDefined(args.lang)}
    @wmebv-definition-error=${args.onDefinitionError}
    @wmebv-submitted=${args.onSubmitted}
  ></wmebv-form>`,
  argTypes: {
    definition: {
      control: 'object',
      description: 'The form definition, as an object or JSON text (property only; or the `src` attribute, a URL).',
    },
    action: { control: 'text', description: 'URL of the intake endpoint (`POST /api/forms/:formId/submissions`).' },
    locale: {
      control: 'inline-radio',
      options: [undefined, 'nl', 'en'],
      description: 'Language of the form; unset: the nearest `lang`, then Dutch.',
    },
    lang: {
      control: 'inline-radio',
      options: [undefined, 'nl', 'en'],
      description: 'HTML `lang` on the element.',
      table: { category: 'HTML' },
    },
    onDefinitionError: {
      description: '`wmebv-definition-error`: `{ source, findings, messages }` when the definition is not usable.',
      table: { category: 'Events' },
    },
    onSubmitted: {
      description: '`wmebv-submitted`: `{ receipt }` after the intake endpoint confirmed receipt.',
      table: { category: 'Events' },
    },
  },
  args: {
    definition: objectionJson,
    action: UNREACHABLE_ACTION,
    onDefinitionError: fn().mockName('wmebv-definition-error'),
    onSubmitted: fn().mockName('wmebv-submitted'),
  },
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

/**
 * The form loads its definition asynchronously: wait for its title (the `h1`) so that the story's
 * axe check audits the form, not the "Het formulier wordt geladen…" message.
 */
const formLoaded: Story['play'] = async ({ canvasElement }) => {
  await within(canvasElement).findByRole('heading', { level: 1 });
};

/**
 * The demo's objection form (`demo/forms/bezwaarschrift.json`, Awb 6:5): three steps and the review.
 * Sending fails with the network-error message, as there is no server here (see above).
 */
export const Objection: Story = {
  name: 'Objection (bezwaarschrift)',
  play: formLoaded,
};

/**
 * "Volgende stap" on the empty first step: the error summary takes focus and links to the
 * required question; the same message shows at the field; the page title starts with "Fout: ".
 */
export const WithErrors: Story = {
  name: 'With errors',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Volgende stap' }));
    const heading = await canvas.findByRole('heading', { name: 'Er is een probleem' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('link', { name: 'Beschrijf tegen welk besluit u bezwaar maakt.' })).toBeVisible();
    await expect(document.title).toMatch(/^Fout: /);
  },
};

/** A one-step complaint form (Awb 9:4): the step, then "Controleer uw antwoorden". */
export const SmallForm: Story = {
  name: 'Small form (klacht)',
  args: { definition: complaintJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht/submissions' },
  play: formLoaded,
};

/**
 * A paragraph of text between the questions (`content`) and consent to an answer by e-mail
 * (`consent`, Awb 2:8): a tick box whose label names the address typed just before it.
 */
export const ConsentAndContent: Story = {
  name: 'Consent and content fields',
  args: { definition: consentJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht-met-toestemming/submissions' },
  play: async (context) => {
    await formLoaded(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText('Wij sturen ons antwoord per post, tenzij u hieronder kiest voor e-mail.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: /E-mailadres/ }), 'jan@example.org');
    await expect(await canvas.findByRole('checkbox', { name: /Stuur het antwoord naar dit e-mailadres/ })).toBeVisible();
  },
};

/**
 * The small form filled in and sent with no intake server reachable: "Uw bericht is niet verstuurd"
 * with the network-error message; the answers stay and "Verstuur" can be pressed again (the same
 * `Idempotency-Key`, so a retry never sends twice).
 */
export const SendingFails: Story = {
  name: 'Sending fails (no server)',
  args: SmallForm.args,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Naam' }), 'Fatima el Amrani');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Waar gaat uw klacht over?' }),
      'Aan de balie werd ik op 14 april niet geholpen, omdat ik geen afspraak had.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Naar controleren' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Verstuur' }));
    const notice = await canvas.findByRole('heading', { name: 'Uw bericht is niet verstuurd' }, { timeout: 10_000 });
    await expect(notice).toBeVisible();
    await expect(canvas.getByText(/Er is geen verbinding met de gemeente\. Uw antwoorden zijn bewaard\./)).toBeVisible();
    // Known issue (reported): focus stays on "Verstuur" instead of moving to this heading; the form
    // asks to focus a wmebv-error-summary, which the notice-only state does not render. The notice
    // is still announced (role="alert").
  },
};

/**
 * A definition with a required question without a legal basis (rule `required-without-legal-basis`,
 * Awb 4:4 lid 2). The citizen sees "Dit formulier werkt op dit moment niet" and the support route the
 * page put inside the element as fallback content; the developer gets the findings on the console
 * and as a `wmebv-definition-error` event (see the Actions panel).
 */
export const Unusable: Story = {
  name: 'Unusable definition',
  args: { definition: unusableJson },
  render: (args) => html`<wmebv-form
    .definition=${args.definition}
    action=${args.action}
    @wmebv-definition-error=${args.onDefinitionError}
  >
    <p>Werkt dit formulier niet? Bel ons op <a href="tel:140999">14 0999</a> of kom langs op het gemeentehuis.</p>
    <p>U kunt uw bezwaar ook per post sturen: Gemeente Voorbeeld, Postbus 1234, 1234 AB Voorbeeld.</p>
  </wmebv-form>`,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: 'Dit formulier werkt op dit moment niet' });
    await expect(canvas.getByRole('link', { name: '14 0999' })).toBeVisible();
  },
};

/** The objection form on an English page section. */
export const English: Story = {
  args: { lang: 'en' },
  play: formLoaded,
};
