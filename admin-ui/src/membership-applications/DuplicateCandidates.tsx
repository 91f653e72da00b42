import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link, RecordContextProvider, useCreatePath, useLocale, useTranslate } from 'react-admin';
import { useCanAccessResource } from '../auth/use-can-access';
import { CountryReferenceField } from '../countries/CountryReferenceField';
import type { ApplicationDuplicate, ApplicationDuplicates, DuplicateReason, OrganizationDuplicate, PersonDuplicate } from './membership-application-record';

const ReasonChip = ({ reason, score }: { reason: DuplicateReason; score: number }) => {
  const translate = useTranslate();
  const label = translate(`resources.membership-applications.duplicates.${reason}`, { score: Math.round(score * 100) });
  return <Chip size="small" color={reason === 'similar_name' ? 'default' : 'warning'} variant="outlined" label={label} />;
};

/** A link to the candidate's page when the reviewer may open it, its name as plain text otherwise. */
const CandidateName = ({ resource, id, children }: { resource: string; id: string; children: ReactNode }) => {
  const createPath = useCreatePath();
  const canShow = useCanAccessResource(resource, 'show');
  if (!canShow) return <>{children}</>;
  return <Link to={createPath({ resource, id, type: 'show' })}>{children}</Link>;
};

const Group = ({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  if (count === 0) return null;
  return (
    <Box component="section" sx={{ mt: 2 }} data-testid={testId}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate(title)} ({count})
      </Typography>
      <List dense disablePadding>
        {children}
      </List>
    </Box>
  );
};

const OrganizationCandidate = ({ candidate }: { candidate: OrganizationDuplicate }) => {
  const translate = useTranslate();
  return (
    <ListItem disableGutters divider sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
      <ListItemText
        primary={
          <CandidateName resource="organizations" id={candidate.id}>
            {candidate.name}
            {candidate.acronym ? ` (${candidate.acronym})` : ''}
          </CandidateName>
        }
        secondary={
          <RecordContextProvider value={candidate}>
            <CountryReferenceField source="headquartersCountryId" emptyText="—" />
            {' · '}
            {translate(`app.choices.membership_status.${candidate.membershipStatus}`, { _: candidate.membershipStatus })}
          </RecordContextProvider>
        }
        slotProps={{ secondary: { component: 'div' } }}
      />
      <ReasonChip reason={candidate.reason} score={candidate.score} />
    </ListItem>
  );
};

const PersonCandidate = ({ candidate }: { candidate: PersonDuplicate }) => (
  <ListItem disableGutters divider sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
    <ListItemText
      primary={
        <CandidateName resource="people" id={candidate.id}>
          {candidate.firstName} {candidate.lastName}
        </CandidateName>
      }
      secondary={
        <RecordContextProvider value={candidate}>
          {candidate.email ?? '—'}
          {' · '}
          <CountryReferenceField source="countryId" emptyText="—" />
        </RecordContextProvider>
      }
      slotProps={{ secondary: { component: 'div' } }}
    />
    <ReasonChip reason={candidate.reason} score={candidate.score} />
  </ListItem>
);

const ApplicationCandidate = ({ candidate }: { candidate: ApplicationDuplicate }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const received = new Date(candidate.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ListItem disableGutters divider sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
      <ListItemText
        primary={
          <CandidateName resource="membership-applications" id={candidate.id}>
            {candidate.organizationName}
          </CandidateName>
        }
        secondary={`${candidate.contactEmail} · ${translate('resources.membership-applications.duplicates.received', { date: received })}`}
      />
      <Chip size="small" variant="outlined" label={translate(`resources.membership-applications.status.${candidate.status}`)} />
    </ListItem>
  );
};

/** The records the application may duplicate, beside the application itself. */
export const DuplicateCandidates = ({ duplicates }: { duplicates: ApplicationDuplicates }) => {
  const translate = useTranslate();
  const total = duplicates.organizations.length + duplicates.people.length + duplicates.applications.length;
  return (
    <Card data-testid="duplicate-candidates">
      <CardContent>
        <Typography component="h2" variant="h6">
          {translate('resources.membership-applications.sections.duplicates')}
        </Typography>
        {total === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('resources.membership-applications.duplicates.none')}
          </Typography>
        ) : null}
        <Group title="resources.membership-applications.duplicates.organizations" count={duplicates.organizations.length} testId="duplicate-organizations">
          {duplicates.organizations.map((candidate) => (
            <OrganizationCandidate key={candidate.id} candidate={candidate} />
          ))}
        </Group>
        <Group title="resources.membership-applications.duplicates.people" count={duplicates.people.length} testId="duplicate-people">
          {duplicates.people.map((candidate) => (
            <PersonCandidate key={candidate.id} candidate={candidate} />
          ))}
        </Group>
        <Group title="resources.membership-applications.duplicates.applications" count={duplicates.applications.length} testId="duplicate-applications">
          {duplicates.applications.map((candidate) => (
            <ApplicationCandidate key={candidate.id} candidate={candidate} />
          ))}
        </Group>
      </CardContent>
    </Card>
  );
};
