// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, configure } from '@testing-library/react';
import { AppProviders } from '@renderer/app/AppProviders';
import { ServiceChooser } from '@renderer/features/intake/ServiceChooser';
import { serviceOptions } from '@renderer/features/intake/model';
import { createI18n } from '@renderer/i18n';
import { defaultCatalogue } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import { closeTestDbs, testDb } from '../testDb';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

function renderChooser(officeCode: string, lang: Lang, onChoose = vi.fn()) {
  render(
    <AppProviders db={testDb()} i18n={createI18n(lang)}>
      <ServiceChooser
        options={serviceOptions(defaultCatalogue(), officeCode)}
        lang={lang}
        onChoose={onChoose}
      />
    </AppProviders>,
  );
  return onChoose;
}

describe('ServiceChooser', () => {
  it('at a ЦОН offers two services and says in Kazakh why the others are not here', () => {
    renderChooser('22', 'kk');
    expect(screen.getByTestId('service-housing-assistance').textContent).toContain(
      'Тұрғын үй көмегін тағайындау',
    );
    expect(screen.getByTestId('service-child-benefit-under-18')).toBeTruthy();
    expect(screen.getByTestId('service-unavailable-disability-wheelchair').textContent).toContain(
      'ХҚКО-да қабылданбайды',
    );
    expect(screen.queryByTestId('service-disability-wheelchair')).toBeNull();
  });

  it('filters as typed and Enter takes the first available match', () => {
    const onChoose = renderChooser('12', 'ru');
    const search = screen.getByTestId('service-search');
    fireEvent.change(search, { target: { value: 'коляск' } });
    expect(screen.queryByTestId('service-housing-assistance')).toBeNull();
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('disability-wheelchair');
  });

  it('the department accepts nothing', () => {
    renderChooser('00', 'ru');
    expect(screen.getByTestId('office-accepts-nothing').textContent).toContain('Управление не принимает');
    expect(screen.queryByTestId('service-search')).toBeNull();
  });
});
