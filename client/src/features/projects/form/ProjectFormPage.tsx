import {
  IdSchema,
  ProjectFieldsSchema,
  projectLinks,
  type Project,
  type ProjectFields,
} from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { errorKey, isApiError } from '../../../lib/api';
import { membersQuery } from '../../councils/queries';
import { useCouncil } from '../../councils/useCouncil';
import { useCreateProject, useSaveProject } from '../mutations';
import { projectQuery } from '../queries';
import { serverErrors, validateProject, type FormErrors } from './formErrors';
import { STEPS, stepOf, type Step, type StepProps } from './steps';
import { EvaluationStep } from './steps/EvaluationStep';
import { ImplementationStep } from './steps/ImplementationStep';
import { ApproachStep, BasicsStep, CausesStep, GoalsStep, ProblemStep } from './steps/TextSteps';
import '../projects.css';

const STEP_VIEWS: Record<Step, (props: StepProps) => React.JSX.Element> = {
  basics: BasicsStep,
  problem: ProblemStep,
  causes: CausesStep,
  goals: GoalsStep,
  approach: ApproachStep,
  implementation: ImplementationStep,
  evaluation: EvaluationStep,
};

/** The editable part of a project, as the form holds it. */
function fieldsOf(project: Project): ProjectFields {
  const parsed = ProjectFieldsSchema.parse({ ...project, partners: [] });
  return {
    ...parsed,
    partners: project.partners.map(({ users, ...partner }) => ({
      ...partner,
      userIds: users.flatMap((user) => (user.id ? [user.id] : [])),
    })),
  };
}

/** New project or editing one: loads what is needed, then the guided form. */
export function ProjectFormPage() {
  const { projectId } = useParams();
  const valid = projectId === undefined || IdSchema.safeParse(projectId).success;
  const { data, error, isPending, refetch } = useQuery({
    ...projectQuery(projectId ?? ''),
    enabled: Boolean(projectId) && valid,
  });
  if (!valid || isApiError(error, 'not_found')) return <NotFoundPage />;
  if (projectId && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (projectId && isPending) return <LoadingState />;
  return <GuidedForm project={data ?? null} />;
}

function GuidedForm({ project }: { project: Project | null }) {
  const { t } = useTranslation();
  const council = useCouncil();
  const navigate = useNavigate();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [fields, setFields] = useState<ProjectFields>(() =>
    project
      ? fieldsOf(project)
      : {
          ...ProjectFieldsSchema.parse({ title: '-' }),
          title: '',
          visibility: council.defaultVisibility,
        },
  );
  // After the first save of a new project the page moves to its address; the step comes along.
  const location = useLocation();
  const [step, setStep] = useState<Step>(() => {
    const wanted = (location.state as { step?: unknown } | null)?.step;
    return STEPS.find((key) => key === wanted) ?? 'basics';
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState<Date | null>(null);
  const members = useQuery({
    ...membersQuery(council.id),
    enabled: council.permissions.readMembers,
  });
  const create = useCreateProject(council.id);
  const save = useSaveProject(project?.id ?? '');
  const pending = create.isPending || save.isPending;
  const failure = create.error ?? save.error;
  const draft = project?.draft ?? true;
  const index = STEPS.indexOf(step);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first && stepOf(first) !== step) setStep(stepOf(first));
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  };

  /** Saves the record (a draft stays a draft); resolves with the saved project or null. */
  const persist = async (publish: boolean): Promise<Project | null> => {
    const found = validateProject(fields, { publishing: publish || !draft });
    if (Object.keys(found).length) {
      showErrors(found);
      return null;
    }
    setErrors({});
    try {
      const result = project
        ? await save.mutateAsync({ ...fields, ...(publish ? { draft: false } : {}) })
        : await create.mutateAsync({ ...fields, draft: !publish });
      setSaved(new Date());
      return result;
    } catch (caught) {
      showErrors(serverErrors(caught));
      return null;
    }
  };

  const goTo = async (next: Step) => {
    const result = await persist(false);
    if (!result) return;
    setStep(next);
    // A new project moves to its own address (the step goes along, should the page remount).
    if (!project) {
      void navigate(projectLinks.editProject(council.id, result.id), {
        replace: true,
        state: { step: next },
      });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (index < STEPS.length - 1) return goTo(STEPS[index + 1]!);
    const result = await persist(true);
    if (result) void navigate(projectLinks.project(council.id, result.id));
  };

  const View = STEP_VIEWS[step];
  const message = (path: string) =>
    errors[path] ? t(`projects.errors.${errors[path]}`) : undefined;
  const title = project
    ? t('projects.form.editTitle', { title: project.title })
    : t('projects.form.newTitle');
  return (
    <Page title={title} intro={t('projects.form.intro')}>
      <nav aria-label={t('projects.form.stepsLabel')}>
        <ol className="steps">
          {STEPS.map((key, i) => (
            <li key={key}>
              <button
                type="button"
                className="steps__button"
                aria-current={key === step ? 'step' : undefined}
                onClick={() => void (key !== step && goTo(key))}
              >
                <span className="steps__number">{i + 1}</span> {t(`projects.form.steps.${key}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <form
        ref={formRef}
        className="form project-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <h2 ref={headingRef} tabIndex={-1} className="section__title">
          {t('projects.form.stepHeading', {
            n: index + 1,
            total: STEPS.length,
            step: t(`projects.form.steps.${step}`),
          })}
        </h2>
        <p className="field__hint">{t(`projects.form.stepIntro.${step}`)}</p>
        {Object.keys(errors).length ? (
          <p className="form__alert" role="alert">
            {t('projects.form.fixErrors', { count: Object.keys(errors).length })}
          </p>
        ) : failure && !isApiError(failure, 'validation_failed') ? (
          <p className="form__alert" role="alert">
            {t(errorKey(failure))}
          </p>
        ) : null}
        <View
          fields={fields}
          set={(patch) => setFields((current) => ({ ...current, ...patch }))}
          error={message}
          id={id}
          members={members.data?.items ?? []}
        />
        <p className="form__status" role="status">
          {saved
            ? t(draft ? 'projects.form.savedDraft' : 'projects.form.saved', {
                time: saved.toLocaleTimeString(),
              })
            : ''}
        </p>
        <div className="form__actions">
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => void goTo(STEPS[index - 1]!)}
            >
              {t('projects.form.back')}
            </button>
          ) : null}
          <button type="submit" className="button" aria-disabled={pending}>
            {index < STEPS.length - 1
              ? t('projects.form.next')
              : draft
                ? t('projects.form.publish')
                : t('projects.form.save')}
          </button>
        </div>
      </form>
    </Page>
  );
}
