/**
 * One form per lifecycle event: it only gathers the payload. Whether the step is allowed, and
 * whether the payload is complete, is the lifecycle's answer (shown by the panel). The forms are in
 * `events/`, one per event or group; this picks the one for the step.
 */
import type { EventType } from '@shared/lifecycle';
import { AssignForm } from './events/AssignForm';
import { ConclusionForm } from './events/ConclusionForm';
import { DecideForm } from './events/DecideForm';
import { IssueForm } from './events/IssueForm';
import { ReturnIncompleteForm } from './events/ReturnIncompleteForm';
import { SameVisitForm } from './events/SameVisitForm';
import { PlainForm, ReasonForm, RegisterForm, SurveyRefusalForm } from './events/SimpleForms';
import type { EventFormProps } from './events/types';

export { groundChoices } from './events/GroundsField';
export { recordsReferral, type EventSubmission } from './events/types';

const FORMS: Partial<Record<EventType, (props: EventFormProps) => React.JSX.Element>> = {
  register: RegisterForm,
  assign: AssignForm,
  'refuse-acceptance': ReasonForm,
  'return-draft': ReasonForm,
  'return-incomplete': ReturnIncompleteForm,
  'record-survey-refusal': SurveyRefusalForm,
  'submit-conclusion': ConclusionForm,
  decide: DecideForm,
  issue: IssueForm,
  'issue-same-visit': SameVisitForm,
};

export function EventForm(props: EventFormProps) {
  const Form = FORMS[props.type] ?? PlainForm;
  return <Form {...props} />;
}
