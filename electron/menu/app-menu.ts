import type { MenuItemConstructorOptions } from 'electron';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { menuLabels } from './labels';

export interface MenuActions {
  /** The user picked a language; main asks the renderer to switch (it confirms with app:set-language). */
  chooseLanguage(lang: Lang): void;
  showAbout(): void;
}

/** The application menu as data, in the chosen language; DevTools only outside packaged builds. */
export function appMenuTemplate(
  lang: Lang,
  options: { devTools: boolean },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = menuLabels(lang);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.view.reload },
    { role: 'togglefullscreen', label: t.view.fullScreen },
    { type: 'separator' },
    { role: 'zoomIn', label: t.view.zoomIn },
    { role: 'zoomOut', label: t.view.zoomOut },
    { role: 'resetZoom', label: t.view.resetZoom },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: t.view.devTools });
  return [
    { label: t.file.label, submenu: [{ role: 'quit', label: t.file.quit }] },
    {
      label: t.edit.label,
      submenu: [
        { role: 'undo', label: t.edit.undo },
        { role: 'redo', label: t.edit.redo },
        { type: 'separator' },
        { role: 'cut', label: t.edit.cut },
        { role: 'copy', label: t.edit.copy },
        { role: 'paste', label: t.edit.paste },
        { role: 'selectAll', label: t.edit.selectAll },
      ],
    },
    { label: t.view.label, submenu: view },
    {
      label: t.language.label,
      submenu: LANGS.map((l) => ({
        label: t.language[l],
        type: 'radio' as const,
        checked: l === lang,
        click: () => actions.chooseLanguage(l),
      })),
    },
    { label: t.help.label, submenu: [{ label: t.help.about, click: () => actions.showAbout() }] },
  ];
}
