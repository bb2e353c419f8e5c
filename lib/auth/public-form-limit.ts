import { THROTTLES, type ThrottlePolicy } from "./rules";
import { reserveAttempt } from "./throttle";

export const PUBLIC_FORM_THROTTLED = (wait: string) =>
  `Too many forms have been sent from your connection in a short time. Try again in ${wait}.`;

const POLICIES = {
  feedback: THROTTLES.feedbackClient,
  unsubscribe: THROTTLES.unsubscribeClient,
  newsUseful: THROTTLES.newsUsefulClient,
} as const satisfies Record<string, ThrottlePolicy>;

/**
 * Counts one use of a public form by one client (lib/auth/client-ip.ts formClient), in PostgreSQL so every server
 * shares the count, and refuses with "try again in N minutes" over the limit (a Throttled error).
 */
export const limitPublicForm = async (form: keyof typeof POLICIES, client: string | null, now = new Date()) => {
  if (!client) return;
  await reserveAttempt([{ key: `form:${form}:${client}`, policy: POLICIES[form] }], PUBLIC_FORM_THROTTLED, now);
};
