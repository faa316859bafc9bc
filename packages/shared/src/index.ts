export * from './codes';
export * from './bytes';
export * from './forms';
export * from './rates';
