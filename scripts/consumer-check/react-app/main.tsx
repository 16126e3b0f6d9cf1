// React 19 renders custom elements natively: properties for known props, `on<event-name>` for events.
import '@wmebv/components';
import type { WmebvSubmittedEvent } from '@wmebv/components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function ObjectionPage() {
  const [reference, setReference] = useState<string>();
  return (
    <main data-submitted={reference}>
      <wmebv-form
        src="/api/forms/bezwaarschrift"
        action="/api/forms/bezwaarschrift/submissions"
        onwmebv-submitted={(event: WmebvSubmittedEvent) => {
          document.body.dataset.submitted = event.detail.receipt.reference;
          setReference(event.detail.receipt.reference);
        }}
      >
        Werkt dit formulier niet? Bel 14 0999.
      </wmebv-form>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<ObjectionPage />);
