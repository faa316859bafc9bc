import { AccountEntity, ApiKeyEntity } from '../modules/accounts';
import { UserEntity } from '../modules/users';
import { ServerEntity } from '../modules/servers';
import { SampleEntity, IngestBatchEntity, UserServerUsageEntity, UsageHourlyAgentEntity, UsageHourlyEntity, SystemCountersEntity } from '../modules/usage';
import { SettingEntity } from '../modules/settings';
import { AlertEntity } from '../modules/alerts';
import { ResetEventEntity, ResetSnapshotRowEntity, ResetScheduleEntity, TrafficReportEntity, TrafficReportRowEntity } from '../modules/resets';
import { ConnectorEntity, ConnectorLogEntity, ConnectorServerEntity, PanelUserEntity } from '../modules/connectors';
import { AgendaJobEntity } from '../platform/jobs/agenda-job.entity';
import { BandwidthAssignmentEntity, RouterCounterEntity, RouterEntity, RouterLoginEntity, RouterPppCounterEntity, SpeedProfileEntity, VoucherBatchEntity } from '../modules/bandwidth';

/** Every TypeORM entity, for the data source and the migration generator. */
export const ENTITIES = [
  AccountEntity,
  ApiKeyEntity,
  UserEntity,
  ServerEntity,
  SampleEntity,
  IngestBatchEntity,
  UserServerUsageEntity,
  UsageHourlyEntity,
  UsageHourlyAgentEntity,
  SystemCountersEntity,
  SettingEntity,
  AlertEntity,
  ResetEventEntity,
  ResetSnapshotRowEntity,
  ResetScheduleEntity,
  TrafficReportEntity,
  TrafficReportRowEntity,
  AgendaJobEntity,
  RouterEntity,
  SpeedProfileEntity,
  BandwidthAssignmentEntity,
  RouterCounterEntity,
  RouterPppCounterEntity,
  RouterLoginEntity,
  VoucherBatchEntity,
  ConnectorEntity,
  ConnectorServerEntity,
  PanelUserEntity,
  ConnectorLogEntity,
];
