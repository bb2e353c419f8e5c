import { notFound } from "next/navigation";
import { PublicFrame } from "@/components/layout/public-frame";
import { roleOf } from "@/lib/auth/viewer";

// One copy of each public page per viewer (a stranger, or a role), each rendered on its first request and cached
// like any public page; proxy.ts chooses the copy from the session cookie (docs/decisions/0021).
export const generateStaticParams = async () => [];

const ViewerLayout = async ({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ viewer: string }>;
}) => {
  const role = roleOf((await params).viewer);
  if (role === undefined) notFound();
  return <PublicFrame role={role}>{children}</PublicFrame>;
};

export default ViewerLayout;
