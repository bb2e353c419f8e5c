"use client";

import { useFormStatus } from "react-dom";
import { buttonProps, type ButtonKind } from "./button-styles";

/** A form's submit button: primary for the page's main next step, secondary for any other form on the page. */
export const SubmitButton = ({ children, kind = "primary" }: { children: React.ReactNode; kind?: ButtonKind }) => {
  const { pending } = useFormStatus();
  return (
    <button type="submit" aria-disabled={pending} {...buttonProps(kind)}>
      {children}
    </button>
  );
};
