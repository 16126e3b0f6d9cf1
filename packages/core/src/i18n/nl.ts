/**
 * Every string a user sees, in Dutch (B1 level: short sentences, everyday words). The English
 * resources must have exactly the same keys; a test checks that.
 *
 * One constant per namespace, so a browser bundle holds only the namespaces its code speaks: each
 * module that translates hands its namespaces to `provideMessages` (see catalog.ts).
 */
export const field = {
  optional: '(niet verplicht)',
  whyRequired: 'Waarom vragen we dit?',
  legalBasis: 'Dit is verplicht volgens {{citation}}.',
  legalBasisLink: 'Lees {{citation}}',
  dateDay: 'Dag',
  dateMonth: 'Maand',
  dateYear: 'Jaar',
  fileLimits: 'Toegestaan: {{types}}. Maximaal {{size}} per bestand, {{count}} bestanden.',
  fileLimitsOne: 'Toegestaan: {{types}}. Maximaal {{size}}, 1 bestand.',
  fileLimitsAnyType: 'Maximaal {{size}} per bestand, {{count}} bestanden.',
  fileChoose: 'Kies bestand',
  fileChooseMore: 'Kies bestanden',
  fileRemove: 'Verwijder {{name}}',
  fileTooBig: '{{name}} is te groot. Het mag maximaal {{max}} zijn.',
  fileWrongType: '{{name}} heeft een soort bestand dat niet mag. Toegestaan: {{accepted}}.',
  fileTooMany: 'U kunt maximaal {{max}} bestanden toevoegen. {{name}} is niet toegevoegd.',
  filesChosen: 'Gekozen bestanden',
  characterCount: 'U heeft nog {{count, number}} tekens over.',
  characterCountOver: 'U heeft {{count, number}} tekens te veel.',
  characterCountLimit: 'U kunt maximaal {{max, number}} tekens invullen.',
  characterCount_one: 'U heeft nog 1 teken over.',
  characterCountOver_one: 'U heeft 1 teken te veel.',
  errorPrefix: 'Fout: ',
  opensInNewTab: '(opent in een nieuw tabblad)',
  fileDrop: 'of sleep een bestand hierheen',
  fileDropMore: 'of sleep bestanden hierheen',
  fileAdded: '{{name}} is toegevoegd.',
  fileRemoved: '{{name}} is verwijderd.',
  fileTooManyOne: 'U kunt 1 bestand toevoegen. Verwijder eerst het gekozen bestand. {{name}} is niet toegevoegd.',
  fileLimitTypes: 'Toegestaan: {{types}}.',
  fileLimitSize: 'Maximaal {{size}} per bestand.',
  fileLimitCount: 'Maximaal {{count}} bestanden.',
  fileLimitCount_one: 'Maximaal 1 bestand.',
  selectNone: 'Geen antwoord',
  selectPlaceholder: 'Kies een antwoord',
  fileEmpty: '{{name}} is leeg (0 bytes). Kies het bestand opnieuw of kies een ander bestand.',
};

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
  kenteken: 'Vul een Nederlands kenteken in bij "{{label}}", bijvoorbeeld AB-12-CD.',
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

export const review = {
  title: 'Controleer uw antwoorden',
  intro: 'Kijk of alles klopt voordat u het verstuurt. U kunt elk antwoord nog wijzigen.',
  change: 'Wijzig',
  empty: 'Niet ingevuld',
  declarationsTitle: 'Verklaring',
  sendTitle: 'Versturen',
  copyTitle: 'Kopie voor uzelf',
  copyIntro: 'U kunt nu al een kopie van uw antwoorden bewaren. Let op: ze zijn dan nog niet verstuurd.',
};

