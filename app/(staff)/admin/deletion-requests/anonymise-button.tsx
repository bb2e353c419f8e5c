"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/form-state";
import { anonymiseAction } from "./actions";

export const AnonymiseButton = ({ requestId, name }: { requestId: string; name: string }) => {
  const [state, action] = useActionState(anonymiseAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="requestId" value={requestId} />
      {state.status === "error" && (
        <p role="alert" className="font-bold text-red-800">
          {state.message}
        </p>
      )}
      <button type="submit" className="rounded bg-red-800 px-3 py-1 font-bold text-white">
        Delete personal information<span className="sr-only"> of {name}</span>
      </button>
    </form>
  );
};
