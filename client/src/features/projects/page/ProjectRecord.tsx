import type { Project } from '@pnetz/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../lib/format';

/** One labelled value; empty values are left out rather than shown as blanks. */
function Row({ label, children }: { label: string; children: ReactNode }) {
  if (
    children === null ||
    children === undefined ||
    children === '' ||
    (Array.isArray(children) && children.length === 0)
  )
    return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="user-text">{children}</dd>
    </>
  );
}

const money = (value: number | null) => (value === null ? null : formatMoney(value));

/** The project's record along the Beccaria steps, read-only. */
export function ProjectRecord({ project }: { project: Project }) {
  const { t } = useTranslation();
  const list = (values: string[]) => (values.length ? values.join(', ') : null);
  const sections: Array<{ key: string; title: string; rows: ReactNode }> = [
    {
      key: 'problem',
      title: t('projects.form.steps.problem'),
      rows: (
        <>
          <Row label={t('projects.fields.problemWhat')}>{project.problem.what}</Row>
          <Row label={t('projects.fields.problemWhere')}>{project.problem.where}</Row>
          <Row label={t('projects.fields.problemSince')}>{project.problem.since}</Row>
          <Row label={t('projects.fields.problemEvidence')}>{project.problem.evidence}</Row>
          <Row label={t('projects.fields.recommendation')}>{project.recommendation}</Row>
        </>
      ),
    },
    {
      key: 'causes',
      title: t('projects.form.steps.causes'),
      rows: (
        <>
          <Row label={t('projects.fields.causes')}>{project.causes}</Row>
          <Row label={t('projects.fields.riskFactors')}>
            {list(project.riskFactors.map((f) => t(`projects.risk.${f}`)))}
          </Row>
          <Row label={t('projects.fields.protectiveFactors')}>
            {list(project.protectiveFactors.map((f) => t(`projects.protective.${f}`)))}
          </Row>
        </>
      ),
    },
    {
      key: 'goals',
      title: t('projects.form.steps.goals'),
      rows: (
        <>
          <Row label={t('projects.fields.preventionGoal')}>{project.preventionGoal}</Row>
          <Row label={t('projects.fields.projectGoals')}>{project.projectGoals}</Row>
          <Row label={t('projects.fields.indicators')}>{list(project.indicators)}</Row>
          <Row label={t('projects.fields.targetPrimary')}>{project.targetGroups.primary}</Row>
          <Row label={t('projects.fields.targetSecondary')}>{project.targetGroups.secondary}</Row>
        </>
      ),
    },
    {
      key: 'approach',
      title: t('projects.form.steps.approach'),
      rows: (
        <>
          <Row label={t('projects.fields.approach')}>{project.approach}</Row>
          <Row label={t('projects.fields.interventionLogic')}>{project.interventionLogic}</Row>
        </>
      ),
    },
    {
      key: 'implementation',
      title: t('projects.form.steps.implementation'),
      rows: (
        <>
          <Row label={t('projects.fields.implementation')}>{project.implementation}</Row>
          <Row label={t('projects.fields.partners')}>
            {list(
              project.partners.map(
                (p) =>
                  `${p.organisation} (${t(`vocab.org.${p.type}`)}${p.role ? `: ${p.role}` : ''})`,
              ),
            )}
          </Row>
          <Row label={t('projects.fields.contact')}>
            {list(
              [
                project.contact.name,
                project.contact.organisation,
                project.contact.email,
                project.contact.phone,
              ].filter(Boolean),
            )}
          </Row>
          <Row label={t('projects.fields.timeline')}>
            {project.timeline.start
              ? `${formatDate(project.timeline.start)} – ${project.timeline.end ? formatDate(project.timeline.end) : t('projects.open')}`
              : null}
          </Row>
          <Row label={t('projects.fields.milestones')}>
            {project.timeline.milestones.length ? (
              <ul className="plain-list">
                {project.timeline.milestones.map((m, i) => (
                  <li key={i}>
                    {formatDate(m.date)}: {m.title}{' '}
                    {m.done ? `(${t('projects.fields.milestoneDone')})` : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </Row>
          <Row label={t('projects.fields.costPlan')}>
            {project.costPlan.length ? formatMoney(project.totalCost) : null}
          </Row>
          <Row label={t('projects.fields.fundingSource')}>
            {project.funding.source ? t(`projects.funding.${project.funding.source}`) : null}
          </Row>
          <Row label={t('projects.fields.requested')}>{money(project.funding.requested)}</Row>
          <Row label={t('projects.fields.granted')}>{money(project.funding.granted)}</Row>
          <Row label={t('projects.fields.ownShare')}>{money(project.funding.ownShare)}</Row>
          <Row label={t('projects.fields.fundingYear')}>{project.funding.year ?? null}</Row>
        </>
      ),
    },
    {
      key: 'evaluation',
      title: t('projects.form.steps.evaluation'),
      rows: (
        <>
          <Row label={t('projects.fields.evaluationType')}>
            {t(`projects.evaluation.${project.evaluation.type}`)}
          </Row>
          <Row label={t('projects.fields.evaluationMethod')}>{project.evaluation.method}</Row>
          <Row label={t('projects.fields.evaluationResult')}>{project.evaluation.result}</Row>
          <Row label={t('projects.fields.evidenceLevel')}>
            {project.evidenceLevel ? t(`projects.evidence.${project.evidenceLevel}`) : null}
          </Row>
          <Row label={t('projects.fields.replicationNotes')}>{project.replicationNotes}</Row>
        </>
      ),
    },
  ];
  return (
    <div className="record">
      {sections.map((section) => (
        <section
          key={section.key}
          className="record__section"
          aria-labelledby={`record-${section.key}`}
        >
          <h3 id={`record-${section.key}`}>{section.title}</h3>
          <dl className="record__list">{section.rows}</dl>
        </section>
      ))}
    </div>
  );
}
