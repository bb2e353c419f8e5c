import { oneClickUnsubscribeUrl, unsubscribePageUrl } from "./unsubscribe-token";
import type { EmailTemplate } from "./render-email";

/** The opt-out part of an involvement email to one customer: the link in the body and the one-click header. */
export const unsubscribeFor = (customerId: string): NonNullable<EmailTemplate["unsubscribe"]> => ({
  pageUrl: unsubscribePageUrl(customerId),
  oneClickUrl: oneClickUnsubscribeUrl(customerId),
});
