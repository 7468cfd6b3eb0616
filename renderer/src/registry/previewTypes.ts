/** A registry preview as the screens and the writer see it: ready ones carry the ownership plan. */
import type { ImportPlan, ImportPreview } from '@shared/registry';

/** A preview ready to apply: its plan is the ownership plan over the local copies. */
export type ReadyPreview = Omit<Extract<ImportPreview, { status: 'ready' }>, 'plan'> & { plan: ImportPlan };
export type RegistryPreview = Exclude<ImportPreview, { status: 'ready' }> | ReadyPreview;
