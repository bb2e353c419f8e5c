"use client";

import { buttonProps } from "@/components/ui/button-styles";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { IDLE } from "@/lib/actions/form-state";
import { inviteCustomerAction } from "./actions";

export const InviteForm = ({ customerId }: { customerId: string }) => {
  const [state, action] = useActionState(inviteCustomerAction, IDLE);
  if (state.status === "ok") return <Notice title={state.message} />;
  return (
    <form action={action} className="mb-6">
      <input type="hidden" name="customerId" value={customerId} />
      {state.status === "error" && (
        <p role="alert" className="mb-2 font-bold text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" {...buttonProps("secondary")}>
        Invite to create an account
      </button>
    </form>
  );
};
