import { sources, type SourceId } from '../catalogue/sources';
import { outcome } from '../content/outcome-messages';

/**
 * Numbers the sources in the order a page first cites them, so that inline references ([1], [2])
 * match the reference list at the foot of the page.
 */
export function numberSources(cited: readonly (readonly SourceId[])[]): Map<SourceId, number> {
  const numbers = new Map<SourceId, number>();
  for (const group of cited) for (const id of group) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

export function Cite({ ids, numbers }: { ids: readonly SourceId[]; numbers: Map<SourceId, number> }) {
  if (ids.length === 0) return null;
  return (
    <span className="app-cite">
      {' '}
      [
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <a href={`#source-${id}`} aria-label={outcome.result.sourceLinkLabel.replace('{n}', String(numbers.get(id)))}>
            {numbers.get(id)}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

export function SourceList({ numbers }: { numbers: Map<SourceId, number> }) {
  const labels = outcome.result.sourceLabel;
  return (
    <ol className="app-sources">
      {[...numbers.keys()].map((id) => {
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
