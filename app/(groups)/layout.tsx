// Every signed-in area has the same frame: header with the person's navigation, main content, footer.
export { SignedInFrame as default } from "@/components/layout/signed-in-frame";
