import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicMapPage } from './PublicMapPage';

const container = document.getElementById('map-root');
if (!container) throw new Error('map.html lacks the #map-root element');
container.removeAttribute('role');

createRoot(container).render(
  <StrictMode>
    <PublicMapPage />
  </StrictMode>,
);
