import { connection } from "next/server";

// Rendered on every request, like a signed-in page, but reading nothing.
const FloorPage = async () => {
  await connection();
  return (
    <main>
      <h1>Hello</h1>
      <p>A page rendered per request that reads nothing.</p>
    </main>
  );
};

export default FloorPage;
