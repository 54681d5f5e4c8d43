export * from './actions';
export * from './actor';
export * from './decision';
export * from './may';
export * from './site';
