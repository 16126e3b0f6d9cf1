// The Dutch `outage` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlOutage = {
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
