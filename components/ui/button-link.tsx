import Link from "next/link";
import { buttonProps, type ButtonKind } from "./button-styles";

/** A link that looks like a button: it leads to a page (often a confirmation page) rather than changing anything. */
export const ButtonLink = ({
  href,
  children,
  kind = "primary",
}: {
  href: string;
  children: React.ReactNode;
  kind?: ButtonKind;
}) => (
  <Link href={href} {...buttonProps(kind)}>
    {children}
  </Link>
);
