/**
 * Stands in for `use-sync-external-store/shim` (see the alias in vite.config.ts): that shim exists for
 * React 16 and 17, and on React 19 only hands back React's own hook.
 */
export { useSyncExternalStore } from 'react';
