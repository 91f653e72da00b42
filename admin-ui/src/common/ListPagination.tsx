import type { LabelDisplayedRowsArgs, TablePaginationProps } from '@mui/material';
import { Pagination, type PaginationProps, useListContext, useLocale, useTranslate } from 'react-admin';
import { isTotalEstimated } from '../data/list-total';

/**
 * React-Admin's pagination for every list (see theme.ts), which says "about"
 * before a total that is the database's estimate rather than a count: pages
 * still go by it, but nobody should read 123,400 as exact.
 */
/** Page sizes every list offers: up to 100 rows for a coordinator going through many records. */
const ROWS_PER_PAGE = [10, 25, 50, 100];

export const ListPagination = ({ rowsPerPageOptions = ROWS_PER_PAGE, ...rest }: PaginationProps) => {
  const props = { rowsPerPageOptions, ...rest };
  const { meta, error } = useListContext() as { meta: unknown; error: unknown };
  const translate = useTranslate();
  const locale = useLocale();
  // A failed list has no pages to speak of (ListError says so).
  if (error) return null;
  if (!isTotalEstimated(meta)) return <Pagination {...props} />;
  // React-Admin hands its remaining props to MUI's TablePagination, whose label this replaces.
  const estimated: Pick<TablePaginationProps, 'labelDisplayedRows'> = {
    labelDisplayedRows: ({ from, to, count }: LabelDisplayedRowsArgs) =>
      translate('app.pagination.estimated_range', { offsetBegin: from, offsetEnd: to, total: count.toLocaleString(locale) }),
  };
  return <Pagination {...props} {...estimated} />;
};
