"use client";

// Replaces the root layout when it fails, so it brings its own <html>.
const GlobalError = () => (
  <html lang="en-GB">
    <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
      <main>
        <h1>Sorry, there is a problem with the service</h1>
        <p>Nothing you entered has been saved. Try again later.</p>
      </main>
    </body>
  </html>
);

export default GlobalError;
