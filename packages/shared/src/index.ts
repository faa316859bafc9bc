export * from './codes';
export * from './bytes';
export * from './forms';
