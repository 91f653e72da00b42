import { Skeleton } from '@mui/material';
import { Button, Link, useCreatePath, useGetList, useRecordContext, useTranslate } from 'react-admin';

type ReferenceCountButtonProps = {
  /** The list to count in and link to. */
  resource: string;
  /** The filter of that list that takes the current record's id. */
  filterField: string;
  /** i18n key with %{smart_count}. */
  text: string;
  label?: string;
};

/** "12 organizations" linking to the list filtered on the current record. */
export const ReferenceCountButton = ({ resource, filterField, text }: ReferenceCountButtonProps) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const filter = { [filterField]: record?.id };
  const { total, isPending } = useGetList(
    resource,
    // createdAt: every list of the API sorts by it; React-Admin's default (id) is refused.
    { filter, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: record?.id !== undefined },
  );
  if (!record) return null;
  if (isPending) return <Skeleton width={120} />;
  const to = `${createPath({ resource, type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return <Button component={Link} to={to} label={translate(text, { smart_count: total ?? 0 })} sx={{ px: 0 }} />;
};
