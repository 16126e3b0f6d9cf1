/** Examples of `wmebv-file-upload`. */

/** The file limits of the objection form's attachments: PDF, JPEG, PNG; 10 MB each; 5 files. */
export const attachmentLimits = {
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxFileSize: 10 * 1024 * 1024,
  maxFiles: 5,
};

/** Files as the browser would hand them over (contents are zeros; only name, type and size matter). */
export function sampleFiles(): File[] {
  return [
    new File([new Uint8Array(253_952)], 'besluit-dakkapel.pdf', { type: 'application/pdf' }),
    new File([new Uint8Array(2_411_724)], 'foto-voorgevel.jpg', { type: 'image/jpeg' }),
  ];
}
