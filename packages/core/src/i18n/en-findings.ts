import type { Resources } from './resources.js';

/**
 * The English `findings` namespace: what is wrong with a form definition, for the people who write
 * definitions. Node has it with every other message (`en.ts`: the CLI, the server). Browsers get it
 * only under the `development` export condition (`@wmebv/core/describe-findings`, as Lit ships its
 * dev-mode warnings): production bundles report a finding by its rule id, pointer and parameters and
 * point to `npx wmebv lint` (docs/decisions.md, "Developer messages only in development builds").
 */
export const enFindings: Resources['findings'] = {
  unreadable: 'The file cannot be read: {{detail}}',
  jsonSyntax: 'The file is not valid JSON: {{detail}}',
  notAnObject: 'A form definition is a JSON object ({ ... }), not a list, text or number.',
  unknownFieldType: 'The field type "{{type}}" does not exist. Use one of: {{known}}.',
  missingProperty: '"{{property}}" is missing in {{at}} but needed. Expected: $t(findings.expected.{{expected}}).',
  missingOneOf: '"{{property}}" is missing in {{at}} but needed. Choose one of: {{expected}}.',
  notOneOf: '"{{property}}" in {{at}} is "{{value}}". Choose one of: {{expected}}.',
  wrongType: '"{{property}}" in {{at}} must be $t(findings.expected.{{expected}}), but is $t(findings.expected.{{actual}}).',
  invalidVersion: '"{{value}}" is not a valid version. A version is three numbers with dots between them, for example 1.0.0.',
  invalidEmail: '"{{value}}" is not a valid e-mail address.',
  invalidFormat: '"{{property}}" in {{at}} does not have the right form: "{{value}}". See the description of the definition language.',
  tooFewItems: '"{{property}}" in {{at}} must hold at least {{minimum}} item.',
  emptyText: '"{{property}}" in {{at}} is empty. Fill in a text.',
  outOfRange: '"{{property}}" in {{at}} cannot be {{value}}. Use a positive whole number.',
  invalidValue: '"{{property}}" in {{at}} is not right. See the description of the definition language for what belongs here.',
  tooManyUnknown: 'This definition has too many unknown properties to check.',
  expected: {
    localized: 'a text, or a text per language such as { "nl": "…", "en": "…" }',
    string: 'a text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
    null: 'null',
    value: 'another value',
  },
  schema: 'This value is not right: {{detail}}',
  requiredWithoutLegalBasis:
    'The field "{{label}}" ({{id}}) is required, but has no legal basis. A form may only make a question mandatory when the data is needed (Awb 4:4 lid 2). Add a "legalBasis" with the law and article, or make the field optional.',
  duplicateId: 'The id "{{id}}" is used more than once. Give every step, field and declaration its own id.',
  unknownFieldReference: '"{{id}}" refers to the field "{{reference}}", but that field does not exist or comes later in the form.',
  conditionCycle:
    'The condition of "{{id}}" depends, through "{{reference}}", on "{{id}}" itself. Such a field is never shown. Make the condition refer to an earlier field that does not depend on it.',
  unreachableField:
    'The condition of "{{id}}" can never hold: "{{reference}}" cannot have the answer "{{value}}". Use a value that field can have (for choices: a "value" from its options), or "{{id}}" is never shown.',
  invalidConstraint:
    'The constraint "{{property}}" of the field "{{id}}" is impossible ({{detail}}). Nobody could answer the question with it. Change the value.',
  legalBasisIncomplete:
    'The legal basis of "{{id}}" is incomplete: {{missing}} is missing or not right. Fill in the law ("law", e.g. Awb), the article ("article", e.g. 6:5) and a web address of the text ("url", starting with https://).',
  bsnWithoutLegalBasis:
    'The field "{{label}}" ({{id}}) asks for a BSN, but has no legal basis. A BSN may only be used where a law allows it (UAVG art. 46), even when the question is optional. Add a "legalBasis", or remove the field.',
  missingGroundsFieldBezwaar:
    'This form is for an objection, but has no text box ("textarea") for the grounds: why the person disagrees with the decision (Awb 6:5 lid 1 d). Add a field of type "textarea". It need not be mandatory: grounds may be added later (Awb 6:6).',
  missingGroundsFieldKlacht:
    'This form is for a complaint, but has no text box ("textarea") to describe the conduct complained about (Awb 9:4 lid 2 d). Add a field of type "textarea".',
  missingGroundsFieldZienswijze:
    'This form is for a view (zienswijze), but has no text box ("textarea") in which people can give their view (Awb 4:8, 3:15). Add a field of type "textarea".',
  missingDesignation:
    'This form cites no designation decision. People have the right to send a message of the type "{{messageType}}" electronically through the channels the body designated for it (Awb 2:13). Name the decision that designates this form: fill in "organisation.designationDecision" with its title and web address.',
  mandatoryConsent:
    'The field "{{label}}" ({{id}}) is consent to be answered electronically, and it is mandatory. That is not allowed: the electronic route may not be imposed (Awb 2:7 lid 2), and the body may answer electronically only where the person explicitly said so themselves, per kind of message (Awb 2:8). Remove "required".',
  bsnWithoutBsnType:
    'The field "{{label}}" ({{id}}) seems to ask for a BSN, but has the type "{{type}}". Use the type "bsn": it checks the number (11-proef) and asks for a legal basis, because a BSN may only be used where a law allows it (UAVG art. 46, rule bsn-without-legal-basis).',
  invalidAutocomplete:
    '"{{value}}" on "{{id}}" is not an HTML autocomplete value. Browsers ignore it, and people who rely on autofill must type everything (WCAG 2.2 SC 1.3.5). Use a value such as "name", "email", "tel", "postal-code" or "street-address".',
  legalBasisArticle:
    'The article "{{value}}" on "{{id}}" is not an article number. Fill in the number as the regulation names it, for example 2:10, 4.2 or 6; paragraph and point go in "paragraph" and "point". Then anyone can check why the question is mandatory (Awb 4:4 lid 2).',
  missingSupport:
    'This form shows no help or contact. People who get stuck must be able to reach the body another way (Awb 2:1 lid 1). Add a phone number, e-mail address or contact page under "organisation.support".',
  missingPrivacyStatement:
    'This form does not link a privacy statement. People must be able to read what happens to their data (AVG/GDPR art. 13). Fill in "organisation.privacyStatementUrl".',
  missingAccessibilityStatement:
    'This form does not link an accessibility statement (Tijdelijk besluit digitale toegankelijkheid overheid, art. 4). Fill in "organisation.accessibilityStatementUrl".',
  missingTranslation:
    'This text is missing in: {{locales}}. The form is offered in all its "locales"; without a translation readers see the Dutch text. Add the translation.',
  missingErrorMessage:
    'The required question "{{label}}" ({{id}}) has no error message of its own for an empty answer, so readers see a generic one ("Enter an answer for …"). Say in "errorMessages.required" what the reader should do, in every language of the form, for example { "nl": "Vul uw naam in", "en": "Enter your name" }.',
  markupInText:
    'This text contains HTML ({{markup}}). Texts are always shown as plain text, so readers would see the characters themselves. Remove the HTML.',
  unknownProperty:
    'The property "{{property}}" does not exist here and is ignored. Is it a typo? See the definition language reference for the properties there are.',
  conditionShape:
    'This condition is not right. Use exactly one of "equals", "notEquals", "in" or "filled", together with "field"; or "all" or "any" with a list of conditions.',
  invalidId: '"{{value}}" is not a valid id. An id starts with a letter and holds only letters, digits, "-" and "_".',
  invalidDateBound: '"{{value}}" is not a valid date bound. Use YYYY-MM-DD, "today", or e.g. "today+30d" or "today-18y".',
  invalidUrl: '"{{value}}" is not a valid web address. Start with https://.',
  sameFormVersion:
    'Form "{{id}}" version {{version}} is also in {{other}}, with different content. Which of the two applies cannot be told: give the changed definition a new version number.',
  sameFormTwice: 'Form "{{id}}" version {{version}} is also in {{other}}, with the same content. One of the two is enough.',
  internal: 'The check "{{rule}}" failed on this definition ({{detail}}). Please report this to the wmebv-forms maintainers.',
};
