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
import { TextArea, TextField } from '../../../ui/form/Field';
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
        <div className="field">
          <label htmlFor={`${id}-project`}>{t('reports.form.project')}</label>
          <select
            id={`${id}-project`}
            value={projectId}
            aria-describedby={`${id}-project-hint`}
            onChange={(event) => void choose(event.target.value)}
          >
            <option value="">{t('reports.form.noProject')}</option>
            {projects.data.items.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title}
              </option>
            ))}
          </select>
          <p id={`${id}-project-hint`} className="x-hint">
            {t('reports.form.projectHint')}
          </p>
        </div>
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
        <div key={section} className="field">
          <label htmlFor={`${id}-${section}`}>{t(`reports.section.${section}`)}</label>
          <textarea
            id={`${id}-${section}`}
            className="input"
            rows={4}
            value={draft[section]}
            onChange={(e) => set({ [section]: e.target.value })}
          />
        </div>
      ))}
      <fieldset className="x-choices">
        <legend>{t('reports.quality.title')}</legend>
        <p className="x-hint">{t('reports.quality.hint')}</p>
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="x-choice">
            <input
              id={`${id}-${criterion}`}
              type="checkbox"
              checked={draft.quality[criterion]}
              onChange={(e) =>
                set({ quality: { ...draft.quality, [criterion]: e.target.checked } })
              }
            />
            <label htmlFor={`${id}-${criterion}`}>{t(`reports.quality.${criterion}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-evidence`}>{t('reports.evidence.label')}</label>
        <select
          id={`${id}-evidence`}
          value={draft.evidenceLevel ?? ''}
          onChange={(e) =>
            set({ evidenceLevel: ReportEvidenceLevelSchema.safeParse(e.target.value).data ?? null })
          }
        >
          <option value="">{t('reports.evidence.none')}</option>
          {REPORT_EVIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`reports.evidence.${level}`)}
            </option>
          ))}
        </select>
      </div>
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
      <fieldset className="x-choices">
        <legend>{t('reports.form.visibility')}</legend>
        {REPORT_VISIBILITIES.map((option: ReportVisibility) => (
          <div key={option} className="x-choice">
            <input
              id={`${id}-vis-${option}`}
              type="radio"
              name={`${id}-visibility`}
              checked={draft.visibility === option}
              onChange={() => set({ visibility: option })}
            />
            <label htmlFor={`${id}-vis-${option}`}>{t(`reports.visibilityHint.${option}`)}</label>
          </div>
        ))}
      </fieldset>
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
        <div className="field x-council-choice">
          <label htmlFor={`${id}-council`}>{t('reports.form.council')}</label>
          <select
            id={`${id}-council`}
            value={workspaceId}
            onChange={(e) => setChosen(e.target.value)}
          >
            {own.map((council) => (
              <option key={council.id} value={council.id}>
                {council.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {workspaceId ? <ReportForm key={workspaceId} workspaceId={workspaceId} /> : null}
    </Page>
  );
}
