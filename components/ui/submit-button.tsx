"use client";

import { useFormStatus } from "react-dom";

export const SubmitButton = ({ children }: { children: React.ReactNode }) => {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className="rounded bg-green-800 px-5 py-3 text-lg font-bold text-white shadow-[0_2px_0_#002d18] hover:bg-green-900 focus:bg-yellow-400 focus:text-black focus:outline-4 focus:outline-yellow-400"
    >
      {children}
    </button>
  );
};
