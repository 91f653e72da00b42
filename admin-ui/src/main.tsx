import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startI18nProvider } from './i18n/i18n-provider';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
const root = createRoot(container);

/** Shown when the words of the reader's language could not be fetched: no catalog is at hand, so it says it in the three languages. */
const LoadFailure = () => (
  <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '36rem', margin: '4rem auto', padding: '0 1rem' }}>
    <h1 style={{ fontSize: '1.25rem' }}>Coalition CRM</h1>
    <p lang="en">The application could not be loaded. Please check your connection and try again.</p>
    <p lang="es">No se pudo cargar la aplicación. Compruebe su conexión y vuelva a intentarlo.</p>
    <p lang="fr">L’application n’a pas pu être chargée. Vérifiez votre connexion et réessayez.</p>
    <button type="button" onClick={() => window.location.reload()}>
      Try again · Reintentar · Réessayer
    </button>
  </main>
);

startI18nProvider().then(
  (i18nProvider) =>
    root.render(
      <StrictMode>
        <App i18nProvider={i18nProvider} />
      </StrictMode>,
    ),
  () => root.render(<LoadFailure />),
);
