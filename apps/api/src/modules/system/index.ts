export { SystemService, type SystemInfo } from './system.service';
export { SystemResolver } from './system.resolver';
