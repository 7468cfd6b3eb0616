import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README (issue 16, item 18)', () => {
  it('says on the fresh-machine section that npm start downloads Electron once and needs internet', () => {
    const fresh = section('Two commands on a fresh machine');
    expect(fresh).toMatch(/`npm start` needs internet/);
    expect(fresh).toMatch(/downloads the Electron binary/);
    expect(fresh).toMatch(/once/);
  });

  it('says what to run offline instead, with the skip variable', () => {
    const fresh = section('Two commands on a fresh machine');
    expect(fresh).toContain('npm run web');
    expect(fresh).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(fresh).toMatch(/without internet/);
  });

  it('points at the architecture document inside the repository', () => {
    expect(readme).toContain('docs/architecture.md');
    expect(existsSync('docs/architecture.md')).toBe(true);
  });

  it('documents the test-only ?pbkdf2 hook and the build that lacks it', () => {
    expect(readme).toMatch(/Test hook, test builds only/);
    expect(readme).toContain('--mode e2e');
  });
});
