export { AlertEntity } from './alert.entity';
export { AlertsService, serializeAlert } from './alerts.service';
export { AlertsResolver } from './alerts.resolver';
