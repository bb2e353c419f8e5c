import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { CHANNEL_LABEL, CUSTOMER_KIND_LABEL, optionsFrom, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { getSearchFilters, searchCustomers } from "@/lib/people/queries";
import { ZCustomerSearch } from "@/lib/people/schemas";
import { FilterForm } from "@/components/ui/filter-form";
import { count } from "@/lib/format";

export const metadata: Metadata = { title: "Find a customer" };

const CustomersPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  await requireRole(AREA_ROLES.staff);
  const search = ZCustomerSearch.parse(await searchParams);
  const [{ customers, total, page, pages }, filters] = await Promise.all([searchCustomers(search), getSearchFilters()]);
  return (
    <>
      <PageHeading>Find a customer</PageHeading>
      <p className="mb-6">
        <Link href="/staff/customers/import">Import customers and homes from the housing management system</Link>
      </p>
      <FilterForm label="Customers" submit="Search" layout="grid gap-4 md:grid-cols-3">
        <div className="md:col-span-3">
          <label htmlFor="q" className="block font-bold">
            Name, customer reference or postcode
          </label>
          <input
            id="q"
            name="q"
            defaultValue={search.q ?? ""}
            className="mt-1 w-full max-w-xl border-2 border-gray-900 p-2"
          />
        </div>
        <SelectField
          name="area"
          label="Area"
          options={filters.areas.map((a) => ({ value: a.id, label: a.name }))}
          defaultValue={search.area}
        />
        <SelectField name="kind" label="Kind of customer" options={filters.kinds} defaultValue={search.kind} />
        <SelectField
          name="group"
          label="Member of"
          options={filters.groups.map((g) => ({ value: g.id, label: g.name }))}
          defaultValue={search.group}
        />
        <SelectField
          name="channel"
          label="Agreed to contact by"
          options={optionsFrom(CHANNEL_LABEL)}
          defaultValue={search.channel}
        />
        <SelectField
          name="need"
          label="Support to take part"
          options={optionsFrom(SUPPORT_NEED_LABEL)}
          defaultValue={search.need}
        />
      </FilterForm>
      <h2 className="mb-2 text-2xl font-bold" aria-live="polite">
        {count(total, "customer")} found
      </h2>
      {customers.length > 0 && (
        <DataTable
          caption="Customers matching the search"
          rows={customers}
          rowKey={(customer) => customer.id}
          columns={[
            {
              header: "Name",
              cell: (c) => <Link href={`/staff/customers/${c.id}`}>{`${c.firstName} ${c.lastName}`}</Link>,
            },
            { header: "Reference", cell: (c) => c.reference },
            {
              header: "Kind",
              cell: (c) => `${CUSTOMER_KIND_LABEL[c.kind]}${c.status === "FORMER" ? " (former)" : ""}`,
            },
            { header: "Home", cell: (c) => (c.home ? `${c.home.addressLine1}, ${c.home.postcode}` : "No home") },
            { header: "Area", cell: (c) => c.home?.area.name ?? "" },
          ]}
        />
      )}
      <Pager label="Result pages" path="/staff/customers" filters={search} page={page} pages={pages} />
    </>
  );
};

export default CustomersPage;
