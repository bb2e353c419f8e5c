/** "None" first: a radio list cannot send an empty choice. */
export const consultationOptions = (consultations: { id: string; title: string }[]) => [
  { value: "none", label: "None" },
  ...consultations.map((consultation) => ({ value: consultation.id, label: consultation.title })),
];
