/**
 * Every string a user sees, in Dutch (B1 level: short sentences, everyday words). The English
 * resources must have exactly the same keys; a test checks that.
 *
 * One constant per namespace, so a browser bundle holds only the namespaces its code speaks: each
 * module that translates hands its namespaces to `provideMessages` (see catalog.ts). esbuild puts a
 * whole file in one chunk, so the namespaces the form's first screen does not show (field, validation,
 * review, receipt, copy, mail, deadline, outage, attempt, findings, cli) sit in files of their own under `nl/`, and
 * nothing here imports them (`resources.ts` puts all together): otherwise every namespace any lazy
 * chunk speaks would be in the first load.
 */
export const form = {
  intro: 'Vul alles in. Als iets niet verplicht is, staat dat erbij.',
  stepOf: 'Stap {{current}} van {{total}}',
  next: 'Volgende stap',
  back: 'Vorige stap',
  toReview: 'Naar controleren',
  saveAndReturn: 'Opslaan en terug naar controleren',
  send: 'Verstuur',
  sending: 'Bezig met versturen…',
  sendStarted: 'Het versturen is begonnen.',
  sendEnded: 'Het versturen is afgelopen.',
  sendProgress: 'Voortgang van het versturen',
  errorTitlePrefix: 'Fout: ',
  errorSummaryTitle: 'Er is een probleem',
  help: 'Hulp nodig?',
  phone: 'Bel {{phone}}',
  contactPage: 'Andere manieren om contact op te nemen',
  privacy: 'Privacyverklaring',
  accessibility: 'Toegankelijkheidsverklaring',
  unavailableTitle: 'Dit formulier werkt op dit moment niet',
  unavailableText: 'Er is iets mis met dit formulier. Probeer het later opnieuw, of neem contact met ons op.',
  sendFailedTitle: 'Uw bericht is niet verstuurd',
  sendFailedNetwork: 'Er is geen verbinding met de gemeente. Uw antwoorden zijn bewaard. Probeer het over een paar minuten opnieuw.',
  sendFailedServer: 'Er ging iets mis bij het versturen. Uw antwoorden zijn bewaard. Probeer het later opnieuw, of neem contact met ons op.',
  sendRejected: 'Uw bericht is niet verstuurd, omdat er iets niet klopt. Verbeter de fouten en verstuur het opnieuw.',
  versionChanged: 'Dit formulier is intussen veranderd. Laad de pagina opnieuw; uw antwoorden blijven bewaard.',
  clearData: 'Wis mijn gegevens',
  whyRequiredStep: 'Waarom vragen we deze gegevens?',
  legalBasisFor: 'Verplicht volgens {{citation}}: {{questions}}.',
  clearedData: 'Uw gegevens zijn gewist.',
  clearConfirmHeading: 'Wilt u uw gegevens wissen?',
  clearConfirmText:
    'Alles wat u in dit formulier hebt ingevuld, wordt uit deze browser gewist: uw antwoorden, de gekozen bestanden en uw akkoord bij de verklaringen. Er is nog niets verstuurd. U begint daarna opnieuw bij stap 1. Dit kunt u niet ongedaan maken.',
  clearConfirmYes: 'Ja, wis mijn gegevens',
  clearConfirmNo: 'Nee, ga verder met invullen',
  loading: 'Het formulier wordt geladen…',
  partFailedTitle: 'Een deel van dit formulier kon niet worden geladen',
  partFailedText: 'Controleer uw internetverbinding en probeer het opnieuw. Wat u hebt ingevuld, blijft bewaard.',
  sessionFailedTitle: 'Uw eerder ingevulde antwoorden konden niet worden geladen',
  sessionFailedText: 'Ze zijn nog bewaard in deze browser. Controleer uw internetverbinding en probeer het opnieuw.',
  retry: 'Probeer opnieuw',
  retryFailed: 'Opnieuw geprobeerd ({{count}} keer), maar het lukte niet.',
  retryFailed_one: 'Opnieuw geprobeerd, maar het lukte niet.',
};

export const messageType = {
  aanvraag: 'aanvraag',
  aanvulling: 'aanvulling',
  bezwaar: 'bezwaar',
  klacht: 'klacht',
  melding: 'melding',
  zienswijze: 'zienswijze',
  ingebrekestelling: 'ingebrekestelling',
  overig: 'bericht',
};

export const format = {
  dateTime: '{{date}} om {{time}}',
  bytes: '{{value}} bytes',
  kilobytes: '{{value}} kB',
  megabytes: '{{value}} MB',
  fileAnswer: '{{name}} ({{size}})',
};

export const answer = {
  yes: 'Ja',
  no: 'Nee',
};
