import type { StaffEvent } from "./queries";
import { toUkDateTime } from "@/lib/uk-time";

export type EventFormValues = Partial<Record<string, string>>;

/** An event as the strings its edit form starts with; times in UK wall-clock time. */
export const eventFormValues = (event: StaffEvent): EventFormValues => ({
  title: event.title,
  description: event.description ?? "",
  kind: event.kind,
  format: event.format,
  venue: event.venue ?? "",
  joiningLink: event.joiningLink ?? "",
  accessibilityNotes: event.accessibilityNotes ?? "",
  areaId: event.areaId ?? "",
  groupId: event.groupId ?? "",
  courseId: event.courseId ?? "",
  partners: event.partners.join("\n"),
  startsAt: toUkDateTime(event.startsAt),
  endsAt: toUkDateTime(event.endsAt),
  capacity: event.capacity === null ? "" : String(event.capacity),
  registrationOpensAt: event.registrationOpensAt ? toUkDateTime(event.registrationOpensAt) : "",
  registrationClosesAt: event.registrationClosesAt ? toUkDateTime(event.registrationClosesAt) : "",
});
