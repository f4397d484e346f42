import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

afterEach(() => cleanup());

// Each test is a new person on a new tab: nothing saved, no history entries of the app.
beforeEach(() => {
  if (typeof window === 'undefined') return;
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '');
});

// jsdom has no layout, so it cannot scroll; pages scroll to the top on each step in a real browser.
if (typeof window !== 'undefined') window.scrollTo = () => {};
