import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { Choice } from './organization-choices';

type ChoiceChipsFieldProps<T extends string> = {
  source: string;
  choices: ReadonlyArray<Choice<T>>;
  label?: string | false;
  emptyText?: string;
};

/** A list of enum values (rights focus, languages…) as translated chips, in the order of the choices. */
export const ChoiceChipsField = <T extends string>({ source, choices, emptyText }: ChoiceChipsFieldProps<T>) => {
  const record = useRecordContext<RaRecord>();
  const translate = useTranslate();
  const raw: unknown = record?.[source];
  const values = Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string') : [];
  const shown = choices.filter((choice) => values.includes(choice.id));
  if (shown.length === 0) {
    return emptyText ? (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  }
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {shown.map((choice) => (
        <Chip key={choice.id} size="small" label={translate(choice.name, { _: choice.id })} />
      ))}
    </Stack>
  );
};
