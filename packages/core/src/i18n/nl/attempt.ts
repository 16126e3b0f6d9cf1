// The Dutch `attempt` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlAttempt = {
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
