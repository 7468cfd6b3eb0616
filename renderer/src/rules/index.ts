/** The rules in force: administrator overrides and calendar corrections over the defaults. */
export * from './rules';
export { useRules } from './useRules';
