/** The audit-entries resource's own strings in English (`resources.audit-entries.*`): labels, choices and messages. Their shape is the contract Spanish and French fulfil. */
export const auditEntriesEn = {
  name: 'Audit entry |||| Audit entries',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    userEmail: 'User',
    userId: 'User',
    action: 'Action',
    entityType: 'Record type',
    entityId: 'Record',
    changes: 'Changes',
  },
  actions: {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
  },
  system: 'System',
  record_unavailable: 'no longer available',
  record_hidden: 'a record you may not open |||| %{smart_count} records you may not open',
  a_record: 'a record',
  changes: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    empty: 'No field changes recorded.',
    caption: 'Changed fields',
  },
  summary: '%{action} %{entityType}',
};
