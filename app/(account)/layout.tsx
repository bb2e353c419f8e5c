import { SignedInFrame } from "@/components/layout/signed-in-frame";

const SignedInLayout = ({ children }: { children: React.ReactNode }) => <SignedInFrame>{children}</SignedInFrame>;

export default SignedInLayout;
