import { useEffect, useState } from 'react';
import { GlobeIcon } from './icons';
import { JoinForm, type SubmittedApplication } from './JoinForm';
import { LocaleMenu } from './LocaleMenu';
import { useWords } from './words-context';

/** `/join`: the membership form for organizations, open to anyone, in the frame of the public pages (the login page's look). */
export const JoinPage = () => {
  const { translate } = useWords();
  const [submitted, setSubmitted] = useState<SubmittedApplication | null>(null);
  const heading = translate(submitted ? 'app.join.thanks.title' : 'app.join.title');
  const appTitle = translate('app.title');

  useEffect(() => {
    document.title = `${heading} — ${appTitle}`;
  }, [heading, appTitle]);

  const received = (application: SubmittedApplication) => {
    setSubmitted(application);
    window.scrollTo({ top: 0 });
  };

  return (
    <main className="public-page">
      <div className="card">
        <header className="card-header">
          <span className="avatar">
            <GlobeIcon />
          </span>
          <div className="card-titles">
            <p className="app-title">{appTitle}</p>
            <p className="tagline">{translate('app.tagline')}</p>
          </div>
          <LocaleMenu />
        </header>
        <div className="card-content">
          <h1>{heading}</h1>
          {submitted ? (
            <div data-testid="join-thanks">
              <p className="alert alert-success" role="status">
                {translate('app.join.thanks.received', { organization: submitted.organizationName })}
              </p>
              <p>{translate('app.join.thanks.email', { email: submitted.contactEmail })}</p>
              <p>{translate('app.join.thanks.next')}</p>
              <button type="button" className="button-outlined" onClick={() => setSubmitted(null)}>
                {translate('app.join.thanks.another')}
              </button>
            </div>
          ) : (
            <JoinForm onSubmitted={received} />
          )}
          <p className="back-link">
            <a href="/#/login">{translate('app.public.back_to_sign_in')}</a>
          </p>
        </div>
      </div>
    </main>
  );
};
