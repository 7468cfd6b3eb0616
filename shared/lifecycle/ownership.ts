import type { Channel } from '../catalogue/ids';
import type { RevisionPart } from './case-state';
import type { OfficeType } from './statuses';

/**
 * The office type that owns a part of a case (docs/decisions.md, registry exchange): the accepting office
 * owns intake, the district office processing and result, the Управление the Treasury step. Only the
 * owner bumps a part's revision, which is what lets a registry import merge without losing data.
 */
export function ownerOfPart(part: RevisionPart, channel: Channel): OfficeType {
  if (part === 'intake') return channel;
  return part === 'processing' ? 'district' : 'department';
}
