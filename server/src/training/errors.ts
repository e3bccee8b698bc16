import { AppError } from '../errors';

export const registrationClosed = (message = 'Registration for this session is not open') =>
  new AppError('registration_closed', 409, message);
export const alreadyRegistered = () =>
  new AppError('already_registered', 409, 'Already registered for this session');
export const sessionFull = () =>
  new AppError('session_full', 409, 'No place left and this offer keeps no waiting list');
export const cancellationClosed = () =>
  new AppError('cancellation_closed', 409, 'The deadline for cancelling has passed');
export const capacityBelowRegistered = (taken: number, capacity: number) =>
  new AppError(
    'capacity_below_registered',
    409,
    `${taken} places are taken, more than the new capacity of ${capacity}: choose overflow "waitlist" or "keep"`,
    [{ path: 'body.overflow', message: `required: ${taken} places taken, capacity ${capacity}` }],
  );
export const registrationExpired = () =>
  new AppError(
    'registration_expired',
    410,
    'The confirmation period ran out; the place was released',
  );

export const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;
