import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder entry; the app shell replaces it.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>Социальные услуги Алматы</main>
  </StrictMode>,
);
