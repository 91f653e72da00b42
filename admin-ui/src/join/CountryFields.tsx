import { useEffect, useRef, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { PublicCountries } from '../public/use-public-countries';
import { CloseIcon } from './icons';
import { FieldFrame, SelectField, useFieldMessage } from './join-fields';
import { JOIN_RULES } from './join-rules';
import { controlId, type JoinValues } from './join-values';
import { useWords } from './words-context';

/**
 * Countries of work: a native list to pick a country from and an "Add"
 * button (arrowing through a closed list must not add every country passed),
 * then the chosen ones as chips, each with a button that removes it.
 */
const CountriesOfWorkField = ({ choices }: { choices: ReadonlyArray<{ id: string; name: string }> }) => {
  const { translate } = useWords();
  const { control } = useFormContext<JoinValues>();
  const { field } = useController({ control, name: 'countriesOfWorkIds', rules: { validate: JOIN_RULES.countriesOfWorkIds } });
  const { invalid, describedBy, message } = useFieldMessage('countriesOfWorkIds', 'app.join.helpers.countriesOfWorkIds');
  const [picked, setPicked] = useState('');
  const select = useRef<HTMLSelectElement | null>(null);
  const chips = useRef<HTMLUListElement>(null);
  // After a removal, focus goes to the chip that took its place (or the one before, or the list to pick from).
  const [focusAfterRemoval, setFocusAfterRemoval] = useState<number | null>(null);

  const chosen = field.value;
  const names = new Map(choices.map((choice) => [choice.id, choice.name]));

  useEffect(() => {
    if (focusAfterRemoval === null) return;
    const buttons = chips.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(focusAfterRemoval, buttons.length - 1)] ?? select.current)?.focus();
    setFocusAfterRemoval(null);
  }, [focusAfterRemoval]);

  const add = () => {
    if (picked !== '' && !chosen.includes(picked)) field.onChange([...chosen, picked]);
    setPicked('');
    select.current?.focus();
  };

  const remove = (index: number) => {
    field.onChange(chosen.filter((_, at) => at !== index));
    setFocusAfterRemoval(index);
  };

  return (
    <FieldFrame field="countriesOfWorkIds" invalid={invalid} message={message}>
      <div className="pick-row">
        <select
          id={controlId('countriesOfWorkIds')}
          ref={(element) => {
            select.current = element;
            field.ref(element);
          }}
          name={field.name}
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
          onBlur={field.onBlur}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          <option value="">{translate('app.join.countries_choose')}</option>
          {choices
            .filter((choice) => !chosen.includes(choice.id))
            .map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
        </select>
        <button type="button" className="button-small" onClick={add}>
          {translate('app.join.countries_add')}
        </button>
      </div>
      {chosen.length > 0 ? (
        <ul className="chips" ref={chips} aria-label={translate('app.join.countries_chosen')}>
          {chosen.map((id, index) => (
            <li key={id} className="chip">
              <span>{names.get(id) ?? id}</span>
              <button type="button" aria-label={translate('app.join.countries_remove', { name: names.get(id) ?? id })} onClick={() => remove(index)}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </FieldFrame>
  );
};

/** Headquarters and countries of work, from the public list of countries, named and sorted in the page's language. */
export const CountryFields = ({ countries }: { countries: PublicCountries }) => {
  const { translate } = useWords();
  if (countries.failed) {
    return (
      <div className="alert alert-error alert-with-action wide" role="alert">
        <span>{translate('app.join.countries_error')}</span>
        <button type="button" className="button-small" onClick={countries.retry}>
          {translate('app.join.countries_retry')}
        </button>
      </div>
    );
  }
  if (!countries.choices) {
    return (
      <p className="loading wide" role="status">
        {translate('app.join.countries_loading')}
      </p>
    );
  }
  return (
    <>
      <SelectField field="headquartersCountryId" options={countries.choices} />
      <CountriesOfWorkField choices={countries.choices} />
    </>
  );
};
