import type { Tx } from "../lib/db";

/** The demo landlord's contact details and statement answers (fictional, like the landlord). */
export const seedLandlordDetails = (tx: Tx) =>
  tx.landlord.update({
    where: { id: 1 },
    data: {
      contactPhone: "0300 555 0100",
      contactEmail: "involvement@northvale.example",
      contactAddress: "Northvale House\nStation Road\nNorthvale\nNV1 1AA",
      openingHours: "Monday to Friday, 9am to 5pm (Wednesday from 10am)",
      accessibilityStatus: "PARTIAL",
      accessibilityIssues:
        "Some older PDF documents attached to consultations are not fully accessible. We will replace them by March 2027; ask us for any of them in another format.",
      accessibilityTestedOn: new Date("2026-11-20T00:00:00Z"),
      icoRegistration: "ZA000000",
      dataProtectionContact: "Data Protection Officer, Northvale House, Station Road, Northvale NV1 1AA",
    },
  });
