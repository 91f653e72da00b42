import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Switch,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ListButton, Title, TopToolbar, useDataProvider, useLocale, useLocation, useRedirect, useRequireAccess, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../data/data-provider';
import { FORM_SX } from '../common/form-layout';
import { MAX_IMPORT_FILE_BYTES, type ImportResource } from '@contract/imports/import.contract';
import { IMPORT_RESOURCE_CHOICES, isImportResource, type ImportJobRecord } from './import-record';
import { TemplateDownloadButton } from './TemplateDownloadButton';

const fileSize = (bytes: number, locale: string): string => {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
};

/** `?resource=people&dryRun=false`: how a finished dry run links here to run the same import for real. */
const initialChoices = (search: string): { resource: ImportResource; dryRun: boolean } => {
  const params = new URLSearchParams(search);
  const resource = params.get('resource');
  return { resource: isImportResource(resource) ? resource : 'organizations', dryRun: params.get('dryRun') !== 'false' };
};

/**
 * Uploads a CSV as multipart form data (React-Admin's create() only sends
 * JSON) and opens the job's page, which follows its progress.
 */
export const ImportCreate = () => {
  const { isPending: accessPending } = useRequireAccess({ resource: 'imports', action: 'create' });
  const translate = useTranslate();
  const locale = useLocale();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const initial = initialChoices(useLocation().search);
  const [resource, setResource] = useState<ImportResource>(initial.resource);
  const [dryRun, setDryRun] = useState(initial.dryRun);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resourceLegend = useId();
  const fileHelp = useId();

  if (accessPending) return null;

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setError(null);
    if (chosen && chosen.size > MAX_IMPORT_FILE_BYTES) setFileError('resources.imports.create.file_too_large');
    else setFileError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('resources.imports.create.file_required');
      fileInput.current?.focus();
      return;
    }
    if (fileError) return;
    setSending(true);
    setError(null);
    try {
      const { data } = await dataProvider.uploadImport<ImportJobRecord>({ file, resource, dryRun });
      redirect('show', 'imports', data.id);
    } catch (failure: unknown) {
      const message = failure instanceof Error ? failure.message : 'app.errors.server';
      // The API names the file for every refusal of its content (not a CSV, empty, not UTF-8).
      if (message.startsWith('file ')) setFileError(message);
      else setError(message);
      setSending(false);
    }
  };

  return (
    <Box>
      <Title title="resources.imports.create.title" />
      <TopToolbar>
        <ListButton />
      </TopToolbar>
      <Card>
        <CardContent>
          <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate sx={FORM_SX}>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {translate('resources.imports.create.intro')}
            </Typography>

            <FormControl component="fieldset" sx={{ display: 'block', mb: 2 }}>
              <FormLabel component="legend" id={resourceLegend}>
                {translate('resources.imports.fields.resource')}
              </FormLabel>
              <RadioGroup
                row
                aria-labelledby={resourceLegend}
                value={resource}
                onChange={(event) => {
                  if (isImportResource(event.target.value)) setResource(event.target.value);
                }}
              >
                {IMPORT_RESOURCE_CHOICES.map((choice) => (
                  <FormControlLabel
                    key={choice.id}
                    value={choice.id}
                    control={<Radio />}
                    label={translate(choice.name, { smart_count: 2 })}
                    data-testid={`import-resource-${choice.id}`}
                  />
                ))}
              </RadioGroup>
              <TemplateDownloadButton resource={resource} />
            </FormControl>

            <FormControl error={fileError !== null} sx={{ display: 'block', mb: 2 }}>
              <FormLabel sx={{ display: 'block', mb: 1 }}>{translate('resources.imports.create.file')}</FormLabel>
              <input
                ref={fileInput}
                type="file"
                accept=".csv,text/csv"
                onChange={chooseFile}
                aria-describedby={fileHelp}
                data-testid="import-file-input"
                style={{ display: 'none' }}
              />
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
                <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => fileInput.current?.click()} aria-describedby={fileHelp}>
                  {translate(file ? 'resources.imports.create.change_file' : 'resources.imports.create.choose_file')}
                </Button>
                <Typography variant="body2" data-testid="import-file-name">
                  {file ? `${file.name} (${fileSize(file.size, locale)})` : translate('resources.imports.create.no_file')}
                </Typography>
              </Box>
              <FormHelperText id={fileHelp}>
                {fileError ? translate(fileError, { _: fileError }) : translate('resources.imports.create.file_help')}
              </FormHelperText>
            </FormControl>

            <FormControlLabel
              control={<Switch checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} data-testid="import-dry-run" />}
              label={translate('resources.imports.create.dry_run')}
            />
            <FormHelperText sx={{ mt: 0, mb: 2 }}>
              {translate(dryRun ? 'resources.imports.create.dry_run_on' : 'resources.imports.create.dry_run_off')}
            </FormHelperText>

            {error ? (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {translate(error, { _: error })}
              </Alert>
            ) : null}

            <Button
              type="submit"
              variant="contained"
              disabled={sending}
              startIcon={sending ? <CircularProgress size={18} color="inherit" /> : <UploadFileIcon />}
              data-testid="import-submit"
            >
              {translate(dryRun ? 'resources.imports.create.submit_dry_run' : 'resources.imports.create.submit')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
