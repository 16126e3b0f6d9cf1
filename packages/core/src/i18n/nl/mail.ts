// The Dutch `mail` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlMail = {
  subject: 'Ontvangstbevestiging {{reference}}: {{formTitle}}',
  greeting: 'Beste afzender,',
  received: 'Wij hebben uw {{messageType}} via het formulier "{{formTitle}}" ontvangen.',
  noAnswers:
    'Uw antwoorden staan niet in deze e-mail. Een kopie van wat u heeft gestuurd kon u na het versturen downloaden. Heeft u dit bericht niet gestuurd? Dan kunt u deze e-mail negeren.',
  closing: 'Met vriendelijke groet,\n{{organisation}}',
};
