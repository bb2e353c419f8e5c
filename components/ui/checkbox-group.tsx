import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";
import { ChoiceGroup } from "./choice-group";

type Props = {
  name: string;
  id?: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  state: FormState;
  defaultValues?: string[];
};

export const CheckboxGroup = ({ state, defaultValues = [], ...field }: Props) => {
  const submitted = submittedValue(state, field.name);
  const checked =
    state.status === "error" ? (Array.isArray(submitted) ? submitted : submitted ? [submitted] : []) : defaultValues;
  return (
    <ChoiceGroup
      type="checkbox"
      {...field}
      error={fieldError(state, field.name)}
      isChecked={(value) => checked.includes(value)}
    />
  );
};
