import {
  FUNDING_SOURCES,
  ORGANISATION_TYPES,
  PROJECT_LIMITS,
  totalCost,
  type ProjectFields,
} from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../lib/format';
import { Checkbox, CheckboxGroup, Select, TextArea, TextField } from '../../../../ui/form/Field';
import { ListEditor } from '../fields';
import type { StepProps } from '../steps';

type Partner = ProjectFields['partners'][number];
type Funding = ProjectFields['funding'];

const amount = (value: number | null) => (value === null ? '' : String(value));
const toAmount = (value: string): number | null =>
  value.trim() === '' ? null : Number(value.replace(',', '.'));

export function ImplementationStep({ fields, set, error, id, members }: StepProps) {
  const { t } = useTranslation();
  const contact = (patch: Partial<ProjectFields['contact']>) =>
    set({ contact: { ...fields.contact, ...patch } });
  const timeline = (patch: Partial<ProjectFields['timeline']>) =>
    set({ timeline: { ...fields.timeline, ...patch } });
  const funding = (patch: Partial<Funding>) => set({ funding: { ...fields.funding, ...patch } });
  const total = totalCost(fields.costPlan);
  return (
    <>
      <TextArea
        id={`${id}-implementation`}
        label={t('projects.fields.implementation')}
        hint={t('projects.hints.implementation')}
        value={fields.implementation}
        error={error('implementation')}
        onValueChange={(implementation) => set({ implementation })}
      />

      <ListEditor<Partner>
        legend={t('projects.fields.partners')}
        hint={t('projects.hints.partners')}
        items={fields.partners}
        addLabel={t('projects.form.addPartner')}
        removeLabel={(n) => t('projects.form.removePartner', { n })}
        create={() => ({ organisation: '', type: 'association', role: '', userIds: [] })}
        onChange={(partners) => set({ partners })}
      >
        {(partner, index, update) => (
          <div className="list-editor__fields">
            <TextField
              id={`${id}-partner-${index}-org`}
              label={t('projects.fields.partnerOrganisation')}
              required
              markRequired
              value={partner.organisation}
              error={error(`partners.${index}.organisation`)}
              onValueChange={(organisation) => update({ ...partner, organisation })}
            />
            <Select
              id={`${id}-partner-${index}-type`}
              label={t('projects.fields.partnerType')}
              value={partner.type}
              options={ORGANISATION_TYPES.map((value) => ({
                value,
                label: t(`vocab.org.${value}`),
              }))}
              onValueChange={(type) => type && update({ ...partner, type })}
            />
            <TextField
              id={`${id}-partner-${index}-role`}
              label={t('projects.fields.partnerRole')}
              value={partner.role}
              error={error(`partners.${index}.role`)}
              onValueChange={(role) => update({ ...partner, role })}
            />
            {members.length > 0 ? (
              <CheckboxGroup
                id={`${id}-partner-${index}-people`}
                label={t('projects.fields.partnerPeople')}
                hint={t('projects.hints.partnerPeople')}
                options={members.map((member) => ({
                  value: member.userId,
                  label: `${member.name} (${member.organisation.name})`,
                }))}
                values={partner.userIds}
                error={error(`partners.${index}.userIds.0`)}
                onChange={(userIds) =>
                  update({ ...partner, userIds: userIds.slice(0, PROJECT_LIMITS.partnerUsersMax) })
                }
              />
            ) : null}
          </div>
        )}
      </ListEditor>

      <fieldset className="fieldset">
        <legend>{t('projects.fields.contact')}</legend>
        <div className="form-grid">
          <TextField
            id={`${id}-contact-name`}
            label={t('projects.fields.contactName')}
            required
            markRequired
            value={fields.contact.name}
            error={error('contact.name')}
            onValueChange={(name) => contact({ name })}
          />
          <TextField
            id={`${id}-contact-org`}
            label={t('projects.fields.contactOrganisation')}
            value={fields.contact.organisation}
            error={error('contact.organisation')}
            onValueChange={(organisation) => contact({ organisation })}
          />
          <TextField
            id={`${id}-contact-email`}
            type="email"
            label={t('projects.fields.contactEmail')}
            value={fields.contact.email}
            error={error('contact.email')}
            onValueChange={(email) => contact({ email })}
          />
          <TextField
            id={`${id}-contact-phone`}
            type="tel"
            label={t('projects.fields.contactPhone')}
            value={fields.contact.phone}
            error={error('contact.phone')}
            onValueChange={(phone) => contact({ phone })}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('projects.fields.timeline')}</legend>
        <div className="form-grid">
          <TextField
            id={`${id}-start`}
            type="date"
            label={t('projects.fields.start')}
            value={fields.timeline.start ?? ''}
            error={error('timeline.start')}
            onValueChange={(start) => timeline({ start: start || null })}
          />
          <TextField
            id={`${id}-end`}
            type="date"
            label={t('projects.fields.end')}
            value={fields.timeline.end ?? ''}
            error={error('timeline.end')}
            onValueChange={(end) => timeline({ end: end || null })}
          />
        </div>
        <ListEditor
          legend={t('projects.fields.milestones')}
          items={fields.timeline.milestones}
          addLabel={t('projects.form.addMilestone')}
          removeLabel={(n) => t('projects.form.removeMilestone', { n })}
          create={() => ({ date: fields.timeline.start ?? '', title: '', done: false })}
          onChange={(milestones) => timeline({ milestones })}
        >
          {(milestone, index, update) => (
            <div className="list-editor__fields">
              <TextField
                id={`${id}-milestone-${index}-date`}
                type="date"
                label={t('projects.fields.milestoneDate')}
                required
                markRequired
                value={milestone.date}
                error={error(`timeline.milestones.${index}.date`)}
                onValueChange={(date) => update({ ...milestone, date })}
              />
              <TextField
                id={`${id}-milestone-${index}-title`}
                label={t('projects.fields.milestoneTitle')}
                required
                markRequired
                value={milestone.title}
                error={error(`timeline.milestones.${index}.title`)}
                onValueChange={(title) => update({ ...milestone, title })}
              />
              <Checkbox
                id={`${id}-milestone-${index}-done`}
                label={t('projects.fields.milestoneDone')}
                checked={milestone.done}
                onCheckedChange={(done) => update({ ...milestone, done })}
              />
            </div>
          )}
        </ListEditor>
      </fieldset>

      <ListEditor
        legend={t('projects.fields.costPlan')}
        hint={t('projects.form.total', { amount: formatMoney(total) })}
        items={fields.costPlan}
        addLabel={t('projects.form.addCost')}
        removeLabel={(n) => t('projects.form.removeCost', { n })}
        create={() => ({ item: '', amount: 0 })}
        onChange={(costPlan) => set({ costPlan })}
      >
        {(cost, index, update) => (
          <div className="list-editor__fields">
            <TextField
              id={`${id}-cost-${index}-item`}
              label={t('projects.fields.costItem')}
              required
              markRequired
              value={cost.item}
              error={error(`costPlan.${index}.item`)}
              onValueChange={(item) => update({ ...cost, item })}
            />
            <TextField
              id={`${id}-cost-${index}-amount`}
              type="number"
              inputMode="decimal"
              label={t('projects.fields.costAmount')}
              value={amount(cost.amount)}
              error={error(`costPlan.${index}.amount`)}
              onValueChange={(value) => update({ ...cost, amount: toAmount(value) ?? 0 })}
            />
          </div>
        )}
      </ListEditor>

      <fieldset className="fieldset">
        <legend>{t('projects.fields.funding')}</legend>
        <div className="form-grid">
          <Select
            id={`${id}-source`}
            label={t('projects.fields.fundingSource')}
            value={fields.funding.source ?? ''}
            empty={t('projects.form.none')}
            options={FUNDING_SOURCES.map((value) => ({
              value,
              label: t(`projects.funding.${value}`),
            }))}
            onValueChange={(source) => funding({ source: source || null })}
          />
          <TextField
            id={`${id}-source-note`}
            label={t('projects.fields.fundingNote')}
            value={fields.funding.sourceNote}
            error={error('funding.sourceNote')}
            onValueChange={(sourceNote) => funding({ sourceNote })}
          />
          <TextField
            id={`${id}-requested`}
            type="number"
            inputMode="decimal"
            label={t('projects.fields.requested')}
            value={amount(fields.funding.requested)}
            error={error('funding.requested')}
            onValueChange={(v) => funding({ requested: toAmount(v) })}
          />
          <TextField
            id={`${id}-granted`}
            type="number"
            inputMode="decimal"
            label={t('projects.fields.granted')}
            value={amount(fields.funding.granted)}
            error={error('funding.granted')}
            onValueChange={(v) => funding({ granted: toAmount(v) })}
          />
          <TextField
            id={`${id}-own`}
            type="number"
            inputMode="decimal"
            label={t('projects.fields.ownShare')}
            hint={t('projects.hints.ownShare')}
            value={amount(fields.funding.ownShare)}
            error={error('funding.ownShare')}
            onValueChange={(v) => funding({ ownShare: toAmount(v) })}
          />
          <TextField
            id={`${id}-year`}
            type="number"
            inputMode="numeric"
            label={t('projects.fields.fundingYear')}
            value={amount(fields.funding.year)}
            error={error('funding.year')}
            onValueChange={(v) => funding({ year: toAmount(v) })}
          />
        </div>
      </fieldset>
    </>
  );
}
