/**
 * JSX typings for React 19, which sets properties and listens to custom events on custom elements
 * itself (`onwmebv-submitted={…}`). Opt in with `import type {} from '@wmebv/components/react'` or
 * `"types": ["@wmebv/components/react"]` in tsconfig.json.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { WmebvEventMap } from '../events.js';

/** An element's own public properties (not LitElement's or HTMLElement's), all optional. */
type OwnProperties<E> = Partial<Omit<E, keyof LitElement | `${string}Callback`>>;

/** `on<event-name>` handlers for the given events, as React 19 wires them to `addEventListener`. */
type EventHandlers<Names extends keyof WmebvEventMap> = {
  [Name in Names as `on${Name}`]?: (event: WmebvEventMap[Name]) => void;
};

/** The JSX props of one element: HTML attributes, its own properties, its custom events. */
export type WmebvJsxProps<E extends HTMLElement, Names extends keyof WmebvEventMap = never> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof OwnProperties<E>
> &
  OwnProperties<E> &
  EventHandlers<Names> & { class?: string };

type Tags = HTMLElementTagNameMap;

/** Every element of this package in JSX. */
export interface WmebvIntrinsicElements {
  'wmebv-form': WmebvJsxProps<Tags['wmebv-form'], 'wmebv-submitted' | 'wmebv-definition-error' | 'wmebv-ready'>;
  'wmebv-review': WmebvJsxProps<Tags['wmebv-review'], 'wmebv-change-request'>;
  'wmebv-receipt': WmebvJsxProps<Tags['wmebv-receipt']>;
  'wmebv-outage-banner': WmebvJsxProps<Tags['wmebv-outage-banner'], 'wmebv-outage-notices' | 'wmebv-outage-dismiss'>;
  'wmebv-error-summary': WmebvJsxProps<Tags['wmebv-error-summary']>;
  'wmebv-text-field': WmebvJsxProps<Tags['wmebv-text-field']>;
  'wmebv-textarea': WmebvJsxProps<Tags['wmebv-textarea']>;
  'wmebv-date-field': WmebvJsxProps<Tags['wmebv-date-field']>;
  'wmebv-radio-group': WmebvJsxProps<Tags['wmebv-radio-group']>;
  'wmebv-checkbox': WmebvJsxProps<Tags['wmebv-checkbox']>;
  'wmebv-checkbox-group': WmebvJsxProps<Tags['wmebv-checkbox-group']>;
  'wmebv-select': WmebvJsxProps<Tags['wmebv-select']>;
  'wmebv-file-upload': WmebvJsxProps<Tags['wmebv-file-upload']>;
  'wmebv-fieldset': WmebvJsxProps<Tags['wmebv-fieldset']>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends WmebvIntrinsicElements {}
  }
}
