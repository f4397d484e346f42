import { StrictMode } from 'react';
import { App } from './app';

/** The whole tree, as the browser renders it (src/main.tsx) and as the build prerenders it (src/prerender.tsx). */
export function AppRoot() {
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
