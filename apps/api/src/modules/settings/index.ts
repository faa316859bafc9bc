export { SettingEntity } from './setting.entity';
export { SettingsService } from './settings.service';
export { SettingsResolver } from './settings.resolver';
export type { Settings } from './settings.policy';
