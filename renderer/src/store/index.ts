/**
 * The data boundary of the screens (issue 11): everything features/ reads or writes goes through
 * here. Read hooks are live (dexie-react-hooks); commands come from `useStore()`.
 */
export { useStore, bindStore, type Store } from './useStore';
export { commands } from './commands';
export { useAccountStore, bindAccountStore, type AccountStore } from './account';
export { useOffice, useOfficeConfig, useSecurity, useSetting } from './settings';
export {
  useCase,
  useCaseHistory,
  useCasesOfPerson,
  useCaseWithHistory,
  useDrafts,
  useJournal,
  useOpenDuplicates,
  type CaseWithHistory,
} from './cases';
export { useUser, useUserNames, useUsers, useUsersWithRole } from './users';
export {
  useCustodyScans,
  useExportBlocker,
  useExportCases,
  useHasActiveKeys,
  useOfficeKeys,
  usePaymentCandidates,
  useReceivedPaymentRequests,
  useRegistries,
  useSentPaymentRequests,
  useTrustedCards,
  type ExportKind,
} from './registries';
export { useAuditActions, useAuditPage, useDeadlineDashboard, useReport } from './reads';
export {
  officeTypeOf,
  useCaseComplaints,
  useComplaint,
  useComplaintAccess,
  useComplaints,
  useComplaintTerm,
  useInspectorMayRegister,
} from './complaints';
export { useRules } from '../rules/useRules';
export { MAIN_DESK_CODE, normalizeDeskCode } from './workstation';
export type { SaveSecurityResult } from './security';
export type { SetupError, SetupInput, SetupResult } from './setup';
export type {
  AuditEvent,
  CaseRow,
  CustodyScanRow,
  DraftRow,
  OfficeConfig,
  OfficeKeyRow,
  RegistryRow,
  TrustedCardRow,
  UserRow,
  Workstation,
} from '../db/types';
