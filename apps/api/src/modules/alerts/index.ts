export { AlertEntity } from './alert.entity';
export { AlertsService, serializeAlert, type AlertScope } from './alerts.service';
export { AlertsResolver } from './alerts.resolver';
