/**
 * The draft's autosave: every change is saved after a short pause; leaving the form (another area,
 * the sidebar, sign-out) saves what was typed at once and says so.
 */
import { useEffect, useMemo, useRef, type Dispatch } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { defaultCatalogue, getService } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import { debounced } from '../../cases/drafts';
import type { Store } from '../../store';
import { useErrorMessage } from '../../ui/errorMessage';
import { draftLabel, type IntakeForm } from './model';
import type { SessionAction } from './sessionState';

const AUTOSAVE_MS = 400;

function makeAutosave(
  store: Store,
  draftId: string,
  userId: string,
  lang: Lang,
  onSaved: (at: number) => void,
) {
  const catalogue = defaultCatalogue();
  return (onError: (e: unknown) => void) =>
    debounced(
      async (f: IntakeForm) => {
        const at = Date.now();
        const label = draftLabel(f, getService(catalogue, f.serviceId), lang);
        await store.saveDraft({ id: draftId, userId, form: f, serviceId: f.serviceId, label }, at);
        onSaved(at);
      },
      AUTOSAVE_MS,
      onError,
    );
}

export function useDraftAutosave({
  store,
  draftId,
  userId,
  lang,
  form,
  dirty,
  dispatch,
}: {
  store: Store;
  draftId: string;
  userId: string;
  lang: Lang;
  form: IntakeForm;
  dirty: boolean;
  dispatch: Dispatch<SessionAction>;
}) {
  const { t } = useTranslation('intake');
  const describe = useErrorMessage();
  const autosave = useMemo(
    () =>
      makeAutosave(store, draftId, userId, lang, (at) => dispatch({ type: 'saved', at }))((e) =>
        notifications.show({ color: 'red', message: t('draft.saveFailed', { message: describe(e) }) }),
      ),
    [store, draftId, userId, lang, t, describe, dispatch],
  );
  useEffect(() => {
    if (dirty) autosave.push(form);
  }, [form, dirty, autosave]);

  const leaving = useRef({ dirty: false, finished: false });
  useEffect(() => {
    leaving.current.dirty = dirty;
  }, [dirty]);
  useEffect(
    () => () => {
      void autosave.flush();
      if (leaving.current.dirty && !leaving.current.finished)
        notifications.show({ color: 'blue', message: t('draft.keptOnLeave'), id: `draft-kept-${draftId}` });
    },
    [autosave, t, draftId],
  );
  const finish = () => {
    leaving.current.finished = true;
    autosave.close();
  };
  /** Registration failed after `finish`: the form stays open and autosaves again. */
  const reopen = () => {
    leaving.current.finished = false;
    autosave.reopen();
  };
  return { finish, reopen, flush: () => autosave.flush() };
}
