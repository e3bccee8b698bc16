export * from './project';
export * from './text';
export * from './updates';
export * from './vocab';
export * from './links';
