import { render, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../src/app/app';
import type { KnownAnswers } from '../src/catalogue/answers';
import { readBrowser } from '../src/app/main';
import { messages } from '../src/content/messages';
import { savedText, saveSession, storageKey } from '../src/persistence/saved-session';
import { fixtures } from './fixtures/answers';
import { answerPage, answerUntil, currentStep, goBack, optionLabel, page, pressContinue, setupUser } from './ui-driver';

const answers = fixtures.typicalRls.answers;

/** Answers the first pages, up to how it feels. */
async function answerFirstPages() {
  const user = setupUser();
  const view = render(<App {...readBrowser()} />);
  const seen = await answerUntil(user, answers, 'sensation');
  return { user, view, seen };
}

describe('keeping answers on this device', () => {
  it('a reload reopens the same step with every answer', async () => {
    const { user, view } = await answerFirstPages();
    view.unmount(); // the tab reloads: sessionStorage says it is the same tab
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('sensation');
    await goBack(user);
    expect(page().getByRole('radio', { name: optionLabel('pregnancy', answers.pregnancy) })).toBeChecked();
    await goBack(user);
    expect(page().getByRole('radio', { name: optionLabel('ageBand', answers.ageBand) })).toBeChecked();
  });

  it('Back to the start page, then a reload: the start page keeps every answer, and Start carries on with them', async () => {
    const { user, view } = await answerFirstPages();
    while (currentStep() !== 'start') await goBack(user);
    view.unmount(); // the tab reloads, or follows the link to GP mode and back
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    await user.click(page().getByRole('button', { name: /^Start/ }));
    expect(currentStep()).toBe('respondent');
    expect(page().getByRole('radio', { name: optionLabel('respondent', 'self') })).toBeChecked();
    await pressContinue(user);
    expect(page().getByRole('checkbox', { name: optionLabel('redFlags', 'none') })).toBeChecked();
    await pressContinue(user);
    expect(page().getByRole('radio', { name: optionLabel('ageBand', answers.ageBand) })).toBeChecked();
  });

  it('Back to the start page, then a new visit: asks before anything, and Continue keeps every answer', async () => {
    const { user, view, seen } = await answerFirstPages();
    while (currentStep() !== 'start') await goBack(user);
    view.unmount();
    window.sessionStorage.clear(); // a new tab
    render(<App {...readBrowser()} />);
    expect(screen.getByRole('heading', { level: 1, name: messages.session.resumeTitle })).toBeVisible();
    await user.click(screen.getByRole('button', { name: messages.session.resumeContinue }));
    await user.click(page().getByRole('button', { name: /^Start/ }));
    // Every page before how it feels is already answered: Continue alone goes through them.
    for (const step of seen.filter((s) => s !== 'start' && s !== 'sensation')) {
      expect(currentStep()).toBe(step);
      await pressContinue(user);
    }
    expect(currentStep()).toBe('sensation');
  });

  it('a return visit asks first, and "Continue where you left off" goes back to the same step', async () => {
    const { user, view } = await answerFirstPages();
    view.unmount();
    window.sessionStorage.clear(); // a new visit, another day
    render(<App {...readBrowser()} />);
    expect(page().getByRole('heading', { level: 1, name: messages.session.resumeTitle })).toBeVisible();
    await user.click(page().getByRole('button', { name: messages.session.resumeContinue }));
    expect(currentStep()).toBe('sensation');
  });

  it('"Start again" on return removes the saved answers', async () => {
    const { user, view } = await answerFirstPages();
    view.unmount();
    window.sessionStorage.clear();
    render(<App {...readBrowser()} />);
    await user.click(page().getByRole('button', { name: messages.session.resumeStartAgain }));
    expect(currentStep()).toBe('start');
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });

  it('"Forget my answers" removes them from the device and says so', async () => {
    const { user } = await answerFirstPages();
    expect(window.localStorage.getItem(storageKey)).not.toBeNull();
    // The control sits outside <main>, in the page's footer, on every page.
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: messages.session.forget }));
    expect(currentStep()).toBe('start');
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(page().getByRole('status')).toHaveTextContent(messages.session.forgotten);
  });

  it('damaged saved data: the app still starts, says so in one sentence and offers the data as a file', async () => {
    window.localStorage.setItem(storageKey, '{"version":1,"answers":{');
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    expect(page().getByText(messages.session.problems.corrupt)).toBeVisible();
    expect(page().getByRole('button', { name: messages.session.downloadRaw })).toBeVisible();
  });

  it('saved data from a newer version is not mis-read', async () => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 99, savedAt: 'x', step: 'timing', answers: {} }));
    render(<App {...readBrowser()} />);
    expect(currentStep()).toBe('start');
    expect(page().getByText(messages.session.problems.newerVersion)).toBeVisible();
  });
});

describe('browser Back and Forward', () => {
  it('move between steps like the Back link, without losing answers', async () => {
    const { user } = await answerFirstPages();
    await act(async () => window.history.back());
    await waitFor(() => expect(currentStep()).toBe('pregnancy'));
    expect(page().getByRole('radio', { name: optionLabel('pregnancy', answers.pregnancy) })).toBeChecked();
    await act(async () => window.history.back());
    await waitFor(() => expect(currentStep()).toBe('ageBand'));
    await act(async () => window.history.forward());
    await waitFor(() => expect(currentStep()).toBe('pregnancy'));
    await answerPage(user, 'pregnancy', answers.pregnancy);
    expect(currentStep()).toBe('sensation');
  });
});

describe('another tab', () => {
  /** What another tab saved: other answers than this tab's, a page earlier. */
  const newer: KnownAnswers = { respondent: 'self', redFlags: ['none'], ageBand: '18to49' };

  /** What the browser does in this tab when another tab of the app writes the saved session. */
  function anotherTabWrites(write: () => void) {
    const oldValue = savedText();
    write();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey, oldValue, newValue: savedText(), storageArea: window.localStorage }));
    });
  }

  it('saves newer answers: this tab says so, shows them, and saves on from them', async () => {
    const { user } = await answerFirstPages();
    anotherTabWrites(() =>
      saveSession({ step: 'pregnancy', answers: newer, returningToReview: false }),
    );
    expect(screen.getByText(messages.session.changedInAnotherTab)).toBeVisible();
    expect(currentStep()).toBe('pregnancy');
    await goBack(user);
    expect(page().getByRole('radio', { name: optionLabel('ageBand', '18to49') })).toBeChecked();
    await pressContinue(user);
    expect(JSON.parse(window.localStorage.getItem(storageKey) ?? '{}').answers.ageBand).toBe('18to49');
  });

  it('saved while this tab was not told yet: this tab does not save over it, and moves to it', async () => {
    const { user } = await answerFirstPages();
    // No storage event yet: this tab's next save finds newer answers than it last knew.
    saveSession({ step: 'pregnancy', answers: newer, returningToReview: false });
    await answerPage(user, 'sensation', answers.sensation);
    expect(JSON.parse(window.localStorage.getItem(storageKey) ?? '{}').answers).toEqual(newer);
    expect(screen.getByText(messages.session.changedInAnotherTab)).toBeVisible();
    expect(currentStep()).toBe('pregnancy');
  });
});
