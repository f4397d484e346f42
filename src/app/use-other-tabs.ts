import { useEffect } from 'react';
import { storageKey } from '../persistence/saved-session';

/**
 * Calls `onSaved` with the saved session's new text (null when removed) as soon as another tab of the
 * app saves or removes it. The browser's `storage` event fires in every other tab of the same origin,
 * never in the tab that wrote. `onSaved` must keep its identity.
 */
export function useOtherTabs(onSaved: (raw: string | null) => void): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      // `key` is null when another tab cleared the whole storage.
      if (event.storageArea === window.localStorage && (event.key === storageKey || event.key === null)) onSaved(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [onSaved]);
}
