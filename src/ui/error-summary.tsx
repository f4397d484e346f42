import { useEffect, useRef } from 'react';
import { messages } from '../content/messages';

export interface ErrorItem {
  /** The id of the field the error belongs to: the link moves focus there. */
  fieldId: string;
  text: string;
}

/**
 * "There is a problem" (GOV.UK error summary). It takes focus each time the person submits with
 * errors, so the problem is announced once; its links move focus to the field.
 */
export function ErrorSummary({ errors, attempt }: { errors: ErrorItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div className="app-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="app-error-summary__title" id="error-summary-title">
        {messages.ui.errorSummaryTitle}
      </h2>
      <ul className="app-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // Focus the field itself: following the fragment would also change the URL.
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
