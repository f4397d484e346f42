import type { SourceId } from '../catalogue/sources';

/** A source as cited inline: its id and its number in the page's reference list. */
export interface Citation {
  id: SourceId;
  n: number;
}

/**
 * Numbers sources in the order a page cites them. A view-model calls `cite` while it builds its
 * items in the order they are shown, so the inline numbers ([1], [2]) and the reference list
 * (`references()`) cannot disagree with what is on the page.
 */
export function sourceNumbering() {
  const numbers = new Map<SourceId, number>();
  return {
    /** The numbers of these sources, each once, numbering the ones not cited before. */
    cite(ids: readonly SourceId[]): Citation[] {
      return [...new Set(ids)].map((id) => {
        if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
        return { id, n: numbers.get(id)! };
      });
    },
    /** Every source cited so far, in number order. */
    references(): SourceId[] {
      return [...numbers.keys()];
    },
  };
}

export type SourceNumbering = ReturnType<typeof sourceNumbering>;
