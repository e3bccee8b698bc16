import {
  endpoints,
  isId,
  type Report,
  REPORT_EVIDENCE_LEVELS,
  REPORT_VISIBILITIES,
  ReportEvidenceLevelSchema,
  type ReportVisibility,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { Checkbox, RadioGroup, Select, TextArea, TextField } from '../../../ui/form/Field';
import { api, errorKey, isApiError } from '../../../lib/api';
import { councilsQuery } from '../../councils/queries';
import { FieldChoice } from '../FieldChoice';
import { exchangePaths } from '../paths';
import { exchangeKeys, reportQuery } from '../queries';
import '../exchange.css';
import { CRITERIA, EMPTY, SECTIONS, fromProject, pick, type Draft } from './report-draft';

function ReportForm({ report, workspaceId }: { report?: Report; workspaceId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(report ? pick(report) : EMPTY);
  const [projectId, setProjectId] = useState('');
  const projects = useQuery({
    queryKey: ['projects', 'for-report', workspaceId],
    queryFn: ({ signal }) =>
      api(endpoints.projects.list, { query: { workspaceId, limit: 200 }, signal }),
    enabled: !report,
  });
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const choose = async (value: string) => {
    setProjectId(value);
    if (!value) return;
    const project = await api(endpoints.projects.get, { params: { id: value } });
    set(fromProject(project));
  };

  const save = useMutation({
    mutationFn: () =>
      report
        ? api(endpoints.reports.update, { params: { id: report.id }, body: draft })
        : api(endpoints.reports.create, {
            params: { workspaceId },
            body: { ...draft, projectId: projectId || null },
          }),
    onSuccess: (saved) => {
      queryClient.setQueryData(exchangeKeys.report(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['reports', 'list'] });
      void navigate(exchangePaths.report(saved.id));
    },
  });
  const invalid = (path: string) =>
    isApiError(save.error, 'validation_failed') &&
    save.error.fields.some((f) => f.path.startsWith(path));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {save.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(save.error))}
        </p>
      ) : null}
      {!report && projects.data && projects.data.items.length > 0 ? (
        <Select
          id={`${id}-project`}
          label={t('reports.form.project')}
          hint={t('reports.form.projectHint')}
          value={projectId}
          empty={t('reports.form.noProject')}
          options={projects.data.items.map((project) => ({
            value: project.id,
            label: project.title,
          }))}
          onValueChange={(value) => void choose(value)}
        />
      ) : null}
      <TextField
        id={`${id}-title`}
        label={t('reports.form.title')}
        value={draft.title}
        maxLength={200}
        error={invalid('body.title') ? t('reports.form.titleRequired') : undefined}
        onChange={(e) => set({ title: e.target.value })}
      />
      <TextArea
        id={`${id}-summary`}
        label={t('reports.form.summary')}
        rows={3}
        value={draft.summary}
        onValueChange={(value) => set({ summary: value })}
      />
      <FieldChoice
        legend={t('reports.form.fields')}
        value={draft.fieldsOfAction}
        onChange={(fieldsOfAction) => set({ fieldsOfAction })}
      />
      {SECTIONS.map((section) => (
        <TextArea
          key={section}
          id={`${id}-${section}`}
          label={t(`reports.section.${section}`)}
          value={draft[section]}
          onValueChange={(value) => set({ [section]: value })}
        />
      ))}
      <fieldset className="x-choices">
        <legend>{t('reports.quality.title')}</legend>
        <p className="x-hint">{t('reports.quality.hint')}</p>
        {CRITERIA.map((criterion) => (
          <Checkbox
            key={criterion}
            id={`${id}-${criterion}`}
            fieldClassName="x-choice"
            label={t(`reports.quality.${criterion}`)}
            checked={draft.quality[criterion]}
            onCheckedChange={(checked) =>
              set({ quality: { ...draft.quality, [criterion]: checked } })
            }
          />
        ))}
      </fieldset>
      <Select
        id={`${id}-evidence`}
        label={t('reports.evidence.label')}
        value={draft.evidenceLevel ?? ''}
        empty={t('reports.evidence.none')}
        options={REPORT_EVIDENCE_LEVELS.map((level) => ({
          value: level,
          label: t(`reports.evidence.${level}`),
        }))}
        onValueChange={(value) =>
          set({ evidenceLevel: ReportEvidenceLevelSchema.safeParse(value).data ?? null })
        }
      />
      <fieldset className="x-choices">
        <legend>{t('reports.contact')}</legend>
        <div className="x-row">
          <TextField
            id={`${id}-contact-name`}
            label={t('reports.form.contactName')}
            value={draft.contact.name}
            onChange={(e) => set({ contact: { ...draft.contact, name: e.target.value } })}
          />
          <TextField
            id={`${id}-contact-org`}
            label={t('reports.form.contactOrganisation')}
            value={draft.contact.organisation}
            onChange={(e) => set({ contact: { ...draft.contact, organisation: e.target.value } })}
          />
          <TextField
            id={`${id}-contact-email`}
            type="email"
            label={t('reports.form.contactEmail')}
            value={draft.contact.email}
            error={invalid('body.contact.email') ? t('reports.form.emailInvalid') : undefined}
            onChange={(e) => set({ contact: { ...draft.contact, email: e.target.value } })}
          />
          <TextField
            id={`${id}-contact-phone`}
            label={t('reports.form.contactPhone')}
            value={draft.contact.phone}
            onChange={(e) => set({ contact: { ...draft.contact, phone: e.target.value } })}
          />
        </div>
      </fieldset>
      <RadioGroup<ReportVisibility>
        id={`${id}-vis`}
        name={`${id}-visibility`}
        label={t('reports.form.visibility')}
        options={REPORT_VISIBILITIES.map((option) => ({
          value: option,
          label: t(`reports.visibilityHint.${option}`),
        }))}
        value={draft.visibility}
        onChange={(visibility) => set({ visibility })}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {t('reports.form.save')}
        </button>
      </div>
    </form>
  );
}

