import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { ACTION_STATUS_LABEL, ragFor, type Rag } from "@/lib/strategy/rules";

// Colour is never the only signal: the words say the status, and every pair passes AA contrast.
const STYLE: Record<Rag, string> = {
  GREY: "bg-gray-200 text-gray-900",
  GREEN: "bg-green-800 text-white",
  AMBER: "bg-amber-300 text-gray-900",
  RED: "bg-red-800 text-white",
  BLUE: "bg-blue-800 text-white",
};

export const StatusTag = ({ status }: { status: ActionStatus }) => (
  <strong className={`inline-block px-2 py-0.5 print:border print:border-gray-900 ${STYLE[ragFor(status)]}`}>
    {ACTION_STATUS_LABEL[status]}
  </strong>
);
