/**
 * Every write (and every one-off read) a screen may ask for, as the service function that does it.
 * Each takes the database first; `useStore()` hands screens the same functions with the database
 * bound, so a screen never holds the database itself.
 */
import { changeOwnPassword, resetPassword, setMustChangePassword, unlockUser } from '../auth/passwords';
import { createUser, setUserDisabled, setUserRoles } from '../auth/users';
import { exportAudit } from '../audit/export';
import { applyBackup, createBackup, openBackup } from '../backup/backup';
import { enableAutoBackup, runAutoBackupIfDue } from '../backup/autoBackup';
import { recordCounterRefusal } from '../cases/counterRefusal';
import { discardDraft, saveDraft } from '../cases/drafts';
import { findOpenDuplicates } from '../cases/duplicates';
import { recordRefusalReprint } from '../cases/printLog';
import { registerCase } from '../cases/register';
import { applyComplaintAction, recordComplaintPrint } from '../complaints/actions';
import { discardComplaintDraft, listComplaintDrafts, saveComplaintDraft } from '../complaints/drafts';
import { registerComplaint } from '../complaints/register';
import { saveComplaintTerm, saveInspectorMayRegister } from '../complaints/settings';
import { getSecurity } from '../db/settings';
import { cancelCase, correctApplicant, withdrawCase } from '../journal/actions';
import { queryJournal } from '../journal/query';
import { printCaseDocument } from '../print/copies';
import { recordCustodyScan, readyScanned, receiveScanned } from '../registry/custody';
import { exportRegistry } from '../registry/exportRegistry';
import {
  createOfficeIdentity,
  previewCard,
  recordCardExported,
  revokeTrustedKey,
  trustCard,
  unlockKeys,
} from '../registry/identity';
import { applyImport, previewRegistryFile } from '../registry/importRegistry';
import { compilePaymentRequest, markSentToTreasury, printPaymentList } from '../registry/paymentRequest';
import { applyCaseEvent } from '../workflow/applyEvent';
import { printResultDocument } from '../workflow/printResult';
import { printRegistrySheet } from './registrySheet';
import { saveSecurity } from './security';
import { completeSetup } from './setup';
import { getOffice } from './settings';
import { getCase } from './cases';

export const commands = {
  // First run and settings
  completeSetup,
  saveSecurity,
  getSecurity,
  getOffice,
  // Users and passwords
  createUser,
  setUserRoles,
  setUserDisabled,
  resetPassword,
  unlockUser,
  setMustChangePassword,
  changeOwnPassword,
  // Intake
  saveDraft,
  discardDraft,
  findOpenDuplicates,
  registerCase,
  recordCounterRefusal,
  recordRefusalReprint,
  printCaseDocument,
  // Journal and the case page
  getCase,
  queryJournal,
  withdrawCase,
  cancelCase,
  correctApplicant,
  // Workflow
  applyStep: applyCaseEvent,
  printResultDocument,
  // Registries, office identity and payment requests
  createOfficeIdentity,
  unlockKeys,
  recordCardExported,
  previewCard,
  trustCard,
  revokeTrustedKey,
  exportRegistry,
  previewRegistryFile,
  importRegistry: applyImport,
  printRegistrySheet,
  recordCustodyScan,
  receiveScanned,
  readyScanned,
  compilePaymentRequest,
  markSentToTreasury,
  printPaymentList,
  // Complaints
  registerComplaint,
  applyComplaintAction,
  recordComplaintPrint,
  saveComplaintDraft,
  listComplaintDrafts,
  discardComplaintDraft,
  saveComplaintTerm,
  saveInspectorMayRegister,
  // Audit and backups
  exportAudit,
  createBackup,
  openBackup,
  applyBackup,
  runAutoBackupIfDue,
  enableAutoBackup,
};
