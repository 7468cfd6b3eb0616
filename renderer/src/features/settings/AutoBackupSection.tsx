/** The automatic daily backup (Electron only); filled in with the main-side module. */
export function AutoBackupSection() {
  return null;
}
