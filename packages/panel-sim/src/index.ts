export * from './http-sim';
export * from './panel-simulator';
export * from './control';
export * from './marzban';
export * from './xui';
