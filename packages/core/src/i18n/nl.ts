/**
 * Every string a user sees, in Dutch (B1 level: short sentences, everyday words). The English
 * resources must have exactly the same keys; a test checks that.
 *
 * One constant per namespace, so a browser bundle holds only the namespaces its code speaks: each
 * module that translates hands its namespaces to `provideMessages` (see catalog.ts). esbuild puts a
 * whole file in one chunk, so the namespaces the form's first screen does not show (field, review,
 * receipt, copy, mail, deadline, outage, attempt, findings, cli) sit in files of their own under `nl/`, and
 * nothing here imports them (`resources.ts` puts all together): otherwise every namespace any lazy
 * chunk speaks would be in the first load.
 */
export const validation = {
  required: 'Vul een antwoord in bij "{{label}}".',
  requiredChoice: 'Kies een antwoord bij "{{label}}".',
  requiredFile: 'Voeg een bestand toe bij "{{label}}".',
  requiredDate: 'Vul de datum in bij "{{label}}".',
  requiredDeclaration: 'Vink aan dat u akkoord gaat met de verklaring.',
  minLength: '"{{label}}" moet minimaal {{min}} tekens hebben.',
  maxLength: '"{{label}}" mag maximaal {{max}} tekens hebben. Het zijn er nu {{length}}.',
  postcode: 'Vul een Nederlandse postcode in bij "{{label}}", bijvoorbeeld 1234 AB.',
  email: 'Vul een e-mailadres in bij "{{label}}", bijvoorbeeld naam@voorbeeld.nl.',
  tel: 'Vul een telefoonnummer in bij "{{label}}", bijvoorbeeld 06 12345678.',
  date: 'Vul bij "{{label}}" een datum in die bestaat: dag, maand en jaar in cijfers.',
  option: 'Kies een van de antwoorden bij "{{label}}".',
  type: 'Het antwoord bij "{{label}}" heeft een verkeerde vorm.',
  fileType: '{{name}} heeft een soort bestand dat niet mag. Toegestaan: {{accepted}}.',
  fileSize: '{{name}} is te groot. Het mag maximaal {{max}} zijn.',
  fileInfected: '{{name}} bevat een virus of ander schadelijk programma en is niet aangenomen. Controleer uw apparaat en kies een schoon bestand.',
  fileEmpty: '{{name}} is leeg (0 bytes). Kies het bestand opnieuw of kies een ander bestand.',
  maxFiles: 'U kunt bij "{{label}}" maximaal {{max}} bestanden toevoegen.',
  attachment: 'Een bestand bij "{{label}}" is niet goed meegestuurd. Voeg het opnieuw toe.',
  attachmentUnreferenced: 'Het bestand {{id}} hoort bij geen enkele vraag van dit formulier.',
  unknownField: 'Het antwoord "{{id}}" hoort niet bij dit formulier.',
  hiddenField: 'Het antwoord "{{id}}" hoort bij een vraag die niet gesteld is.',
  unknownDeclaration: 'De verklaring "{{id}}" hoort niet bij dit formulier.',
  form: 'Dit antwoord hoort bij een ander formulier ({{formId}}).',
  requiredCheckbox: 'Vink het vakje aan bij "{{label}}".',
  minDate: 'De datum bij "{{label}}" moet op of na {{min}} liggen.',
  maxDate: 'De datum bij "{{label}}" moet op of voor {{max}} liggen.',
  pattern: 'Het antwoord bij "{{label}}" heeft niet de goede vorm.',
  patternDescribed: 'Het antwoord bij "{{label}}" heeft niet de goede vorm. {{description}}',
  number: 'Vul een getal in bij "{{label}}", bijvoorbeeld 12 of 12,5.',
  integer: 'Vul een heel getal in bij "{{label}}", zonder komma.',
  min: '"{{label}}" moet {{min}} of meer zijn.',
  max: '"{{label}}" mag niet meer zijn dan {{max}}.',
  bsn: 'Vul een geldig burgerservicenummer in bij "{{label}}": 9 cijfers, zoals op uw paspoort of identiteitskaart.',
  iban: 'Vul een geldig IBAN in bij "{{label}}", bijvoorbeeld NL91 ABNA 0417 1643 00.',
  kvk: 'Vul een KvK-nummer in bij "{{label}}": 8 cijfers.',
  minSelected: 'Kies minimaal {{min}} antwoorden bij "{{label}}".',
  maxSelected: 'Kies maximaal {{max}} antwoorden bij "{{label}}". U heeft er nu {{count}} gekozen.',
};

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
