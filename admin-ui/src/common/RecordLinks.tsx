import type { MouseEvent } from 'react';
import { Box, Link as TextLink } from '@mui/material';
import { Link, useCreatePath } from 'react-admin';

export interface RecordLink {
  id: string;
  name: string;
  /** Shown in bold, with this text as its tooltip. */
  emphasis?: string;
}

/**
 * Links to records of another resource, one a line, in a list's cell. A click
 * on a link opens that record, not the row it sits in.
 */
export const RecordLinks = ({ resource, links, testId }: { resource: string; links: readonly RecordLink[]; testId?: string }) => {
  const createPath = useCreatePath();
  if (links.length === 0) return <span>—</span>;
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }} data-testid={testId}>
      {links.map((link) => (
        <TextLink
          key={link.id}
          component={Link}
          to={createPath({ resource, id: link.id, type: 'show' })}
          onClick={(event: MouseEvent) => event.stopPropagation()}
          sx={{ fontWeight: link.emphasis ? 600 : 400 }}
          title={link.emphasis}
        >
          {link.name}
        </TextLink>
      ))}
    </Box>
  );
};
