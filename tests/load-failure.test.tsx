import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../src/app/error-boundary';
import { lazyPage } from '../src/app/lazy-page';
import { LoadBoundary } from '../src/app/load-boundary';
import { messages } from '../src/content/messages';
import { saveSession, storageKey } from '../src/persistence/saved-session';

const t = messages.session;

function Summary() {
  return <h1>The summary</h1>;
}

function showLazily(load: () => Promise<typeof Summary>, onLoadFailed = () => {}) {
  const Page = lazyPage(load);
  return render(
    <ErrorBoundary>
      <LoadBoundary onLoadFailed={onLoadFailed}>
        <Suspense fallback={null}>
          <Page />
        </Suspense>
      </LoadBoundary>
    </ErrorBoundary>,
  );
}

describe('a part of the app that cannot be loaded', () => {
  it('says to check the connection, keeps the answers, and Try again loads it', async () => {
    saveSession({ step: 'result', answers: { ageBand: '65plus' }, returningToReview: false });
    const saved = window.localStorage.getItem(storageKey);
    let online = false;
    const load = vi.fn(() => (online ? Promise.resolve(Summary) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    const onLoadFailed = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    showLazily(load, onLoadFailed);

    expect(await screen.findByRole('heading', { level: 1, name: t.loadFailedTitle })).toBeVisible();
    expect(screen.getByText(t.loadFailedBody)).toBeVisible();
    expect(screen.queryByRole('heading', { name: t.errorTitle })).toBeNull();
    expect(onLoadFailed).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(storageKey)).toBe(saved);

    online = true;
    await userEvent.click(screen.getByRole('button', { name: t.loadFailedTryAgain }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The summary' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
    expect(window.localStorage.getItem(storageKey)).toBe(saved);
    vi.restoreAllMocks();
  });

  it('a page that fails for another reason still gets the error page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    showLazily(() =>
      Promise.resolve(() => {
        throw new Error('a bug, not the network');
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: t.errorTitle })).toBeVisible();
    vi.restoreAllMocks();
  });
});
