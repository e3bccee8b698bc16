import {
  PLAIN_TEXT_MESSAGE,
  projectIssues,
  CreateProjectBodySchema,
  type ProjectFields,
} from '@pnetz/shared';
import { isApiError } from '../../../lib/api';

/** Why a field is invalid; each has a German and English text (`projects.errors.<kind>`). */
export type FieldProblem =
  | 'required'
  | 'markup'
  | 'tooLong'
  | 'ownShare'
  | 'endBeforeStart'
  | 'notMember'
  | 'email'
  | 'date'
  | 'invalid';

/** Field path (`problem.what`, `partners.0.organisation`) → what is wrong with it. */
export type FormErrors = Record<string, FieldProblem>;

function problemOf(path: string, message: string, code?: string): FieldProblem {
  if (message === PLAIN_TEXT_MESSAGE) return 'markup';
  if (path === 'funding.ownShare') return 'ownShare';
  if (path === 'timeline.end' && message.includes('before')) return 'endBeforeStart';
  if (message.includes('not a member')) return 'notMember';
  if (message.startsWith('is required') || code === 'too_small') return 'required';
  if (code === 'too_big') return 'tooLong';
  if (path.endsWith('email')) return 'email';
  if (/(start|end|date)$/.test(path)) return 'date';
  return 'invalid';
}

/**
 * What the form would be told by the server, found before sending: the contract's schema for
 * single fields, the shared rules for the whole record (and completeness when publishing).
 */
export function validateProject(
  fields: ProjectFields,
  options: { publishing: boolean },
): FormErrors {
  const errors: FormErrors = {};
  const parsed = CreateProjectBodySchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= problemOf(path, issue.message, issue.code);
    }
    return errors;
  }
  for (const issue of projectIssues(
    { ...parsed.data, visibility: fields.visibility },
    { draft: !options.publishing },
  )) {
    errors[issue.path] ??= problemOf(issue.path, issue.message);
  }
  return errors;
}

/** Fields the server named (`body.problem.what` → `problem.what`). */
export function serverErrors(error: unknown): FormErrors {
  if (!isApiError(error)) return {};
  const errors: FormErrors = {};
  for (const field of error.fields) {
    if (!field.path.startsWith('body.')) continue;
    const path = field.path.slice('body.'.length);
    errors[path] ??= problemOf(path, field.message);
  }
  return errors;
}
