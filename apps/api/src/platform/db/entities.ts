import { AccountEntity } from '../../modules/accounts/account.entity';
import { ApiKeyEntity } from '../../modules/accounts/api-key.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { ServerEntity } from '../../modules/servers/server.entity';
import { SampleEntity } from '../../modules/usage/sample.entity';
import { IngestBatchEntity } from '../../modules/usage/ingest-batch.entity';
import { UserServerUsageEntity } from '../../modules/usage/user-server-usage.entity';
import { UsageHourlyAgentEntity, UsageHourlyEntity } from '../../modules/usage/usage-hourly.entity';
import { SystemCountersEntity } from '../../modules/usage/system-counters.entity';
import { SettingEntity } from '../../modules/settings/setting.entity';
import { AlertEntity } from '../../modules/alerts/alert.entity';
import { ResetEventEntity } from '../../modules/resets/reset-event.entity';
import { ResetSnapshotRowEntity } from '../../modules/resets/reset-snapshot-row.entity';
import { ResetScheduleEntity } from '../../modules/resets/reset-schedule.entity';
import { TrafficReportEntity } from '../../modules/resets/traffic-report.entity';
import { TrafficReportRowEntity } from '../../modules/resets/traffic-report-row.entity';
import { AgendaJobEntity } from '../jobs/agenda-job.entity';
import {
  BandwidthAssignmentEntity,
  RouterCounterEntity,
  RouterEntity,
  RouterLoginEntity,
  RouterPppCounterEntity,
  SpeedProfileEntity,
  VoucherBatchEntity,
} from '../../modules/bandwidth';

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
];
