import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './ui/styles.css';
import './gp/gp.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
