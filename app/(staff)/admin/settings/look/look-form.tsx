"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { updateLookAction } from "../details-actions";

const LABELS = {
  brandColour: "Header colour",
  logoPath: "Logo address on this site",
  logoFile: "Or upload a logo",
  removeLogo: "Remove the logo",
};

export const LookForm = ({
  current,
}: {
  current: { brandColour: string | null; logoPath: string | null; hasLogo: boolean };
}) => {
  const [state, action] = useActionState(updateLookAction, IDLE);
  return (
    <form action={action} noValidate encType="multipart/form-data">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="brandColour"
        label={LABELS.brandColour}
        hint="A dark colour as # and six letters or digits, like #14532d. White text must be readable on it (4.5:1). Leave empty for near-black."
        defaultValue={current.brandColour ?? ""}
        width="medium"
        state={state}
      />
      <TextField
        name="logoPath"
        label={LABELS.logoPath}
        hint="A file already on this site, starting with /, like /logo.png. Nothing is loaded from other sites."
        defaultValue={current.logoPath ?? ""}
        state={state}
      />
      <FileField
        name="logoFile"
        label={LABELS.logoFile}
        hint="PNG, JPEG, GIF or WebP, up to 500 KB"
        accept="image/png,image/jpeg,image/gif,image/webp"
        state={state}
      />
      {current.hasLogo && (
        <div className="mb-6">
          <input id="removeLogo" type="checkbox" name="removeLogo" value="yes" className="mr-2 h-6 w-6 align-middle" />
          <label htmlFor="removeLogo" className="text-lg">
            {LABELS.removeLogo}
          </label>
        </div>
      )}
      <SubmitButton>Save colour and logo</SubmitButton>
    </form>
  );
};
