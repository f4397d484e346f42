import { messages } from '../content/messages';

/** GOV.UK-style Back link. It is a button because it sends an event rather than following a URL. */
export function BackLink({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="app-back-link" onClick={onBack}>
      {messages.ui.back}
    </button>
  );
}
