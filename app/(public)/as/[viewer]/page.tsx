import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { getLandlord } from "@/lib/landlord/queries";

const LandingPage = async () => {
  const landlord = await getLandlord();
  return (
    <>
      <PageHeading caption={landlord.name}>Have your say about your home and services</PageHeading>
      <p className="mb-4 max-w-2xl">
        Involve is where {landlord.name} asks tenants and other customers what they think, and shows what changed
        because of it.
      </p>
      <h2 className="mb-2 mt-8 text-2xl font-bold">What you can do here</h2>
      <ul className="mb-8 max-w-2xl list-disc space-y-1 pl-6">
        <li>
          answer <Link href="/consultations">consultations</Link> and surveys
        </li>
        <li>
          <Link href="/events">find events</Link>
        </li>
        <li>
          see what we did with what you told us: <Link href="/you-said-we-did">You said, We did</Link>
        </li>
        <li>
          read <Link href="/survey-results">what tenants told us in our satisfaction survey</Link>
        </li>
      </ul>
      <p>
        <Link href="/sign-in" className="text-xl font-bold">
          Sign in to Involve
        </Link>
      </p>
    </>
  );
};

export default LandingPage;
