import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PBKDF2_ITERATIONS, needsRehash } from '@shared/auth/password';
import { DEFAULT_SECURITY, effectiveIterations, setupIterations } from '@shared/auth/security';
import { DEFAULT_BACKUP_ITERATIONS } from '@shared/backup/format';
import { DEFAULT_PBKDF2_ITERATIONS as KEY_WRAP_ITERATIONS } from '@shared/crypto/key-wrap';

describe('PBKDF2 iteration counts (issue 13)', () => {
  it('passwords, office key wrapping and backups all default to 600,000', () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBe(600_000);
    expect(DEFAULT_SECURITY.pbkdf2Iterations).toBe(600_000);
    expect(KEY_WRAP_ITERATIONS).toBe(600_000);
    expect(DEFAULT_BACKUP_ITERATIONS).toBe(600_000);
  });

  it('a production build never uses fewer than the default; a test build keeps its lowered count', () => {
    expect(effectiveIterations(310_000, false)).toBe(600_000);
    expect(effectiveIterations(1000, false)).toBe(600_000);
    expect(effectiveIterations(800_000, false)).toBe(800_000);
    expect(effectiveIterations(1000, true)).toBe(1000);
  });

  it('a hash with fewer iterations than the target is re-made', () => {
    const hash = { algorithm: 'PBKDF2-SHA256' as const, iterations: 310_000, salt: '', hash: '' };
    expect(needsRehash(hash, 600_000)).toBe(true);
    expect(needsRehash({ ...hash, iterations: 600_000 }, 600_000)).toBe(false);
  });

  it('the ?pbkdf2=N setup hook works in test builds only', () => {
    expect(setupIterations('?pbkdf2=1000', true)).toBe(1000);
    expect(setupIterations('?pbkdf2=1000', false)).toBeNull();
    expect(setupIterations('?pbkdf2=10', true)).toBeNull();
  });

  it('the production build runs in Vite production mode; the e2e build in its own mode', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    expect(scripts['build:web']).toContain('--mode e2e');
    expect(scripts.build).not.toContain('--mode');
    expect(scripts['test:e2e']).toContain('build:web');
  });
});
