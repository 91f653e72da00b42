import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { ServerExportButton } from './ServerExportButton';

/** Filters, create, and the server's CSV export of everything the current filters match. */
export const ExportingListActions = ({ resource }: { resource: string }) => {
  const canCreate = useCanAccessResource(resource, 'create');
  const canExport = useCanAccessResource(resource, 'export');
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate ? <CreateButton /> : null}
      {canExport ? <ServerExportButton /> : null}
    </TopToolbar>
  );
};
