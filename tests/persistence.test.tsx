import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../src/app/app';
import { readBrowser } from '../src/app/main';
import { messages } from '../src/content/messages';
import { savedText, saveSession, storageKey } from '../src/persistence/saved-session';
import { answerPage, currentStep, optionLabel } from './ui-driver';

async function answerFirstThree() {
  const user = userEvent.setup();
  const view = render(<App {...readBrowser()} />);
  await user.click(screen.getByRole('button', { name: /^Start/ }));
  await answerPage(user, 'redFlags', ['none']);
  await answerPage(user, 'ageBand', '50to64');
  await answerPage(user, 'pregnancy', 'no');
  expect(currentStep()).toBe('sensation');
  return { user, view };
}

describe('keeping answers on this device', () => {
  it('a reload reopens the same step with every answer', async () => {
    const { user, view } = await answerFirstThree();
    view.unmount(); // the tab reloads: sessionStorage says it is the same tab
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('sensation');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('pregnancy', 'no') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('ageBand', '50to64') })).toBeChecked();
  });

  it('Back to the start page, then a reload: the start page keeps every answer, and Start carries on with them', async () => {
    const { user, view } = await answerFirstThree();
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(currentStep()).toBe('start');
    view.unmount(); // the tab reloads, or follows the link to GP mode and back
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    expect(currentStep()).toBe('redFlags');
    expect(screen.getByRole('checkbox', { name: optionLabel('redFlags', 'none') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('radio', { name: optionLabel('ageBand', '50to64') })).toBeChecked();
  });

  it('Back to the start page, then a new visit: asks before anything, and Continue keeps every answer', async () => {
    const { user, view } = await answerFirstThree();
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Back' }));
    view.unmount();
    window.sessionStorage.clear(); // a new tab
    render(<App {...readBrowser()} />);
    expect(screen.getByRole('heading', { level: 1, name: messages.session.resumeTitle })).toBeVisible();
    await user.click(screen.getByRole('button', { name: messages.session.resumeContinue }));
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(currentStep()).toBe('sensation');
  });

  it('a return visit asks first, and "Continue where you left off" goes back to the same step', async () => {
    const { user, view } = await answerFirstThree();
    view.unmount();
    window.sessionStorage.clear(); // a new visit, another day
    render(<App {...readBrowser()} />);
    expect(screen.getByRole('heading', { level: 1, name: messages.session.resumeTitle })).toBeVisible();
    await user.click(screen.getByRole('button', { name: messages.session.resumeContinue }));
    expect(currentStep()).toBe('sensation');
  });

  it('"Start again" on return removes the saved answers', async () => {
    const { user, view } = await answerFirstThree();
    view.unmount();
    window.sessionStorage.clear();
    render(<App {...readBrowser()} />);
    await user.click(screen.getByRole('button', { name: messages.session.resumeStartAgain }));
    expect(currentStep()).toBe('start');
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('"Forget my answers" removes them from the device and says so', async () => {
    const { user } = await answerFirstThree();
    expect(window.localStorage.getItem(storageKey)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: messages.session.forget }));
    expect(currentStep()).toBe('start');
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(messages.session.forgotten);
  });

  it('damaged saved data: the app still starts, says so in one sentence and offers the data as a file', async () => {
    window.localStorage.setItem(storageKey, '{"version":1,"answers":{');
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    expect(screen.getByText(messages.session.problems.corrupt)).toBeVisible();
    expect(screen.getByRole('button', { name: messages.session.downloadRaw })).toBeVisible();
  });

  it('saved data from a newer version is not mis-read', async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 99, savedAt: 'x', step: 'timing', answers: {} }));
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    expect(screen.getByText(messages.session.problems.newerVersion)).toBeVisible();
  });
});

describe('browser Back and Forward', () => {
  it('move between steps like the Back link, without losing answers', async () => {
    const { user } = await answerFirstThree();
    await act(async () => window.history.back());
    await waitFor(() => expect(currentStep()).toBe('pregnancy'));
    expect(screen.getByRole('radio', { name: optionLabel('pregnancy', 'no') })).toBeChecked();
    await act(async () => window.history.back());
    await waitFor(() => expect(currentStep()).toBe('ageBand'));
    await act(async () => window.history.forward());
    await waitFor(() => expect(currentStep()).toBe('pregnancy'));
    await answerPage(user, 'pregnancy', 'no');
    expect(currentStep()).toBe('sensation');
  });
});

describe('another tab', () => {
  /** What the browser does in this tab when another tab of the app writes the saved session. */
  function anotherTabWrites(write: () => void) {
    const oldValue = savedText();
    write();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, oldValue, newValue: savedText(), storageArea: window.localStorage }));
    });
  }

  it('saves newer answers: this tab says so, shows them, and saves on from them', async () => {
    const { user } = await answerFirstThree();
    anotherTabWrites(() =>
      saveSession({ step: 'pregnancy', answers: { redFlags: ['none'], ageBand: '18to49' }, returningToReview: false }),
    );
    expect(screen.getByText(messages.session.changedInAnotherTab)).toBeVisible();
    expect(currentStep()).toBe('pregnancy');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('ageBand', '18to49') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(JSON.parse(window.localStorage.getItem(storageKey) ?? '{}').answers.ageBand).toBe('18to49');
  });

  it('saved while this tab was not told yet: this tab does not save over it, and moves to it', async () => {
    const { user } = await answerFirstThree();
    // No storage event yet: this tab's next save finds newer answers than it last knew.
    saveSession({ step: 'pregnancy', answers: { redFlags: ['none'], ageBand: '18to49' }, returningToReview: false });
    await answerPage(user, 'sensation', ['urgeWithCrawlingAching']);
    expect(JSON.parse(window.localStorage.getItem(storageKey) ?? '{}').answers).toEqual({ redFlags: ['none'], ageBand: '18to49' });
    expect(screen.getByText(messages.session.changedInAnotherTab)).toBeVisible();
    expect(currentStep()).toBe('pregnancy');
  });
});
