import { conditionIds, type ConditionId } from './knowledge';

export type Band = 'likely' | 'possible' | 'unlikely';

const bandRank: Record<Band, number> = { likely: 0, possible: 1, unlikely: 2 };

/** The conditions, the best fit first; conditions in the same band keep the catalogue's order. */
export function conditionsByBand(bands: Record<ConditionId, Band>): ConditionId[] {
  return [...conditionIds].sort((a, b) => bandRank[bands[a]] - bandRank[bands[b]]);
}
