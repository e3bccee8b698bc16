export * from './api';
export * from './common';
export * from './errors';
export * from './limits';
export * from './realtime/collab';
export * from './realtime/events';
export * from './realtime/workspaces';
export * from './vocab';