/** `/austausch/berichte/neu` and `…/:reportId/bearbeiten`: write or change an experience report. */
export function ReportFormPage() {
  const { t } = useTranslation();
  const id = useId();
  const { reportId } = useParams();
  const [search] = useSearchParams();
  const editing = reportId !== undefined;
  const report = useQuery({ ...reportQuery(reportId ?? ''), enabled: editing && isId(reportId) });
  const councils = useQuery(councilsQuery);
  const own = (councils.data?.items ?? []).filter(
    (c) => c.myRole === 'admin' || c.myRole === 'member',
  );
  const [chosen, setChosen] = useState(search.get('rat') ?? '');
  const workspaceId = own.some((c) => c.id === chosen) ? chosen : (own[0]?.id ?? '');

  if (editing && (!isId(reportId) || isApiError(report.error, 'not_found')))
    return <NotFoundPage />;
  if ((editing && report.isPending) || councils.isPending) return <LoadingState />;
  if (editing && report.data) {
    return (
      <Page title={t('reports.form.editTitle')}>
        <ReportForm report={report.data} workspaceId={report.data.council.id} />
      </Page>
    );
  }
  return (
    <Page title={t('reports.form.createTitle')} intro={t('reports.form.intro')}>
      {own.length === 0 ? <p>{t('reports.form.noCouncil')}</p> : null}
      {own.length > 1 ? (
        <Select
          id={`${id}-council`}
          fieldClassName="x-council-choice"
          label={t('reports.form.council')}
          value={workspaceId}
          options={own.map((council) => ({ value: council.id, label: council.name }))}
          onValueChange={setChosen}
        />
      ) : null}
      {workspaceId ? <ReportForm key={workspaceId} workspaceId={workspaceId} /> : null}
    </Page>
  );
}
