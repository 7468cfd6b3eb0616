import { Checkbox } from '@mantine/core';
import { formatCaseNumber } from '@shared/case-number';

/** A case's line in a list to send: ticked unless the user left it out. */
export function CaseCheckbox({
  id,
  excluded,
  onExcluded,
}: {
  id: string;
  excluded: ReadonlySet<string>;
  onExcluded: (next: Set<string>) => void;
}) {
  return (
    <Checkbox
      aria-label={formatCaseNumber(id)}
      checked={!excluded.has(id)}
      onChange={(e) => {
        const next = new Set(excluded);
        if (e.currentTarget.checked) next.delete(id);
        else next.add(id);
        onExcluded(next);
      }}
    />
  );
}
