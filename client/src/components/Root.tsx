import { Outlet, ScrollRestoration } from 'react-router';
import { LoadingState } from './LoadingState';

export function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/** Shown while the first route's data and code load. */
export function InitialLoading() {
  return (
    <div className="initial-loading">
      <LoadingState />
    </div>
  );
}
