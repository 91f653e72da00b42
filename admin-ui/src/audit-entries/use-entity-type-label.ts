import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { resourceOfEntityType } from './entity-types';

/** "User" → "Usuario" in Spanish; unknown types show as recorded. */
export const useEntityTypeLabel = (): ((entityType: string) => string) => {
  const translate = useTranslate();
  return useCallback((entityType: string) => translate(`resources.${resourceOfEntityType(entityType)}.name`, { smart_count: 1, _: entityType }), [translate]);
};
