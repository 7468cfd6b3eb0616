/** Service ids and channels on the command line. */
import { CHANNELS, SERVICE_IDS, isServiceId, type Channel, type ServiceId } from '@shared/catalogue';
import { UsageError } from './args';

export function serviceArg(value: string): ServiceId {
  if (!isServiceId(value))
    throw new UsageError(`Unknown service "${value}"; one of: ${SERVICE_IDS.join(', ')}`);
  return value;
}

export function channelArg(value: string): Channel {
  if (!(CHANNELS as readonly string[]).includes(value)) {
    throw new UsageError(`Unknown channel "${value}"; one of: ${CHANNELS.join(', ')}`);
  }
  return value as Channel;
}
