// The Dutch `findings` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlFindings = {
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
