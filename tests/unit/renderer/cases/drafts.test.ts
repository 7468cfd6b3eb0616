import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTestDbs, testDb } from '../testDb';
import { debounced, discardDraft, getDraft, listDrafts, saveDraft } from '@renderer/cases/drafts';

afterEach(closeTestDbs);

describe('drafts', () => {
  it('saves, keeps creation time, lists per user newest first, discards', async () => {
    const db = testDb();
    await saveDraft(db, { id: 'a', userId: 'u1', form: { n: 1 }, serviceId: null, label: 'A' }, 10);
    await saveDraft(
      db,
      { id: 'b', userId: 'u1', form: { n: 2 }, serviceId: 'housing-assistance', label: 'B' },
      20,
    );
    await saveDraft(db, { id: 'c', userId: 'u2', form: {}, serviceId: null, label: 'C' }, 30);
    await saveDraft(db, { id: 'a', userId: 'u1', form: { n: 3 }, serviceId: null, label: 'A2' }, 40);
    const list = await listDrafts(db, 'u1');
    expect(list.map((d) => [d.id, d.createdAt, d.updatedAt])).toEqual([
      ['a', 10, 40],
      ['b', 20, 20],
    ]);
    expect((await getDraft(db, 'a', 'u1'))?.form).toEqual({ n: 3 });
    expect(await getDraft(db, 'a', 'u2')).toBeUndefined();
    await discardDraft(db, 'a', 'u2');
    expect(await db.drafts.count()).toBe(3);
    await discardDraft(db, 'a', 'u1');
    expect((await listDrafts(db, 'u1')).map((d) => d.id)).toEqual(['b']);
    await expect(
      saveDraft(db, { id: 'c', userId: 'u1', form: {}, serviceId: null, label: '' }, 50),
    ).rejects.toThrow();
  });

  it('debounces saves and flushes the last value', async () => {
    vi.useFakeTimers();
    const saved: number[] = [];
    const d = debounced(async (v: number) => void saved.push(v), 500);
    d.push(1);
    d.push(2);
    await vi.advanceTimersByTimeAsync(400);
    d.push(3);
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([3]);
    d.push(4);
    await d.flush();
    expect(saved).toEqual([3, 4]);
    d.push(5);
    d.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([3, 4]);
    vi.useRealTimers();
  });
});
