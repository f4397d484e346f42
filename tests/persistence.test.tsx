import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { messages } from '../src/content/messages';
import { storageKey } from '../src/persistence/saved-session';
import { answerPage, currentStep, optionLabel, startAnswering } from './ui-driver';

async function answerFirstThree() {
  const user = userEvent.setup();
  const view = render(<App />);
  await startAnswering(user);
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
    render(<App />);
    expect(currentStep()).toBe('sensation');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('pregnancy', 'no') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('ageBand', '50to64') })).toBeChecked();
  });

  it('a return visit asks first, and "Continue where you left off" goes back to the same step', async () => {
    const { user, view } = await answerFirstThree();
    view.unmount();
    window.sessionStorage.clear(); // a new visit, another day
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: messages.session.resumeTitle })).toBeVisible();
    await user.click(screen.getByRole('button', { name: messages.session.resumeContinue }));
    expect(currentStep()).toBe('sensation');
  });

  it('"Start again" on return removes the saved answers', async () => {
    const { user, view } = await answerFirstThree();
    view.unmount();
    window.sessionStorage.clear();
    render(<App />);
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
    render(<App />);
    expect(currentStep()).toBe('start');
    expect(screen.getByText(messages.session.problems.corrupt)).toBeVisible();
    expect(screen.getByRole('button', { name: messages.session.downloadRaw })).toBeVisible();
  });

  it('saved data from a newer version is not mis-read', async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 99, savedAt: 'x', step: 'timing', answers: {} }));
    render(<App />);
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
