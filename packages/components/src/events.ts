/**
 * The custom events the elements dispatch, typed for `addEventListener` through
 * `HTMLElementEventMap` (all bubble and are composed). The native `input` and `change` events of the
 * field elements are already in the DOM typings.
 */
import type { Finding, FormDefinition, OutageNotice, Receipt } from '@wmebv/core';

/** A field's answer in its own type: text (also a date as `YYYY-MM-DD` and a choice), ticked or not, the ticked values, the chosen files. */
export type FieldAnswer = string | boolean | string[] | File[];

/** Detail of `wmebv-answer`: the field's `name` and its answer now. */
export interface AnswerDetail<A extends FieldAnswer = FieldAnswer> {
  name: string;
  answer: A;
}

/** Detail of `wmebv-definition-error`: why the form cannot be shown. */
export interface DefinitionErrorDetail {
  /** The `src` URL, or `definition property`. */
  source: string;
  findings: Finding[];
  /**
   * One line per finding, for the console and logs: pointer, severity, rule id, then the English
   * sentence in development builds (the `development` export condition) or the message key and its
   * parameters as JSON in production builds (`npx wmebv lint` explains those).
   */
  messages: string[];
}

/** Detail of `wmebv-ready`: the definition now rendered, as core parsed it. */
export interface ReadyDetail {
  definition: FormDefinition;
}

/** Detail of `wmebv-change-request`: which answer the sender wants to change. */
export interface ChangeRequestDetail {
  fieldId: string;
  stepId: string;
}

/** Detail of `wmebv-submitted`: the receipt the intake endpoint answered with (Awb 2:17 lid 1). */
export interface SubmittedDetail {
  receipt: Receipt;
}

/** Detail of `wmebv-outage-notices`: the notices the banner now shows. */
export interface OutageNoticesDetail {
  notices: OutageNotice[];
}

/** Detail of `wmebv-outage-dismiss` (cancelable: `preventDefault()` keeps the notice). */
export interface OutageDismissDetail {
  id: string;
}

/** Every field: the user changed the answer (typed, chose, ticked, added or removed a file); `detail.answer` is the field's `answer`. */
export type WmebvAnswerEvent<A extends FieldAnswer = FieldAnswer> = CustomEvent<AnswerDetail<A>>;
/** `wmebv-form`: the intake endpoint confirmed receipt. */
export type WmebvSubmittedEvent = CustomEvent<SubmittedDetail>;
/** `wmebv-form`: a definition is rendered, every field included (`ready` resolves at the same moment). */
export type WmebvReadyEvent = CustomEvent<ReadyDetail>;
/** `wmebv-form`: the definition cannot be shown (parse or rule errors, or it could not be loaded). */
export type WmebvDefinitionErrorEvent = CustomEvent<DefinitionErrorDetail>;
/** `wmebv-review`: a change button was pressed. */
export type WmebvChangeRequestEvent = CustomEvent<ChangeRequestDetail>;
/** `wmebv-outage-banner`: the shown notices changed. */
export type WmebvOutageNoticesEvent = CustomEvent<OutageNoticesDetail>;
/** `wmebv-outage-banner`: a notice is about to be hidden. */
export type WmebvOutageDismissEvent = CustomEvent<OutageDismissDetail>;

/** Every custom event by name, e.g. for framework wrappers. */
export interface WmebvEventMap {
  'wmebv-answer': WmebvAnswerEvent;
  'wmebv-submitted': WmebvSubmittedEvent;
  'wmebv-definition-error': WmebvDefinitionErrorEvent;
  'wmebv-ready': WmebvReadyEvent;
  'wmebv-change-request': WmebvChangeRequestEvent;
  'wmebv-outage-notices': WmebvOutageNoticesEvent;
  'wmebv-outage-dismiss': WmebvOutageDismissEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends WmebvEventMap {}
}
