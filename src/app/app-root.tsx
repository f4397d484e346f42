import { StrictMode } from 'react';
import { App, type AppStart } from './app';

/** The whole tree, as the browser renders it (src/app/main.tsx) and as the build prerenders it (src/prerender.tsx). */
export function AppRoot(start: AppStart) {
  return (
    <StrictMode>
      <App {...start} />
    </StrictMode>
  );
}
