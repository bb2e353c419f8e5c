const wallClock = (date: Date, timeZone: string) => new Date(date.toLocaleString("en-US", { timeZone }));

/** A calendar day and time as read on a clock in the UK (GMT or BST), as an instant. */
export const ukDateTime = (day: string, time: string) => {
  const asUtc = new Date(`${day}T${time}Z`);
  if (Number.isNaN(asUtc.getTime())) return asUtc;
  const offset = wallClock(asUtc, "Europe/London").getTime() - wallClock(asUtc, "UTC").getTime();
  return new Date(asUtc.getTime() - offset);
};

/** The UK calendar day of an instant, as a date input shows it. */
export const ukDay = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(date);
