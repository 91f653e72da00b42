import { useInput, useTranslate } from 'react-admin';
import { visuallyHidden } from '../common/visually-hidden';

/**
 * A field for spam robots: hidden from sight, from screen readers and from
 * the keyboard, and not autofilled, so only a robot fills it in. The API
 * accepts such a form without keeping it.
 */
export const HoneypotInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field, id } = useInput({ source, defaultValue: '' });
  return (
    <div style={visuallyHidden} aria-hidden="true">
      <label htmlFor={id}>{translate('app.join.honeypot')}</label>
      <input
        id={id}
        name={field.name}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        ref={field.ref}
        data-testid="join-homepage"
      />
    </div>
  );
};
