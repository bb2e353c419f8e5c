import type { Regime, SurveyMethod, SurveyRoundStatus } from "@/lib/generated/prisma/enums";

export const REGIME_LABEL: Record<Regime, string> = {
  ENGLAND: "England: tenant satisfaction measures (TSM)",
  SCOTLAND: "Scotland: Annual Return on the Charter (ARC)",
};

export const ROUND_STATUS_LABEL: Record<SurveyRoundStatus, string> = {
  OPEN: "Open for responses",
  CLOSED: "Closed",
  PUBLISHED: "Results published",
};

export const METHOD_LABEL: Record<SurveyMethod, string> = {
  TELEPHONE: "Telephone",
  ONLINE: "Online",
  POSTAL: "Paper, by post",
  FACE_TO_FACE: "Face to face",
};

/** How an answer came, to finish "…answered in this round …". */
export const METHOD_PHRASE: Record<SurveyMethod, string> = {
  TELEPHONE: "by telephone",
  ONLINE: "online",
  POSTAL: "on paper, by post",
  FACE_TO_FACE: "face to face",
};

/** A contractor's file may leave the method blank (it is optional in the file format): see decision 0009. */
export const methodLabel = (method: SurveyMethod | null) =>
  method ? METHOD_LABEL[method] : "Not stated in the contractor's file";

/** How an officer can have taken a response: online answers come only from tenants themselves. */
export const OFFICER_METHODS = ["TELEPHONE", "POSTAL", "FACE_TO_FACE"] as const satisfies readonly SurveyMethod[];
