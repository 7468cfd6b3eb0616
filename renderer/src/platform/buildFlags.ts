/**
 * Build-time flags. `npm run build` (and Forge's package/make) builds in Vite's `production` mode;
 * `npm run build:web` (the e2e build) uses `--mode e2e`, and `npm run web` and vitest are not
 * production either. Test hooks such as `?pbkdf2=N` exist only where this is true; in a production
 * build the constant is false and the hook's code is dropped.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE !== 'production';
