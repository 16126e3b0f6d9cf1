// A Vite app as a municipality would write it: import the package, listen to its typed events.
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';

const form: WmebvForm = document.querySelector('wmebv-form')!;
form.addEventListener('wmebv-submitted', (event) => {
  // HTMLElementEventMap types the detail: no cast needed.
  const reference: string = event.detail.receipt.reference;
  document.body.dataset.submitted = reference;
});
