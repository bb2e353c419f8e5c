import type { Tx } from "../lib/db";

/** The demo landlord's contact details and statement answers (fictional, like the landlord). */
export const seedLandlordDetails = (tx: Tx) =>
  tx.landlord.update({
    where: { id: 1 },
    data: {
      // Ofcom keeps 0306 999 0xxx for drama and examples: no real line answers.
      contactPhone: "0306 999 0100",
      contactEmail: "involvement@northvale.example",
      contactAddress: "Northvale House\nStation Road\nNorthvale\nNV1 1AA",
      openingHours: "Monday to Friday, 9am to 5pm (Wednesday from 10am)",
      accessibilityStatus: "PARTIAL",
      accessibilityIssues:
        "Some older PDF documents attached to consultations are not fully accessible. We will replace them by March 2027; ask us for any of them in another format.",
      accessibilityTestedOn: new Date("2026-11-20T00:00:00Z"),
      // Shaped like the ICO's register numbers rather than a row of zeros; fictional like the landlord.
      icoRegistration: "ZB482917",
      dataProtectionContact: "Data Protection Officer, Northvale House, Station Road, Northvale NV1 1AA",
    },
  });
