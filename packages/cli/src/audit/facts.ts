/**
 * What a definition shows about each duty, counted from its JSON as written (so that a definition
 * that does not parse is still counted as far as it goes). The rules say what is wrong; these
 * counts say what was found, for the per-article summary.
 */
const GROUNDS_TYPES = ['bezwaar', 'klacht', 'zienswijze'];

export interface FormFacts {
  /** The message type, or undefined when the definition names none (an Open Forms import without a mapping). */
  messageType?: string;
  organisationName?: string;
  questions: number;
  mandatory: number;
  /** Mandatory questions and declarations with a legal basis that names law, article and URL. */
  mandatoryWithBasis: number;
  bsnFields: number;
  bsnWithBasis: number;
  consentFields: number;
  /** Consent fields marked required: the electronic route imposed (Awb 2:7 lid 2, 2:8). */
  consentRequired: string[];
  designation: boolean;
  support: boolean;
  privacyStatement: boolean;
  accessibilityStatement: boolean;
  /** Whether the message type needs a free-text field for grounds or a description (bezwaar, klacht, zienswijze). */
  needsGrounds: boolean;
  hasTextarea: boolean;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

export function formFacts(value: unknown): FormFacts {
  const definition = isObject(value) ? value : {};
  const organisation = isObject(definition['organisation']) ? definition['organisation'] : undefined;
  const support = organisation && isObject(organisation['support']) ? organisation['support'] : {};
  const messageType = filled(definition['messageType']) ? (definition['messageType'] as string) : undefined;
  const facts: FormFacts = {
    ...(messageType ? { messageType } : {}),
    ...(organisation && filled(organisation['name']) ? { organisationName: (organisation['name'] as string).trim() } : {}),
    questions: 0,
    mandatory: 0,
    mandatoryWithBasis: 0,
    bsnFields: 0,
    bsnWithBasis: 0,
    consentFields: 0,
    consentRequired: [],
    designation: organisation !== undefined && isObject(organisation['designationDecision']),
    support: filled(support['phone']) || filled(support['email']) || filled(support['url']),
    privacyStatement: organisation !== undefined && filled(organisation['privacyStatementUrl']),
    accessibilityStatement: organisation !== undefined && filled(organisation['accessibilityStatementUrl']),
    needsGrounds: messageType !== undefined && GROUNDS_TYPES.includes(messageType),
    hasTextarea: false,
  };
  const visit = (field: unknown): void => {
    if (!isObject(field)) return;
    const type = field['type'];
    if (type === 'fieldset') return list(field['fields']).forEach(visit);
    if (type === 'content') return;
    facts.questions += 1;
    countMandatory(field, facts);
    const founded = hasBasis(field['legalBasis']);
    if (type === 'bsn') {
      facts.bsnFields += 1;
      if (founded) facts.bsnWithBasis += 1;
    }
    if (type === 'consent') {
      facts.consentFields += 1;
      if (field['required'] === true) facts.consentRequired.push(String(field['id']));
    }
    if (type === 'textarea') facts.hasTextarea = true;
  };
  for (const step of list(definition['steps'])) if (isObject(step)) list(step['fields']).forEach(visit);
  for (const declaration of list(definition['declarations'])) if (isObject(declaration)) countMandatory(declaration, facts);
  return facts;
}

function countMandatory(item: Json, facts: FormFacts): void {
  if (item['required'] !== true) return;
  facts.mandatory += 1;
  if (hasBasis(item['legalBasis'])) facts.mandatoryWithBasis += 1;
}

function hasBasis(basis: unknown): boolean {
  return isObject(basis) && filled(basis['law']) && filled(basis['article']) && filled(basis['url']);
}
