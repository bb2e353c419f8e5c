import type { EventFormat, EventKind, RegistrationStatus } from "@/lib/generated/prisma/enums";

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  COMMUNITY_EVENT: "Community event",
  GALA_DAY: "Gala day",
  DROP_IN: "Drop-in session",
  ESTATE_WALKABOUT: "Estate walkabout",
  FOCUS_GROUP: "Focus group",
  GROUP_MEETING: "Group meeting",
  CONSULTATION_MEETING: "Consultation meeting",
  TRAINING_SESSION: "Training session",
};

/** The "ways to get involved" menu: what each kind of event asks of the people who come. */
export const EVENT_KIND_DESCRIPTION: Record<EventKind, string> = {
  COMMUNITY_EVENT: "Meet neighbours and staff at a local event.",
  GALA_DAY: "A fun day out for all the family, with stalls and activities.",
  DROP_IN: "Come along at any time to ask questions or raise a problem.",
  ESTATE_WALKABOUT: "Walk round your estate with staff and point out what needs fixing.",
  FOCUS_GROUP: "Talk in a small group about one service and how to make it better.",
  GROUP_MEETING: "Meetings of tenant groups, panels and residents' associations.",
  CONSULTATION_MEETING: "Hear about our plans and tell us what you think before we decide.",
  TRAINING_SESSION: "Free training, such as scrutiny skills or using the portal.",
};

export const EVENT_FORMAT_LABEL: Record<EventFormat, string> = {
  IN_PERSON: "In person",
  ONLINE: "Online",
  BOTH: "In person and online",
};

export const REGISTRATION_STATUS_LABEL: Record<RegistrationStatus, string> = {
  REGISTERED: "Registered",
  WAITING: "On the waiting list",
};

/** What a person is told after registering: a place, or a waiting-list place. */
export const registrationOutcome = (status: RegistrationStatus, forCustomer: boolean) => {
  switch (status) {
    case "REGISTERED":
      return forCustomer ? "The customer has a place at this event." : "You have a place at this event.";
    case "WAITING":
      return forCustomer
        ? "This event is full. The customer is on the waiting list."
        : "This event is full, so you are on the waiting list. If a place comes up, it is yours and we will let you know.";
  }
};
