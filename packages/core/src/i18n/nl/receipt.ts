// The Dutch `receipt` namespace in a file of its own: esbuild puts a whole file in one chunk, so
// namespaces that the first screen does not show stay out of the form's first load (see ../nl.ts).
export const nlReceipt = {
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
