import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { formExamples as examples, renderForm, type FormArgs } from './form.examples.js';

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
  render: renderForm,
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
    ...examples.Objection.args,
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

export const Objection: Story = {
  ...storyOf(examples.Objection),
  name: 'Objection (bezwaarschrift)',
  play: formLoaded,
};

export const WithErrors: Story = {
  ...storyOf(examples.WithErrors),
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

export const SmallForm: Story = {
  ...storyOf(examples.SmallForm),
  name: 'Small form (klacht)',
  play: formLoaded,
};

export const ConsentAndContent: Story = {
  ...storyOf(examples.ConsentAndContent),
  name: 'Consent and content fields',
  play: async (context) => {
    await formLoaded(context);
    const canvas = within(context.canvasElement);
    await expect(canvas.getByText('Wij sturen ons antwoord per post, tenzij u hieronder kiest voor e-mail.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: /E-mailadres/ }), 'jan@example.org');
    await expect(await canvas.findByRole('checkbox', { name: /Stuur het antwoord naar dit e-mailadres/ })).toBeVisible();
  },
};

export const SendingFails: Story = {
  ...storyOf(examples.SendingFails),
  name: 'Sending fails (no server)',
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

export const Unusable: Story = {
  ...storyOf(examples.Unusable),
  name: 'Unusable definition',
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

export const English: Story = {
  ...storyOf(examples.English),
  play: formLoaded,
};
