export { ALERT_THRESHOLDS, levelFor, newlyCrossed, rearmedLevel } from './alert-levels.policy';
