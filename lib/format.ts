const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});

/** Dates as UK readers expect them, in UK time whatever the server's zone. */
export const formatDateTime = (date: Date) => dateTime.format(date);

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** Calendar dates (stored as UTC midnight), such as registration or review dates. */
export const formatDate = (value: Date | null | undefined, empty = "Not recorded") =>
  value ? date.format(value) : empty;
