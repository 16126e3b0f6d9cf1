// The Dutch `deadline` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlDeadline = {
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
