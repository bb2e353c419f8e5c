"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/form-state";
import { retryJobAction } from "./actions";

export const RetryButton = ({ jobId, label }: { jobId: string; label: string }) => {
  const [state, action] = useActionState(retryJobAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="jobId" value={jobId} />
      {state.status !== "idle" && (
        <p role={state.status === "error" ? "alert" : "status"} className="font-bold">
          {state.message}
        </p>
      )}
      <button type="submit" className="rounded border-2 border-current px-3 py-1 font-bold">
        Try again<span className="sr-only"> ({label})</span>
      </button>
    </form>
  );
};
