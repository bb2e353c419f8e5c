type Contact = {
  name: string;
  contactPhone: string | null;
  contactEmail: string | null;
  contactAddress: string | null;
  openingHours: string | null;
};

/** The landlord's contact details as a list, or a plain sentence when the administrator has not entered any. */
export const ContactDetails = ({ contact }: { contact: Contact }) => {
  const rows = [
    contact.contactPhone && {
      term: "Phone",
      value: <a href={`tel:${contact.contactPhone.replace(/[^0-9+]/g, "")}`}>{contact.contactPhone}</a>,
    },
    contact.contactEmail && {
      term: "Email",
      value: <a href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</a>,
    },
    contact.contactAddress && {
      term: "Write to us",
      value: <address className="whitespace-pre-line not-italic">{contact.contactAddress}</address>,
    },
    contact.openingHours && {
      term: "Opening hours",
      value: <span className="whitespace-pre-line">{contact.openingHours}</span>,
    },
  ].filter((row): row is { term: string; value: React.JSX.Element } => Boolean(row));
  if (rows.length === 0)
    return <p className="mb-4">Ask your involvement officer, or call the number on your tenancy papers.</p>;
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="font-bold">{row.term}</dt>
          <dd className="mb-2 break-words sm:mb-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
};
