/**
 * Where a source link may point. Read by tests/sources.test.ts, never by the app: a link must be
 * https, on a host of `allowedSourceHosts` (publishers, guideline bodies, regulators, NHS bodies and
 * identifier resolvers). The hosts a link may never use are listed with that test
 * (tests/banned-source-domains.ts), so that their names appear nowhere in the product.
 */

/** Exact host names. A new source on another host needs a reason to be trusted, added here. */
export const allowedSourceHosts: readonly string[] = [
  // Identifier resolvers and the US National Library of Medicine.
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  // Guideline bodies, regulators and the NHS.
  'www.nice.org.uk',
  'cks.nice.org.uk',
  'www.gov.uk',
  'www.fda.gov',
  'aasm.org',
  'www.rcog.org.uk',
  'www.boa.ac.uk',
  'gettingitrightfirsttime.co.uk',
  'www.nhs.uk',
  'nidirect.gov.uk',
  'gpcpd.heiw.wales',
  'rightdecisions.scot.nhs.uk',
  'apps.nhslothian.scot',
  'northeast.devonformularyguidance.nhs.uk',
  'qehbpathology.uk',
  // Publishers and their clinical references.
  'bestpractice.bmj.com',
  'emedicine.medscape.com',
  'medlink.com',
  'sleepdisorders.thensf.org',
  'www.mayoclinicproceedings.org',
  'www.merckmanuals.com',
  'www.msdmanuals.com',
  // Measurement catalogues and institutional records.
  'www.phenxtoolkit.org',
  'database.cosmin.nl',
  'pure.johnshopkins.edu',
];

/** True when the host is the domain or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Why a link may not be used, or null when it may: not https, a port or a bare IP address (library
 * proxies and mirrors), or a host not on the allow-list.
 */
export function linkProblem(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  if (url.port !== '') return 'has a port (a proxy or mirror)';
  if (/^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[')) return 'bare IP address';
  if (!allowedSourceHosts.includes(url.hostname)) return 'host not on the allow-list';
  return null;
}
