export * from './common';
export * from './template';
export * from './plan';
export * from './campaign-record';
export * from './snapshot';
export * from './signoff';
export * from './targeting';
