import type { ReactNode } from 'react';
import { useFormContext, type FieldError } from 'react-hook-form';
import type { JoinField } from '../public/join-application';
import { JOIN_RULES, readProblem } from './join-rules';
import { controlId, labelKey, type JoinValues, type TextField as TextFieldName } from './join-values';
import type { Translate } from './join-words';
import { useWords } from './words-context';

/**
 * What to show under a field: the browser's own finding in the page's
 * language, or the server's message, which starts with the field's API name
 * ("organizationWebsite must be…"): the label people see replaces it.
 */
const errorText = (error: FieldError | undefined, field: JoinField, translate: Translate): string | null => {
  if (!error?.message) return null;
  if (error.type === 'server') return error.message.split(field).join(translate(labelKey(field)));
  const { key, values } = readProblem(error.message);
  return translate(key, values);
};

const classes = (...names: Array<string | false>): string => names.filter(Boolean).join(' ');

/** A field's error (when it has one) or its hint, and the id that points at it. */
export const useFieldMessage = (field: JoinField, helper?: string) => {
  const { translate } = useWords();
  const {
    formState: { errors },
  } = useFormContext<JoinValues>();
  const error = errorText(errors[field] as FieldError | undefined, field, translate);
  const text = error ?? (helper ? translate(helper) : null);
  const id = `${controlId(field)}-message`;
  return {
    invalid: error !== null,
    describedBy: text ? id : undefined,
    message: text ? (
      <p id={id} className="field-message">
        {text}
      </p>
    ) : null,
  };
};

const Asterisk = () => <span aria-hidden="true"> *</span>;

type FrameProps = { field: JoinField; required?: boolean; wide?: boolean; invalid: boolean; message: ReactNode; children: ReactNode };

/** The look of a filled field: its label inside the grey box, the message under it. */
export const FieldFrame = ({ field, required = false, wide = false, invalid, message, children }: FrameProps) => {
  const { translate } = useWords();
  return (
    <div className={classes('field', wide && 'wide', invalid && 'invalid')}>
      <div className="field-box">
        <label htmlFor={controlId(field)}>
          {translate(labelKey(field))}
          {required ? <Asterisk /> : null}
        </label>
        {children}
      </div>
      {message}
    </div>
  );
};

type TextFieldProps = {
  field: TextFieldName;
  required?: boolean;
  wide?: boolean;
  helper?: string;
  /** A text area of this many rows. */
  rows?: number;
  type?: 'text' | 'email' | 'tel';
  autoComplete: string;
  inputMode?: 'url';
};

export const TextField = ({ field, required = false, wide = false, helper, rows, type = 'text', autoComplete, inputMode }: TextFieldProps) => {
  const { register } = useFormContext<JoinValues>();
  const { invalid, describedBy, message } = useFieldMessage(field, helper);
  const control = {
    id: controlId(field),
    ...register(field, { validate: JOIN_RULES[field] }),
    autoComplete,
    'aria-required': required || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <FieldFrame field={field} required={required} wide={wide} invalid={invalid} message={message}>
      {rows ? <textarea {...control} rows={rows} /> : <input {...control} type={type} inputMode={inputMode} />}
    </FieldFrame>
  );
};

type Option = { id: string; name: string };

/** A native list to choose one entry from: on a phone, the system's own picker. */
export const SelectField = ({ field, options, helper }: { field: TextFieldName; options: readonly Option[]; helper?: string }) => {
  const { register } = useFormContext<JoinValues>();
  const { invalid, describedBy, message } = useFieldMessage(field, helper);
  return (
    <FieldFrame field={field} required invalid={invalid} message={message}>
      <select
        id={controlId(field)}
        {...register(field, { validate: JOIN_RULES[field] })}
        aria-required
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      >
        <option value="" />
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
};

/** Boxes to tick, at least one (`rightsFocus`, `languages`); the options' names are i18n keys. */
export const ChoicesField = ({ field, choices, helper }: { field: 'rightsFocus' | 'languages'; choices: readonly Option[]; helper: string }) => {
  const { translate } = useWords();
  const { register } = useFormContext<JoinValues>();
  const { invalid, describedBy, message } = useFieldMessage(field, helper);
  const registered = register(field, { validate: JOIN_RULES[field] });
  return (
    <fieldset className={classes('choices', 'wide', invalid && 'invalid')} aria-describedby={describedBy} id={controlId(field)}>
      <legend>{translate(labelKey(field))} *</legend>
      <div className="choice-list">
        {choices.map((choice) => (
          <label key={choice.id} className="check">
            <input type="checkbox" value={choice.id} {...registered} aria-invalid={invalid || undefined} />
            {translate(choice.name)}
          </label>
        ))}
      </div>
      {message}
    </fieldset>
  );
};

/** A real checkbox (not a switch): agreeing to data storage is a statement, not a setting. */
export const ConsentField = () => {
  const { translate } = useWords();
  const { register } = useFormContext<JoinValues>();
  const { invalid, describedBy, message } = useFieldMessage('consent');
  return (
    <div className={classes('consent', 'wide', invalid && 'invalid')}>
      <label className="check">
        <input
          type="checkbox"
          id={controlId('consent')}
          {...register('consent', { validate: JOIN_RULES.consent })}
          aria-required
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
        <span>
          {translate('app.join.consent')}
          <Asterisk />
        </span>
      </label>
      {message}
    </div>
  );
};

/**
 * A field for spam robots: hidden from sight, from screen readers and from
 * the keyboard, and not autofilled, so only a robot fills it in. The API
 * accepts such a form without keeping it.
 */
export const HoneypotField = () => {
  const { translate } = useWords();
  const { register } = useFormContext<JoinValues>();
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="join-homepage">{translate('app.join.honeypot')}</label>
      <input id="join-homepage" type="text" tabIndex={-1} autoComplete="off" {...register('homepage')} data-testid="join-homepage" />
    </div>
  );
};
