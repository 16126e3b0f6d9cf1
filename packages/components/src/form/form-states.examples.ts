/**
 * Examples of `wmebv-form` in the states a citizen meets on the way (issue 15), written once: the
 * stories in form-states.stories.ts are these. Definitions from form.examples.ts.
 */
import type { OutageNotices } from '@wmebv/core';
import { examplesOf } from '../base/field-controls.examples.js';
import { complaintJson, objectionJson, UNREACHABLE_ACTION, type FormArgs } from './form.examples.js';

/** An outage that started an hour ago and has no end yet: the form's own channel, now. */
function ongoingOutage(): string {
  const notices: OutageNotices = {
    notices: [
      {
        id: 'storing-nu',
        channels: ['web-form'],
        status: 'ongoing',
        start: new Date(Date.now() - 3_600_000).toISOString(),
        message: {
          nl: 'Door een storing kunt u het webformulier nu misschien niet versturen. Wij werken aan een oplossing.',
          en: 'Because of an outage you may not be able to send the web form now. We are working on a fix.',
        },
        alternatives: [{ kind: 'phone', value: '14 0999' }],
      },
    ],
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(notices))}`;
}

const objectionForm: FormArgs = { definition: objectionJson, action: UNREACHABLE_ACTION };

export const formStateExamples = examplesOf<FormArgs>()({
  ReviewStep: {
    description:
      '"Controleer uw antwoorden": every answer with a "Wijzig" button named after its question, then the declaration with the same field contract as every other field (not announced as invalid on arrival).',
    args: { definition: complaintJson, action: 'https://intake.voorbeeld.invalid/api/forms/klacht/submissions' },
  },
  ReceiptStep: {
    description:
      'The receipt step (Awb 4:3a, 2:17 lid 2): the reference in the heading, the time of receipt, what happens next and the copy first; the checksum and signature behind "Controleer dit bewijs".',
    args: objectionForm,
  },
  LateObjection: {
    description:
      'A late objection (Awb 6:7, 6:11): a decision sent long ago. The notice that the period has probably passed is said once in a polite status region, and the question why it is late follows it.',
    args: objectionForm,
  },
  OngoingOutage: {
    description:
      'An ongoing outage (Awb 2:21 lid 2): the banner above the form names it and the other routes, and announces itself once without taking focus; the form stays usable.',
    args: { ...objectionForm, outages: ongoingOutage() },
  },
  LegalBasesPerStep: {
    description:
      'The legal bases once per step (`legalBasisPlacement: "step"`, issue 15 item 8): one "Waarom vragen we deze gegevens?" after the questions instead of a disclosure under each required question.',
    args: { ...objectionForm, definition: { ...(objectionJson as Record<string, unknown>), legalBasisPlacement: 'step' } },
  },
});
