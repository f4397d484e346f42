import type { ReactNode } from 'react';
import { sources, type SourceId } from '../catalogue/sources';
import { outcome } from '../content/outcome-messages';
import type { Citation } from './source-numbering';

export function Cite({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <span className="app-cite">
      {' '}
      [
      {citations.map(({ id, n }, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <a href={`#source-${id}`} aria-label={outcome.result.sourceLinkLabel.replace('{n}', String(n))}>
            {n}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

/** The reference list: the sources in the order they were numbered. */
export function SourceList({ references }: { references: readonly SourceId[] }) {
  const labels = outcome.result.sourceLabel;
  return (
    <ol className="app-sources">
      {references.map((id) => {
        const source = sources[id];
        return (
          <li key={id} id={`source-${id}`}>
            {source.citation}. <span className="app-sources__label">({labels[source.label] ?? source.label})</span>{' '}
            {source.url && (
              <a href={source.url} rel="noreferrer noopener" className="app-sources__link">
                {source.url.replace(/^https?:\/\//, '').split('/')[0]}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** One statement with the sources it rests on; `label` is shown in bold before it. */
export interface CitedItem {
  key: string;
  label?: string;
  text: string;
  citations: readonly Citation[];
  /** Data attributes of the list item, e.g. `{ 'data-alert': 'claudicationMimic' }`. */
  data?: Record<`data-${string}`, string>;
}

export function CitedList({ items, className = 'app-list app-list--bullet' }: { items: readonly CitedItem[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key} {...item.data}>
          {item.label && <strong>{item.label}</strong>}
          {item.label && ' '}
          {item.text}
          <Cite citations={item.citations} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A section of a result page: a heading and a list of cited statements. The items come already
 * chosen and numbered by the page's view-model. With no items it shows `empty`, or nothing at all.
 */
export function CitedSection(props: {
  id: string;
  title: string;
  lead?: ReactNode;
  items: readonly CitedItem[];
  empty?: string;
  listClassName?: string;
}) {
  const { id, title, lead, items, empty, listClassName } = props;
  if (items.length === 0 && empty === undefined) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 className="app-heading-m" id={`${id}-title`}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          {lead}
          <CitedList items={items} className={listClassName} />
        </>
      )}
    </section>
  );
}
