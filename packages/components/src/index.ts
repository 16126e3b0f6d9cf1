/**
 * @wmebv/components: accessible Lit custom elements (light DOM) for Wmebv forms.
 * Importing this module defines every element.
 */
export { WmebvElement } from './base/element.js';
export { WmebvFieldElement } from './base/field-element.js';
export { WmebvFormAssociatedFieldElement } from './base/form-associated-field-element.js';
export { WmebvTextField, type TextFieldType } from './fields/text-field/text-field.js';
export { WmebvTextarea, CHARACTER_COUNT_DELAY } from './fields/textarea/textarea.js';
export { WmebvDateField } from './fields/date-field/date-field.js';
export { joinDate, splitDate, wrongDateParts, type DatePart, type DateParts } from './fields/date-field/date-parts.js';
export { WmebvRadioGroup, type RevealedQuestions } from './fields/radio-group/radio-group.js';
export { WmebvFileUpload } from './fields/file-upload/file-upload.js';
export { WmebvSelect } from './fields/select/select.js';
export { WmebvCheckbox } from './fields/checkbox/checkbox.js';
export { WmebvCheckboxGroup } from './fields/checkbox-group/checkbox-group.js';
export { WmebvFieldset } from './fields/fieldset/fieldset.js';
export { WmebvErrorSummary, type ErrorSummaryItem } from './error-summary/error-summary.js';
export { adoptStyles } from './util/adopt-styles.js';
export { uniqueId } from './util/unique-id.js';
export { WmebvReview } from './review/review.js';
export { WmebvReceipt } from './receipt/receipt.js';
export { renderSenderCopyHtml } from './copy/document.js';
export { WmebvOutageBanner, noticeRevision, JUST_STARTED_MS, MAX_POLL_INTERVAL_MS } from './outage-banner/outage-banner.js';
export { WmebvForm, type DefinitionErrorDetail } from './form/form.js';
export type * from './events.js';
