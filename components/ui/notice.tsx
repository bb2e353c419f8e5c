"use client";

import { useEffect, useRef } from "react";

/**
 * A success or information banner after a form post. It takes focus when it appears, so keyboard and screen
 * reader users land on the result of what they just did rather than at the top of the page.
 */
export const Notice = ({ title, children }: { title: string; children?: React.ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [title]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="mb-6 border-4 border-green-800 p-4 focus:outline-4 focus:outline-yellow-400"
    >
      <h2 className="text-xl font-bold">{title}</h2>
      {children && <div className="mt-2">{children}</div>}
    </div>
  );
};
