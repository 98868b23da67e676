import type { CustomerSummary, DiscountTypeChoice, ServiceChoice, SidebarData } from '../contract/types';
import { customerSearch, findCustomers, phoneDigits, type CustomerSearch } from '../domain/search';
import { Formats } from './format';

/**
 * What the sidebar loaded, held in the page: search runs here, as the owner types, without
 * asking the server again. Customers saved from this sidebar are added to it.
 */
export class Shop {
  formats: Formats;
  private search: CustomerSearch;

  constructor(public data: SidebarData) {
    this.formats = new Formats(data.money);
    this.search = this.index();
  }

  /** Fresh data from the sheets, for every view holding this shop. */
  replace(data: SidebarData): void {
    this.data = data;
    this.formats = new Formats(data.money);
    this.search = this.index();
  }

  private index(): CustomerSearch {
    // The search reads IDs, names and phones; the rest of a sheet row is not needed here.
    return customerSearch(this.data.customers.map((c) => ({ ...c, row: 0, email: '', tier: '', joined: null, notes: '' })));
  }

  find(query: string): CustomerSummary[] {
    return findCustomers(this.search, query).map((i) => this.data.customers[i]);
  }

  customer(id: string): CustomerSummary | undefined {
    const key = id.trim().toUpperCase();
    return this.data.customers.find((c) => c.id.trim().toUpperCase() === key);
  }

  /** Another customer on the same phone, if any. */
  phoneHolder(phone: string): CustomerSummary | undefined {
    const digits = phoneDigits(phone);
    return digits === '' ? undefined : this.data.customers.find((c) => phoneDigits(c.phone) === digits);
  }

  /** A new or changed customer (a new tier after a visit). */
  keep(customer: CustomerSummary): void {
    const at = this.data.customers.findIndex((c) => c.id === customer.id);
    if (at >= 0) this.data.customers[at] = customer;
    else this.data.customers.push(customer);
    this.search = this.index();
  }

  service(id: string): ServiceChoice | undefined {
    return this.data.services.find((s) => s.id === id);
  }

  activeServices(): ServiceChoice[] {
    return this.data.services.filter((s) => s.active);
  }

  /** A type made from the sidebar: it can be sold at once, without loading the sheets again. */
  addDiscountType(type: DiscountTypeChoice): void {
    this.data.discountTypes.push(type);
  }

  discountType(id: string): DiscountTypeChoice | undefined {
    return this.data.discountTypes.find((d) => d.id === id);
  }
}
