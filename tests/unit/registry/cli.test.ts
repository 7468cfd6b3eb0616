import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRegistryCommand } from '../../../scripts/cli/registry';
import { createOfficeCard } from '@shared/crypto/office-card';
import { generateOfficeKeys } from '@shared/crypto/office-keys';
import ru from '../../../locales/ru/registry.json';
import kk from '../../../locales/kk/registry.json';
import { buildFile, makeWorld, sections, type World } from './fixtures';

let dir: string;
let world: World;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runRegistryCommand(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (path) => new Uint8Array(readFileSync(path)),
  });
  return { code, stdout, stderr };
}

const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  world = await makeWorld();
  const file = await buildFile(world);
  writeFileSync(path('ok.reg'), file);
  const tampered = file.slice();
  tampered[sections(file).payloadStart + 10]! ^= 1;
  writeFileSync(path('tampered.reg'), tampered);
  writeFileSync(path('cut.reg'), file.slice(0, file.length - 10));
  writeFileSync(path('center.card.json'), JSON.stringify(world.center.card));
  writeFileSync(path('other.card.json'), JSON.stringify(world.other.card));
  writeFileSync(path('broken.card.json'), JSON.stringify({ ...world.center.card, officeCode: '21' }));
  const keys = await generateOfficeKeys({ withEncryption: true });
  const revoking = await createOfficeCard(keys, {
    officeCode: '20',
    name: { ru: 'ЦОН', kk: 'ХҚКО' },
    now: new Date('2026-03-20T00:00:00Z'),
    revokes: [world.center.keys.keyId],
  });
  writeFileSync(path('revoking.card.json'), JSON.stringify(revoking));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('registry inspect', () => {
  it('prints the manifest without keys and exits 0', async () => {
    const r = await run('inspect', path('ok.reg'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Номер: 20-11-0001, порядковый номер 1');
    expect(r.stdout).toContain('2011202600033');
    expect(r.stdout).toContain('Вид: Реестр (registry)');
    expect(r.stderr).toBe('');
    expect((await run('inspect', path('ok.reg'), '--lang=kk')).stdout).toContain('Түрі: Тізілім (registry)');
  });
  it('--json gives the manifest as data', async () => {
    const r = await run('inspect', path('ok.reg'), '--json');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // one JSON object, as docs/cli.md says
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      ok: true,
      formatVersion: 1,
      manifest: { count: 3, sender: { officeCode: '20' } },
    });
  });
  it('a cut file exits 1 with the code and the message', async () => {
    const r = await run('inspect', path('cut.reg'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`truncated: ${ru.refusal.truncated}`);
    const kkRun = await run('inspect', path('cut.reg'), '--json', '--lang', 'kk');
    expect(JSON.parse(kkRun.stdout)).toMatchObject({
      ok: false,
      code: 'truncated',
      message: kk.refusal.truncated,
    });
  });
});

describe('registry verify', () => {
  it('verifies a file against the sender card: exit 0', async () => {
    const r = await run('verify', path('ok.reg'), '--office-card', path('center.card.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Подпись верна, ключ отправителя [0-9A-F]{4}( [0-9A-F]{4}){7}\n/);
  });
  it('--json', async () => {
    const r = await run('verify', path('ok.reg'), '--office-card', path('center.card.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, manifest: { registryNumber: '20-11-0001' } });
  });
  it('a changed byte: exit 1, signature-invalid', async () => {
    const r = await run('verify', path('tampered.reg'), '--office-card', path('center.card.json'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      code: 'signature-invalid',
      message: ru.refusal['signature-invalid'],
    });
  });
  it('the wrong card: exit 1, signer-unknown', async () => {
    const r = await run('verify', path('ok.reg'), `--office-card=${path('other.card.json')}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`signer-unknown: ${ru.refusal['signer-unknown']}`);
  });
  it('a later card that revokes the signer: exit 1, signer-revoked', async () => {
    const r = await run(
      'verify',
      path('ok.reg'),
      '--office-card',
      path('center.card.json'),
      '--office-card',
      path('revoking.card.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('signer-revoked');
  });
  it('a cut file: exit 1 before any key is needed', async () => {
    const r = await run('verify', path('cut.reg'), '--office-card', path('center.card.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('truncated');
  });
});

describe('bad arguments exit 2', () => {
  it.each([
    [[]],
    [['frobnicate', 'x']],
    [['inspect']],
    [['inspect', 'a', 'b']],
    [['inspect', 'a', '--bogus']],
    [['verify', 'x.reg']],
    [['verify', 'x.reg', '--office-card']],
    [['inspect', 'x.reg', '--lang', 'en']],
  ])('%j', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
    expect(r.stdout).toBe('');
  });
  it('a missing file', async () => {
    const r = await run('inspect', path('nope.reg'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot read');
  });
  it('an edited office card', async () => {
    const r = await run('verify', path('ok.reg'), '--office-card', path('broken.card.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('card-signature-invalid');
  });
  it('takes --json anywhere on the line', async () => {
    const r = await run('--json', 'inspect', path('ok.reg'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });
  it('accepts a leading "registry" word from the dispatcher', async () => {
    expect((await run('registry', 'inspect', path('ok.reg'))).code).toBe(0);
  });
});
