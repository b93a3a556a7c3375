const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const quantities = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const millions = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
const day = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** Fraction digits that keep three significant digits of an amount under $1 (never fewer than cents). */
function centsAndBeyond(amount: number): number {
  return Math.min(20, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(amount)))));
}

/**
 * Dollars, with as many decimals as a small non-zero cost needs not to read as $0.00.
 * @example formatUsd(0.0504) // "$0.0504"; formatUsd(80.592) // "$80.59"
 */
export function formatUsd(amount: number): string {
  if (amount === 0 || Math.abs(amount) >= 1) return dollars.format(amount);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: centsAndBeyond(amount),
  }).format(amount);
}

/** A unit price exactly as the table gives it: $0.015, $0.10. */
export function formatUnitPrice(amount: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 8,
  }).format(amount);
}

/** Three significant digits; millions and more in compact form (3.6M). */
export function formatQuantity(value: number): string {
  return Math.abs(value) >= 1e6 ? millions.format(value) : quantities.format(value);
}

/** A YYYY-MM-DD date in words, the same on the server and in every time zone. */
export function formatDay(isoDate: string): string {
  return day.format(new Date(`${isoDate}T00:00:00Z`));
}
