import { Checkbox, FormControl, FormControlLabel, FormHelperText } from '@mui/material';
import { InputHelperText, useInput, useTranslate, type Validator } from 'react-admin';

const mustAgree: Validator = (value: unknown) => (value === true ? undefined : 'app.join.validation.consent');
const validators = [mustAgree];

/** A real checkbox (not a switch): agreeing to data storage is a statement, not a setting. */
export const ConsentInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source, validate: validators, defaultValue: false });
  const helperId = `${id}-helper`;
  return (
    <FormControl error={fieldState.invalid} sx={{ mt: 1 }}>
      <FormControlLabel
        sx={{ alignItems: 'flex-start' }}
        control={
          <Checkbox
            id={id}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            sx={{ mt: -1 }}
            slotProps={{
              input: {
                ref: field.ref,
                'aria-required': true,
                'aria-invalid': fieldState.invalid,
                'aria-describedby': fieldState.invalid ? helperId : undefined,
              },
            }}
          />
        }
        label={`${translate(label)} *`}
      />
      {fieldState.invalid ? (
        <FormHelperText id={helperId}>
          <InputHelperText error={fieldState.error?.message} />
        </FormHelperText>
      ) : null}
    </FormControl>
  );
};
