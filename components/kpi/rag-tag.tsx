import { RAG_LABEL, type Rag } from "@/lib/kpi/rules";

// The words carry the status; the colour only repeats it, and each pair passes AA contrast. Printed, `rag-tag`
// (app/globals.css) drops the background and keeps the words boxed.
const STYLE: Record<Rag, string> = {
  GREEN: "bg-green-800 text-white",
  AMBER: "bg-amber-300 text-gray-900",
  RED: "bg-red-800 text-white",
  NO_TARGET: "bg-gray-200 text-gray-900",
  NO_DATA: "bg-gray-200 text-gray-900",
  IN_PROGRESS: "bg-gray-200 text-gray-900",
};

export const RagTag = ({ rag }: { rag: Rag }) => <strong className={`rag-tag ${STYLE[rag]}`}>{RAG_LABEL[rag]}</strong>;
