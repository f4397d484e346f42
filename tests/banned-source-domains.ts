/**
 * Hosts a source link must never use (tests/sources.test.ts checks every link against them): the
 * banned domains and the secondary or trade pages of the team's source audit. They live with the
 * test, so that their names appear nowhere in the product.
 */
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
