// The Dutch `review` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlReview = {
  title: 'Controleer uw antwoorden',
  intro: 'Kijk of alles klopt voordat u het verstuurt. U kunt elk antwoord nog wijzigen.',
  change: 'Wijzig',
  empty: 'Niet ingevuld',
  declarationsTitle: 'Verklaring',
  sendTitle: 'Versturen',
  copyTitle: 'Kopie voor uzelf',
  copyIntro: 'U kunt nu al een kopie van uw antwoorden bewaren. Let op: ze zijn dan nog niet verstuurd.',
};
