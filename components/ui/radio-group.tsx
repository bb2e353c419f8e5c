import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";
import { ChoiceGroup } from "./choice-group";

type Props = {
  name: string;
  id?: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  state: FormState;
  defaultValue?: string;
};

export const RadioGroup = ({ state, defaultValue, ...field }: Props) => {
  const submitted = submittedValue(state, field.name);
  const chosen = typeof submitted === "string" ? submitted : defaultValue;
  return (
    <ChoiceGroup
      type="radio"
      {...field}
      error={fieldError(state, field.name)}
      isChecked={(value) => value === chosen}
    />
  );
};
