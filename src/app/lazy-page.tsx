import { lazy, type ComponentType } from 'react';

/** A lazily loaded part of the app could not be fetched: offline, or replaced by a new version. */
export class ModuleLoadError extends Error {
  constructor(cause: unknown) {
    super('A part of the app could not be loaded', { cause });
    this.name = 'ModuleLoadError';
  }
}

/** How to load each part again whose last load failed (React.lazy keeps a failure for good). */
const retries = new Set<() => void>();

/**
 * A component loaded when first shown, like React.lazy, but whose failed load is thrown as a
 * `ModuleLoadError` (for `LoadBoundary` to tell apart from a bug) and can be tried again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const create = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          retries.add(retry);
          throw new ModuleLoadError(error);
        },
      ),
    );
  let current = create();
  function retry() {
    current = create();
  }
  function LazyPage(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return LazyPage;
}

/** Makes every part whose load failed load afresh the next time it is shown. */
export function retryFailedLoads(): void {
  for (const retry of retries) retry();
  retries.clear();
}
