/**
 * What every field story shares: the properties of `WmebvFieldElement` (the base of every field) as
 * Storybook controls, the Dutch page every story sits on, and the story factory that turns a field
 * type's examples into its stories.
 */
import type { LegalBasis } from '@wmebv/core';
import type { ArgTypes, Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The base properties of every `wmebv-*` field, plus `lang` for the English stories. */
export interface FieldArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  legalBasis?: LegalBasis;
  locale: string;
  /** HTML `lang` on the element itself: the field's own words follow the nearest `lang`. */
  lang?: string;
}

export const fieldDefaults: Pick<FieldArgs, 'hint' | 'required' | 'disabled' | 'error' | 'locale'> = {
  hint: '',
  required: false,
  disabled: false,
  error: '',
  locale: '',
};

export const fieldArgTypes: Partial<ArgTypes<FieldArgs>> = {
  name: { control: 'text', description: 'Name the value is submitted under.' },
  label: { control: 'text', description: 'The question, in the user’s language.' },
  hint: { control: 'text', description: 'Help text under the label.' },
  required: {
    control: 'boolean',
    description: 'Mandatory. Without it the label says “(niet verplicht)” (Awb 4:4 lid 2).',
  },
  disabled: { control: 'boolean', description: 'The control cannot be used; nothing is submitted.' },
  error: {
    control: 'text',
    description: 'Message shown at the field (set by whoever validates: wmebv-form with core). Empty: none.',
  },
  legalBasis: {
    control: 'object',
    description: 'Why a required field is required; shown under “Waarom vragen we dit?”. Attribute `legal-basis` (JSON).',
  },
  locale: {
    control: 'inline-radio',
    options: ['', 'nl', 'en'],
    description: 'Language of the field’s own words; empty: the nearest `lang`, then Dutch.',
  },
  lang: {
    control: 'inline-radio',
    options: [undefined, 'nl', 'en'],
    description: 'HTML `lang` on the element (not a property): marks the content’s language for screen readers and axe.',
    table: { category: 'HTML' },
  },
};

/** Every story sits on a Dutch page (the components are Dutch first; axe needs the language). */
export const dutchPage: Decorator = (story) => html`<div lang="nl">${story()}</div>`;

// ---- the story factory: a field type's examples become its stories -------------------------------

/**
 * One named example of an element: plain data (the element's properties as Storybook args, or a
 * definition) and one line saying what it shows. Written once in `<element>.examples.ts`; the
 * stories (`storyOf`), the tests (`mountExample` in `field.fixtures.ts`) and the docs use it.
 */
export interface Example<Args> {
  description: string;
  args: Args;
}

/** The named examples of one element, keyed by the name of the story that shows each. */
export type Examples<Args, Name extends string = string> = Record<Name, Example<Args>>;

/**
 * Declares an element's named examples, each checked against `Args` (and typed as `Args`, not as
 * the literal values, so a story or test can vary them): `examplesOf<TextFieldArgs>()({ Empty: … })`.
 */
export const examplesOf =
  <Args>() =>
  <Name extends string>(named: Examples<Args, Name>): Examples<Args, Name> =>
    named;

/**
 * The story of one example: its args, and its description on the element's docs page. Stories add
 * only what is not data: a `name` where the export name reads badly, and a `play` function.
 */
export function storyOf<Args>(example: Example<Args>): StoryObj<Args> {
  return { args: example.args, parameters: { docs: { description: { story: example.description } } } };
}

/**
 * What a field type's stories meta shares besides its title, component and tags (which Storybook
 * reads from the file without running it, so they stay literal in each `*.stories.ts`): the Dutch
 * page, the base field controls plus the element's own, the element's render (from its examples
 * file, so tests mount exactly what the stories show) and the first example's args as defaults.
 */
export function fieldMeta<Args extends Partial<FieldArgs>>(
  render: (args: Args) => unknown,
  examples: Examples<Args>,
  argTypes: Partial<ArgTypes<Args>> = {},
): Pick<Meta<Args>, 'decorators' | 'render' | 'argTypes' | 'args'> {
  const first = Object.values(examples)[0]!;
  return {
    decorators: [dutchPage as Decorator<Args>],
    render: (args) => render(args as Args) as ReturnType<NonNullable<Meta<Args>['render']>>,
    argTypes: { ...(fieldArgTypes as Partial<ArgTypes<Args>>), ...argTypes },
    args: first.args,
  };
}

// ---- the base field args on an element: one binding instead of nine -------------------------------

/** Binds the base `FieldArgs` on the element it is written on (an element directive). */
class FieldArgsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('fieldArgs() goes on an element: <wmebv-x ${fieldArgs(args)}>');
  }

  render(_args: FieldArgs): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [args]: [FieldArgs]): typeof nothing {
    const element = part.element as HTMLElement & { legalBasis?: LegalBasis };
    for (const name of ['name', 'label', 'hint', 'error', 'locale'] as const) element.setAttribute(name, args[name]);
    element.toggleAttribute('required', args.required);
    element.toggleAttribute('disabled', args.disabled);
    element.legalBasis = args.legalBasis;
    if (args.lang === undefined) element.removeAttribute('lang');
    else element.setAttribute('lang', args.lang);
    return nothing;
  }
}

/**
 * The base field args as the element's attributes (`name`, `label`, `hint`, `error`, `locale`,
 * `required`, `disabled`, `lang` when set) and its `legalBasis` property, as every field's render
 * writes them: `<wmebv-text-field ${fieldArgs(args)} type=${args.type}>`. Each render adds only the
 * element's own args.
 */
export const fieldArgs = directive(FieldArgsDirective);
