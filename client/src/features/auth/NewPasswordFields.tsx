import { PasswordSchema } from '@pnetz/shared';
import { TextField } from '../../ui/form/Field';

type NewPasswordField = 'newPassword' | 'repeat';

/** What is wrong with a new password and its repetition: the rules first, then equality. */
export function newPasswordProblems(
  password: string,
  repeat: string,
): Partial<Record<NewPasswordField, 'rules' | 'mismatch'>> {
  if (!PasswordSchema.safeParse(password).success) return { newPassword: 'rules' };
  if (repeat !== password) return { repeat: 'mismatch' };
  return {};
}

/**
 * The new password and its repetition, as the reset page and the profile ask for them. The inputs
 * are named `newPassword` and `repeat` and have the ids `<idPrefix>-newPassword` and `-repeat`.
 */
export function NewPasswordFields({
  idPrefix,
  labels,
  errors,
}: {
  idPrefix: string;
  labels: { newPassword: string; repeat: string };
  errors: Partial<Record<NewPasswordField, string>>;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-newPassword`}
        name="newPassword"
        type="password"
        label={labels.newPassword}
        autoComplete="new-password"
        required
        error={errors.newPassword}
      />
      <TextField
        id={`${idPrefix}-repeat`}
        name="repeat"
        type="password"
        label={labels.repeat}
        autoComplete="new-password"
        required
        error={errors.repeat}
      />
    </>
  );
}
