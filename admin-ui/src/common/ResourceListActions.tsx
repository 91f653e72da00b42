import { CreateButton, ExportButton, FilterButton, TopToolbar, useListContext, useResourceContext } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';

/** List toolbar whose buttons follow canAccess, so nobody is offered what the API would refuse. */
export const ResourceListActions = () => {
  const resource = useResourceContext() ?? '';
  const { total } = useListContext();
  const canCreate = useCanAccessResource(resource, 'create');
  const canExport = useCanAccessResource(resource, 'export');
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate ? <CreateButton /> : null}
      {canExport ? <ExportButton disabled={total === 0} /> : null}
    </TopToolbar>
  );
};
