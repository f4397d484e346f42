/**
 * Where a source link may point. Read by tests/sources.test.ts, never by the app: a link must be
 * https, on a host of `allowedSourceHosts` (publishers, guideline bodies, regulators, NHS bodies and
 * identifier resolvers), and on none of `bannedSourceDomains`.
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

/**
 * Never linked, to anyone: pirate, proxy and scraped copies, AI-written summaries, blogs re-hosting
 * others' work, vendor and pharmacy pages, and unofficial database mirrors. A domain bans its
 * subdomains too.
 */
export const bannedSourceDomains: readonly string[] = [
  'uptodatefree.ir',
  'bibliotheek.ehb.be',
  'droracle.ai',
  'clinicalcommander.com',
  'info.5y1.org',
  'studyres.com',
  'docslib.org',
  'vdocument.in',
  'blogg.se',
  'health-trail.com',
  'emblogs.org',
  'neuroplasticarts.org',
  'aneskey.com',
  'download.skyscape.com',
  'acemap.info',
  'doctoori.net',
  'zana.com',
  'drpharmacy.uk',
  'clincalcpro.com',
  'kramesonlinedemo.kramesonline.com',
  'paperexplained.cn',
  'sleepcited.com',
  'suppr.wilddata.cn',
  'booksci.cn',
  'laibokeji.com',
  'pubmedcentralcanada.ca',
  'revistanefrologia.com',
];

/** Secondary or trade pages: not banned outright, but never a source of evidence here. */
export const notEvidenceDomains: readonly string[] = [
  'psychcentral.com', 'neuro-depesche.de', 'nursing-notebook.com', 'nursingcenter.com', 'the-rheumatologist.org',
  'painpluscpn.ca', 'thoracicandsleep.com.au', 'parallelparliament.co.uk', 'nbmedical.com', 'pulsetoday.co.uk',
  'mims.co.uk', 'apneanews.com', 'hcn.health', 'gpreasoning.uk', 'fpnotebook.com', 'middlesexhealth.org',
  'patientcareonline.com', 'misc.medscape.com', 'stanfordhealthcare.org', 'insights.ovid.com', 'remedy.bnssg.icb.nhs.uk',
];

/** True when the host is the domain or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Why a link may not be used, or null when it may: not https, a port or a bare IP address (library
 * proxies and mirrors), a banned or non-evidence domain, or a host not on the allow-list.
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
  if (bannedSourceDomains.some((d) => hostIsUnder(url.hostname, d))) return 'banned domain';
  if (notEvidenceDomains.some((d) => hostIsUnder(url.hostname, d))) return 'secondary or trade page';
  if (!allowedSourceHosts.includes(url.hostname)) return 'host not on the allow-list';
  return null;
}