export const receipt = {
  heading: 'Ontvangen met kenmerk {{reference}}',
  receivedAt: 'Wij hebben uw {{messageType}} ontvangen op {{time}}.',
  receivedBy: 'Ontvangen door',
  reference: 'Kenmerk',
  time: 'Tijdstip van ontvangst',
  form: 'Formulier',
  whatNext: 'Wat gebeurt er nu?',
  answers: 'Wat u heeft gestuurd',
  keep: 'Bewaar het kenmerk. Dit is uw bewijs dat wij uw bericht hebben ontvangen.',
  digest: 'Controlegetal (SHA-256)',
  checkDetails: 'Controleer deze ontvangstbevestiging (controlegetal en handtekening)',
  signatureKey: 'Sleutel van de handtekening',
  signature: 'Handtekening (Ed25519)',
  verifyTitle: 'Echtheid',
  verifyChecking: 'We controleren of deze ontvangstbevestiging echt is…',
  verifyValid: 'Deze ontvangstbevestiging is echt. Er is niets aan veranderd, en ze is ondertekend met de sleutel die {{organisation}} publiceert.',
  verifyInvalid: 'Let op: deze ontvangstbevestiging klopt niet. {{reason}} Bewaar de kopie en neem contact op met {{organisation}}.',
  verifyUnsupported:
    'Deze browser kan de handtekening niet controleren. Dat zegt niets over de echtheid. U kunt de kopie later controleren met een andere browser.',
  verifyUnavailable:
    'De sleutel van {{organisation}} kon niet worden opgehaald. Daarom is de handtekening nu niet gecontroleerd. Dat zegt niets over de echtheid.',
  problemMalformed: 'Er ontbreekt iets, of er staat iets in de verkeerde vorm ({{pointer}}).',
  problemInvalidKeySet: 'De gepubliceerde sleutels zijn onleesbaar.',
  problemUnknownKey: 'Ze is ondertekend met een sleutel die {{organisation}} niet publiceert.',
  problemInvalidKey: 'De gepubliceerde sleutel is onbruikbaar.',
  problemSignatureMismatch: 'De handtekening past niet bij de inhoud: er is iets veranderd na het ondertekenen.',
  problemDigestMismatch: 'Het controlegetal past niet bij wat u heeft gestuurd.',
  copyTitle: 'Kopie van wat u heeft gestuurd',
  copyIntro: 'Bewaar een kopie. Deze wordt in uw eigen browser gemaakt; wij bewaren haar niet voor u.',
};

export const copy = {
  downloadHtml: 'Download een kopie (HTML)',
  downloadJson: 'Download de gegevens (JSON)',
  title: 'Kopie: {{formTitle}}',
  notSent: 'Nog niet verzonden',
  notSentText: 'Dit is een kopie van wat u heeft ingevuld. Het is nog niet verstuurd.',
  received: 'Ontvangen met kenmerk {{reference}}',
  receivedText: '{{organisation}} heeft dit ontvangen op {{time}}, met kenmerk {{reference}}.',
  attempt: 'Poging tot versturen',
  attemptText: 'U heeft dit geprobeerd te versturen op {{time}}. Dat is niet gelukt: {{reason}}',
  madeAt: 'Kopie gemaakt op',
  organisation: 'Organisatie',
  form: 'Formulier',
  formVersion: '{{title}} (formulier {{id}}, versie {{version}})',
  messageType: 'Soort bericht',
  answers: 'Uw antwoorden',
  declarations: 'Verklaringen',
  agreedAt: 'akkoord op {{time}}',
  attachments: 'Bijlagen',
  noAttachments: 'Geen bijlagen.',
  fileName: 'Naam',
  fileSize: 'Grootte',
  fileHash: 'SHA-256',
  madeInBrowser: 'Deze kopie is in uw eigen browser gemaakt. Niemand anders heeft haar.',
};

