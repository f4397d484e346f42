import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '../src/content/messages';
import { saveSession, storageKey } from '../src/persistence/saved-session';
import { ErrorBoundary } from '../src/app/error-boundary';

function Broken(): never {
  throw new Error('a page that cannot render');
}

describe('a page that fails to render', () => {
  it('shows an error page that offers the saved answers as a download and a way to start again', () => {
    saveSession({ step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: messages.session.errorTitle })).toBeVisible();
    expect(screen.getByRole('button', { name: messages.session.errorDownload })).toBeVisible();
    expect(screen.getByRole('button', { name: messages.session.errorStartAgain })).toBeVisible();
    vi.restoreAllMocks();
  });

  it('"Start again" asks before deleting the answers, and "No, keep my answers" keeps them', async () => {
    saveSession({ step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false });
    const saved = window.localStorage.getItem(storageKey);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: messages.session.errorStartAgain }));
    expect(screen.getByRole('alert')).toHaveTextContent(messages.session.errorConfirmStartAgain);
    expect(screen.getByRole('button', { name: messages.session.errorConfirmRemove })).toBeVisible();
    expect(window.localStorage.getItem(storageKey)).toBe(saved);
    await userEvent.click(screen.getByRole('button', { name: messages.session.errorKeepAnswers }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: messages.session.errorDownload })).toBeVisible();
    expect(window.localStorage.getItem(storageKey)).toBe(saved);
    vi.restoreAllMocks();
  });
});
