// Debian's Chromium and the flags it needs here, for the Chromium tests, the bench and the install
// check alike. The background-networking flags stop Chromium calling out, which this machine refuses.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