export const mail = {
  subject: 'Ontvangstbevestiging {{reference}}: {{formTitle}}',
  greeting: 'Beste afzender,',
  received: 'Wij hebben uw {{messageType}} via het formulier "{{formTitle}}" ontvangen.',
  noAnswers:
    'Uw antwoorden staan niet in deze e-mail. Een kopie van wat u heeft gestuurd kon u na het versturen downloaden. Heeft u dit bericht niet gestuurd? Dan kunt u deze e-mail negeren.',
  closing: 'Met vriendelijke groet,\n{{organisation}}',
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

export const deadline = {
  hint: 'Uw bezwaar moet waarschijnlijk uiterlijk {{end}} bij ons binnen zijn.',
  hintBasis:
    'De termijn is zes weken. Hij begint op de dag nadat het besluit is verstuurd of bekendgemaakt. Dit is een schatting: u kunt uw bezwaar altijd versturen.',
  hintPassed: 'De termijn voor bezwaar is waarschijnlijk voorbij. U kunt uw bezwaar toch versturen.',
  hintPassedEnd: 'De termijn liep tot en met {{end}}.',
  hintExtended: 'Uw bezwaar moet waarschijnlijk uiterlijk {{end}} bij ons binnen zijn. Dat is later dan zes weken, door een storing (Awb 2:21).',
  hintUncertain: 'Feestdagen die nog niet bekend zijn, kunnen de datum later maken.',
  reasoning: 'Hoe is deze datum berekend?',
  lateReasonLabel: 'Waarom stuurt u uw bezwaar na de termijn?',
  lateReasonHint:
    'Bijvoorbeeld: u kreeg het besluit later, of u was ziek. Wij behandelen uw bezwaar toch als u redelijkerwijs niet in verzuim bent geweest: als u niet te verwijten valt dat het te laat is (Awb 6:11).',
  lateReasonReview: 'Waarom na de termijn',
  step: {
    period: 'De termijn van {{period}} begint op {{start}}, de dag na {{event}}, en loopt tot en met {{end}}.',
    periodBackward: 'Teruggerekend {{period}} vóór {{event}}: {{end}}.',
    periodHours: 'De termijn van {{length}} uur loopt van {{from}} tot {{end}}.',
    awb68: 'Het besluit is bekendgemaakt op {{announced}}. De termijn begint de dag erna, op {{start}} (Awb 6:8 lid 1).',
    awb67: 'De bezwaartermijn is zes weken (Awb 6:7). Zonder feestdagen eindigt hij op {{end}}.',
    atw1: 'De termijn eindigt niet op een zaterdag, zondag of feestdag. Daarom loopt hij door tot en met {{to}} (Algemene termijnenwet artikel 1). Overgeslagen: {{days}}.',
    atw1Backward: 'Een teruggerekende termijn schuift niet op bij een weekend of feestdag (Algemene termijnenwet artikel 1 lid 2).',
    atw2: 'In de termijn moeten minstens twee werkdagen zitten. Daarom loopt hij door tot en met {{to}} (Algemene termijnenwet artikel 2). Geen werkdag: {{days}}.',
    atw4: 'De Algemene termijnenwet geldt niet voor deze termijn ({{period}}) (artikel 4).',
    notStatutory: 'Dit is geen wettelijke termijn. De Algemene termijnenwet geldt er niet voor.',
    equalStatusUnknown:
      'Voor {{years}} is nog niet bekend welke dagen met feestdagen gelijkgesteld worden (Algemene termijnenwet artikel 3 lid 3). De einddatum kan daardoor later worden.',
    awb221lid1: 'De gemeente heeft besloten deze termijn te verlengen tot en met {{to}} wegens een storing (Awb 2:21 lid 1).',
    awb221lid3: 'Het kanaal was niet bereikbaar van {{from}} tot {{to}}. Die tijd telt niet mee (Awb 2:21 lid 3).',
    awb223: 'Het bericht kwam via een verkeerd kanaal binnen op {{received}}. De termijn is verlengd tot {{end}} (Awb 2:23).',
    awb223Late:
      'Het bericht kwam via een verkeerd kanaal binnen op {{received}}, na het einde van de termijn. Artikel 2:23 beschermt alleen wie op tijd was: de termijn blijft {{end}}.',
    awb223Objection:
      'Een bezwaar- of beroepschrift via een ander kanaal moet de gemeente toch behandelen (Awb 2:16 lid 1 onder b). Het telt als ontvangen op {{received}} (Awb 2:20, 6:9); de termijn verandert niet.',
    awb223NoDesignation:
      'Voor dit soort bericht is geen kanaal aangewezen (Awb 2:16 lid 1 onder c). Het telt als ontvangen op {{received}} (Awb 2:20, 6:9); de termijn verandert niet.',
    awb223Pending:
      'Het bericht kwam via een verkeerd kanaal binnen op {{received}}. De termijn loopt in ieder geval tot en met {{minimum}} (Awb 2:23).',
  },
  verdict: {
    onTime: 'Op tijd ontvangen.',
    onTimeOutage: 'Op tijd: de storing van {{from}} tot {{to}} telt niet mee.',
    onTimeExtension: 'Op tijd: de termijn was verlengd tot {{end}}.',
    late: 'Ontvangen na het einde van de termijn ({{end}}).',
    lateObjection:
      'Ontvangen na het einde van de termijn ({{end}}). Het bezwaar of beroep wordt toch behandeld als redelijkerwijs niet kan worden geoordeeld dat de indiener in verzuim is geweest: als hem niet te verwijten valt dat het te laat is (Awb 6:11).',
    lateOutage:
      'Ontvangen na het einde van de termijn ({{end}}). Na een storing wordt dat niet tegengeworpen als redelijkerwijs niet kan worden geoordeeld dat de afzender in verzuim is geweest (Awb 2:21 lid 3).',
  },
  unit: {
    days_one: '{{count}} dag',
    days_other: '{{count}} dagen',
    weeks_one: '{{count}} week',
    weeks_other: '{{count}} weken',
    months_one: '{{count}} maand',
    months_other: '{{count}} maanden',
    years_one: '{{count}} jaar',
    years_other: '{{count}} jaar',
    hours_one: '{{count}} uur',
    hours_other: '{{count}} uur',
  },
  day: {
    saturday: 'zaterdag',
    sunday: 'zondag',
    equalStatus: 'gelijkgesteld met een feestdag bij {{decree}}',
  },
  weekday: { '1': 'maandag', '2': 'dinsdag', '3': 'woensdag', '4': 'donderdag', '5': 'vrijdag', '6': 'zaterdag', '7': 'zondag' },
  holiday: {
    newYearsDay: 'Nieuwjaarsdag',
    goodFriday: 'Goede Vrijdag',
    easterMonday: 'tweede Paasdag',
    kingsDay: 'Koningsdag',
    liberationDay: '5 mei',
    ascensionDay: 'Hemelvaartsdag',
    whitMonday: 'tweede Pinksterdag',
    christmasDay: 'eerste Kerstdag',
    boxingDay: 'tweede Kerstdag',
  },
};

export const outage = {
  titleOngoing: 'Storing: {{channels}} werkt nu niet',
  titlePlanned: 'Gepland onderhoud aan {{channels}}',
  since: 'Sinds {{start}}.',
  expectedEnd: 'Wij verwachten dat het weer werkt op {{end}}.',
  unknownEnd: 'Wij weten nog niet hoe lang het duurt.',
  plannedPeriod: 'Van {{start}} tot {{end}}.',
  plannedFrom: 'Vanaf {{start}}.',
  alternatives: 'U kunt ons ook op een andere manier bereiken:',
  extension:
    'Termijnen voor {{types}} die eindigen van {{from}} tot en met {{to}}, zijn verlengd tot en met {{newEnd}} (Awb 2:21 lid 1). Andere termijnen blijven zoals ze waren.',
  extensionDecision: 'Besluit van {{date}}:',
  titleOver: 'Storing voorbij: {{channels}} werkt weer',
  over: 'De storing duurde van {{start}} tot {{end}}. De verlenging van termijnen blijft gelden.',
  overPlanned: 'Het onderhoud duurde van {{start}} tot {{end}}. De verlenging van termijnen blijft gelden.',
  keepProof: 'Lukt het niet om op tijd iets te sturen door deze storing? Bewaar dan een bewijs dat u het probeerde.',
  dismiss: 'Verberg deze melding',
  and: 'en',
  channel: {
    'web-form': 'het webformulier',
    email: 'e-mail',
    portal: 'de berichtenbox',
    phone: 'de telefoon',
    desk: 'de balie',
    post: 'de post',
  },
  route: {
    phone: 'Bel {{value}}',
    email: 'Mail naar {{value}}',
    desk: 'Kom langs: {{value}}',
    post: 'Stuur een brief naar {{value}}',
    web: 'Kijk op {{value}}',
  },
};

export const attempt = {
  sendFailedOutage:
    'Het webformulier werkt nu niet door een storing. Uw antwoorden zijn bewaard. Probeer het later opnieuw, of gebruik een andere manier hieronder.',
  sendFailedRefused:
    'De gemeente kon uw bericht nu niet aannemen, omdat het te druk is. Uw antwoorden zijn bewaard. Probeer het over een paar minuten opnieuw: uw bericht wordt niet twee keer verstuurd. Bewaar het bewijs van deze poging als u door de drukte te laat bent.',
  download: 'Download een bewijs van deze poging',
  downloadHint:
    'Bewaar dit bewijs. Hiermee kunt u laten zien dat u het op dit moment probeerde, bijvoorbeeld als u door de storing te laat bent (Awb 2:21 lid 3).',
  errorNetwork: 'Geen verbinding met de server van de gemeente.',
  errorServer: 'De server van de gemeente gaf een fout (HTTP {{status}}).',
  errorOutage: 'De gemeente meldde een storing (HTTP 503).',
  errorRefused: 'De server van de gemeente nam het bericht niet aan (HTTP {{status}}): de webformulieren waren minder goed bereikbaar.',
  serverTime: 'Tijd volgens de server van de gemeente: {{time}}.',
  retryAfter: 'De server vroeg om het na {{seconds}} seconden opnieuw te proberen.',
  notice: 'Storingsmelding',
  key: 'Kenmerk van de poging',
  reattach: 'Bestanden worden niet bewaard als u de pagina opnieuw laadt. Voeg ze opnieuw toe bij: {{fields}}.',
};

export const format = {
  dateTime: '{{date}} om {{time}}',
  bytes: '{{value}} bytes',
  kilobytes: '{{value}} kB',
  megabytes: '{{value}} MB',
  fileAnswer: '{{name}} ({{size}})',
};

export const findings = {
  jsonSyntax: 'Het bestand is geen geldige JSON: {{detail}}',
  unreadable: 'Het bestand is niet te lezen: {{detail}}',
  notAnObject: 'Een formulierdefinitie is een JSON-object ({ ... }), geen lijst, tekst of getal.',
  unknownFieldType: 'Het veldtype "{{type}}" bestaat niet. Kies een van: {{known}}.',
  missingProperty: '"{{property}}" ontbreekt in {{at}}, maar is nodig. Verwacht: $t(findings.expected.{{expected}}).',
  missingOneOf: '"{{property}}" ontbreekt in {{at}}, maar is nodig. Kies een van: {{expected}}.',
  notOneOf: '"{{property}}" in {{at}} is "{{value}}". Kies een van: {{expected}}.',
  wrongType: '"{{property}}" in {{at}} moet $t(findings.expected.{{expected}}) zijn, maar is $t(findings.expected.{{actual}}).',
  invalidVersion: '"{{value}}" is geen geldige versie. Een versie is drie getallen met punten ertussen, bijvoorbeeld 1.0.0.',
  invalidEmail: '"{{value}}" is geen geldig e-mailadres.',
  invalidFormat: '"{{property}}" in {{at}} heeft niet de juiste vorm: "{{value}}". Kijk in de beschrijving van de definitietaal hoe het moet.',
  tooFewItems: '"{{property}}" in {{at}} moet minstens {{minimum}} onderdeel bevatten.',
  emptyText: '"{{property}}" in {{at}} is leeg. Vul een tekst in.',
  outOfRange: '"{{property}}" in {{at}} kan niet {{value}} zijn. Gebruik een positief geheel getal.',
  invalidValue: '"{{property}}" in {{at}} klopt niet. Kijk in de beschrijving van de definitietaal wat hier hoort.',
  tooManyUnknown: 'Deze definitie heeft te veel onbekende eigenschappen om te controleren.',
  expected: {
    localized: 'een tekst, of een tekst per taal zoals { "nl": "…", "en": "…" }',
    string: 'een tekst',
    number: 'een getal',
    boolean: 'true of false',
    array: 'een lijst [ … ]',
    object: 'een object { … }',
    null: 'null',
    value: 'een andere waarde',
  },
  schema: 'Deze waarde klopt niet: {{detail}}',
  requiredWithoutLegalBasis:
    'Het veld "{{label}}" ({{id}}) is verplicht, maar er staat geen wettelijke grondslag bij. Een formulier mag een vraag alleen verplicht maken als de gegevens nodig zijn (Awb 4:4 lid 2). Voeg een "legalBasis" toe met de wet en het artikel, of maak het veld niet verplicht.',
  duplicateId: 'De id "{{id}}" komt vaker voor. Geef elke stap, elk veld en elke verklaring een eigen id.',
  unknownFieldReference: '"{{id}}" verwijst naar het veld "{{reference}}", maar dat veld bestaat niet of komt pas later in het formulier.',
  conditionCycle:
    'De voorwaarde van "{{id}}" hangt via "{{reference}}" weer van "{{id}}" zelf af. Zo’n veld wordt nooit getoond. Laat de voorwaarde naar een eerder veld verwijzen dat er niet van afhangt.',
  unreachableField:
    'De voorwaarde van "{{id}}" kan nooit kloppen: "{{reference}}" kan niet het antwoord "{{value}}" hebben. Kies een waarde die bij dat veld kan (bij keuzes: een "value" uit de opties), anders wordt "{{id}}" nooit getoond.',
  invalidConstraint:
    'De eis "{{property}}" van het veld "{{id}}" kan niet ({{detail}}). Met deze eis kan niemand de vraag beantwoorden. Pas de waarde aan.',
  legalBasisIncomplete:
    'De wettelijke grondslag bij "{{id}}" is niet compleet: {{missing}} ontbreekt of klopt niet. Vul de wet ("law", bijvoorbeeld Awb), het artikel ("article", bijvoorbeeld 6:5) en een webadres naar de tekst ("url", beginnend met https://) in.',
  bsnWithoutLegalBasis:
    'Het veld "{{label}}" ({{id}}) vraagt om een BSN, maar er staat geen wettelijke grondslag bij. Een BSN mag u alleen gebruiken als een wet dat toestaat (UAVG art. 46), ook als de vraag niet verplicht is. Voeg een "legalBasis" toe, of haal het veld weg.',
  missingGroundsFieldBezwaar:
    'Dit formulier is voor een bezwaar, maar heeft geen tekstvak ("textarea") voor de gronden: waarom iemand het niet eens is met het besluit (Awb 6:5 lid 1 onder d). Voeg een veld van het type "textarea" toe. Het hoeft niet verplicht te zijn: iemand mag de gronden later aanvullen (Awb 6:6).',
  missingGroundsFieldKlacht:
    'Dit formulier is voor een klacht, maar heeft geen tekstvak ("textarea") om te beschrijven over welke gedraging iemand klaagt (Awb 9:4 lid 2 onder d). Voeg een veld van het type "textarea" toe.',
  missingGroundsFieldZienswijze:
    'Dit formulier is voor een zienswijze, maar heeft geen tekstvak ("textarea") waarin iemand zijn mening kan geven (Awb 4:8, 3:15). Voeg een veld van het type "textarea" toe.',
  missingDesignation:
    'Er staat geen aanwijzingsbesluit bij dit formulier. Mensen hebben het recht een {{messageType}} elektronisch te sturen via de kanalen die de organisatie daarvoor heeft aangewezen (Awb 2:13). Noem het besluit dat dit formulier aanwijst: vul "organisation.designationDecision" in met de titel en het webadres.',
  mandatoryConsent:
    'Het veld "{{label}}" ({{id}}) is een toestemming om elektronisch antwoord te krijgen, en is verplicht. Dat mag niet: de elektronische weg mag niet worden opgelegd (Awb 2:7 lid 2), en de organisatie mag alleen elektronisch antwoorden als iemand dat zelf uitdrukkelijk aangeeft, per soort bericht (Awb 2:8). Haal "required" weg.',
  bsnWithoutBsnType:
    'Het veld "{{label}}" ({{id}}) lijkt om een BSN te vragen, maar heeft het type "{{type}}". Gebruik het type "bsn": dat controleert het nummer (elfproef) en vraagt om een wettelijke grondslag, want een BSN mag u alleen gebruiken als een wet dat toestaat (UAVG art. 46, regel bsn-without-legal-basis).',
  invalidAutocomplete:
    '"{{value}}" bij "{{id}}" is geen autocomplete-waarde van HTML. De browser negeert hem, en wie op automatisch invullen rekent, moet alles typen (WCAG 2.2 SC 1.3.5). Gebruik een waarde als "name", "email", "tel", "postal-code" of "street-address".',
  legalBasisArticle:
    'Het artikel "{{value}}" bij "{{id}}" is geen artikelnummer. Vul het nummer in zoals de regeling het noemt, bijvoorbeeld 2:10, 4.2 of 6; lid en onderdeel gaan in "paragraph" en "point". Dan kan iedereen nagaan waarom de vraag verplicht is (Awb 4:4 lid 2).',
  missingSupport:
    'Er staat geen hulp of contact bij dit formulier. Mensen die vastlopen, moeten de organisatie op een andere manier kunnen bereiken (Awb 2:1 lid 1). Vul bij "organisation.support" een telefoonnummer, e-mailadres of contactpagina in.',
  missingPrivacyStatement:
    'Er staat geen link naar de privacyverklaring bij dit formulier. Mensen moeten kunnen lezen wat er met hun gegevens gebeurt (AVG art. 13). Vul "organisation.privacyStatementUrl" in.',
  missingAccessibilityStatement:
    'Er staat geen link naar de toegankelijkheidsverklaring bij dit formulier (Tijdelijk besluit digitale toegankelijkheid overheid, art. 4). Vul "organisation.accessibilityStatementUrl" in.',
  missingTranslation:
    'Deze tekst ontbreekt in: {{locales}}. Het formulier is er in al die talen ("locales"); zonder vertaling ziet de lezer de Nederlandse tekst. Voeg de vertaling toe.',
  missingErrorMessage:
    'De verplichte vraag "{{label}}" ({{id}}) heeft geen eigen foutmelding voor een leeg antwoord. Dan ziet de lezer een algemene melding ("Vul een antwoord in bij …"). Zeg in "errorMessages.required" wat de lezer moet doen, in elke taal van het formulier, bijvoorbeeld { "nl": "Vul uw naam in", "en": "Enter your name" }.',
  markupInText:
    'Deze tekst bevat HTML ({{markup}}). Teksten worden altijd als gewone tekst getoond, dus de lezer ziet de tekens zelf. Haal de HTML weg.',
  unknownProperty:
    'De eigenschap "{{property}}" bestaat hier niet en wordt genegeerd. Is het een tikfout? Kijk in de beschrijving van de definitietaal welke eigenschappen er zijn.',
  conditionShape:
    'Deze voorwaarde klopt niet. Gebruik precies één van: "equals", "notEquals", "in" of "filled", samen met "field"; of "all" of "any" met een lijst voorwaarden.',
  invalidId: '"{{value}}" is geen geldige id. Een id begint met een letter en bevat alleen letters, cijfers, "-" en "_".',
  invalidDateBound: '"{{value}}" is geen geldige datumgrens. Gebruik JJJJ-MM-DD, "today" of bijvoorbeeld "today+30d" of "today-18y".',
  invalidUrl: '"{{value}}" is geen geldig webadres. Begin met https://.',
  sameFormVersion:
    'Formulier "{{id}}" versie {{version}} staat ook in {{other}}, met een andere inhoud. Welke van de twee geldt, is niet te zeggen: geef de gewijzigde definitie een nieuw versienummer.',
  sameFormTwice: 'Formulier "{{id}}" versie {{version}} staat ook in {{other}}, met dezelfde inhoud. Eén van beide is genoeg.',
  internal: 'De controle "{{rule}}" liep vast op deze definitie ({{detail}}). Meld dit aan de makers van wmebv-forms.',
};

export const answer = {
  yes: 'Ja',
  no: 'Nee',
};

export const cli = {
  errors: '{{count}} fouten',
  errors_one: '1 fout',
  warnings: '{{count}} waarschuwingen',
  warnings_one: '1 waarschuwing',
  files: '{{count}} bestanden',
  files_one: '1 bestand',
  summary: '{{errors}} en {{warnings}} in {{files}}.',
  clean: 'Geen problemen gevonden in {{files}}.',
  unreadable: 'Kan het bestand niet lezen: {{detail}}',
  noFiles: 'Geef een of meer bestanden op: wmebv lint FORMULIER.json',
  unknownCommand: 'Onbekende opdracht "{{command}}".',
  unknownOption: 'Onbekende optie "{{option}}".',
};

/** Every Dutch namespace together: the source of truth for the keys (`Resources`). */
export const nl = { field, validation, form, review, receipt, copy, mail, messageType, deadline, outage, attempt, format, findings, answer, cli };

export type Resources = typeof nl;
