/**
 * Keeps the reference list trustworthy: every link is https, on a host the project trusts and on no
 * banned host; every source id the code cites exists; every source is used (or says why it is kept);
 * and patients are shown only patient-visible sources. Pure: reads the data and the source files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import { adviceCitations, assessmentCitedFor, softFlagCitations } from '../src/assessment/cited-for';
import {
  advice,
  conditionLinks,
  labRules,
  medicineLinks,
  mimicLabels,
  reasonSources,
  redFlags,
  softFlags,
  type AdviceId,
  type SoftFlagId,
} from '../src/assessment/knowledge';
import { allowedSourceHosts, hostIsUnder, linkProblem } from '../src/catalogue/source-hosts';
import { bannedSourceDomains, notEvidenceDomains } from './banned-source-domains';
import { backgroundSources, sourceIds, sources, type SourceId } from '../src/catalogue/sources';
import { questions } from '../src/catalogue/questions';
import { fixtures } from './fixtures/answers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every quoted source-like id in the app's code, outside the reference list itself, with where it is. */
const quotedIds = filesUnder('src')
  .filter((file) => relative('src', file) !== join('content', 'sources.ts'))
  .flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const known = sourceIds.filter((id) => text.includes(`'${id}'`));
    const numbered = [...text.matchAll(/'(S\d+b?)'/g)].map((m) => m[1]);
    return [...new Set([...known, ...numbered])].map((id) => ({ id, file }));
  });

/** The sources the clinical tables cite, read from the data (not the text). */
const tableIds: SourceId[] = [
  ...Object.values(redFlags).flatMap((f) => f.sources),
  ...Object.values(mimicLabels).flatMap((m) => m.sources),
  ...Object.values(labRules).flatMap((r) => r.sources),
  ...Object.values(medicineLinks).flatMap((m) => m?.sources ?? []),
  ...Object.values(conditionLinks).flatMap((c) => c?.sources ?? []),
  ...Object.values(softFlags).flatMap((f) => f.sources),
  ...Object.values(advice).flatMap((a) => a.sources),
  ...Object.values(reasonSources).flat(),
  ...Object.values(questions).flatMap((q) => q.sources),
];

describe('every source link', () => {
  it.each(sourceIds)('%s is https, on a trusted host and on no banned one', (id) => {
    expect(linkProblem(sources[id].url), sources[id].url).toBeNull();
    const { hostname } = new URL(sources[id].url);
    expect([...bannedSourceDomains, ...notEvidenceDomains].filter((d) => hostIsUnder(hostname, d)), hostname).toEqual([]);
  });

  it('the allow-list trusts no banned or secondary domain', () => {
    for (const host of allowedSourceHosts) {
      expect([...bannedSourceDomains, ...notEvidenceDomains].filter((d) => hostIsUnder(host, d)), host).toEqual([]);
    }
  });

  it('says why a link is refused', () => {
    expect(linkProblem('http://www.nhs.uk/conditions/tetanus/')).toBe('not https');
    expect(linkProblem('https://pro.uptodatefree.ir/Show/101047')).toBe('host not on the allow-list');
    expect(linkProblem('https://bibliotheek.ehb.be:2400/topics/en-us/65')).toBe('has a port (a proxy or mirror)');
    expect(linkProblem('https://47.251.13.51/abstract')).toBe('bare IP address');
    expect(linkProblem('https://psychcentral.com/disorders/x')).toBe('host not on the allow-list');
    expect(linkProblem('https://example.org/paper')).toBe('host not on the allow-list');
    expect(linkProblem('https://doi.org/10.1016/j.sleep.2014.03.025')).toBeNull();
  });

  it('the banned list catches a domain and its subdomains', () => {
    const banned = (host: string) => bannedSourceDomains.some((d) => hostIsUnder(host, d));
    expect(banned('pro.uptodatefree.ir')).toBe(true);
    expect(banned('weloveliner.blogg.se')).toBe(true);
    expect(notEvidenceDomains.some((d) => hostIsUnder('psychcentral.com', d))).toBe(true);
    expect(banned('doi.org')).toBe(false);
  });

  it('cites no AI-written summary, seed article or copy, by name either', () => {
    for (const id of sourceIds) {
      expect(sources[id].citation, id).not.toMatch(/oracle|AI-generated|seed|mirror|as reproduced|copy of/i);
    }
  });
});

describe('every source id', () => {
  it('that the code quotes is in the reference list', () => {
    expect(quotedIds.filter(({ id }) => !(id in sources))).toEqual([]);
  });

  it('that the clinical tables cite is in the reference list', () => {
    expect(tableIds.filter((id) => !(id in sources))).toEqual([]);
  });

  it('in the reference list is cited by the code, or kept as background with a reason', () => {
    const cited = new Set<string>([...tableIds, ...quotedIds.map(({ id }) => id)]);
    const unused = sourceIds.filter((id) => !cited.has(id) && !backgroundSources[id]);
    expect(unused).toEqual([]);
    // A background source that the code cites is no longer background: keep the list honest.
    expect(Object.keys(backgroundSources).filter((id) => cited.has(id))).toEqual([]);
  });
});

describe('what patients are shown', () => {
  const visible = (ids: readonly SourceId[]) => ids.filter((id) => !sources[id].patientVisible);

  it.each(Object.keys(fixtures))('%s: every statement on the patient summary cites patient-visible sources only', (name) => {
    const shown = assessmentCitedFor('patient', assess(fixtures[name as keyof typeof fixtures].answers));
    const cited = [
      ...shown.redFlags.flatMap((f) => f.sources),
      ...Object.values(shown.reasons).flat().flatMap((r) => r.sources),
      ...shown.alerts.flatMap((a) => a.sources),
      ...shown.labDetails.flatMap((l) => l.sources),
      ...shown.contributing.medicines.flatMap((m) => m.sources),
      ...shown.contributing.conditions.flatMap((c) => c.sources),
    ];
    expect(visible(cited)).toEqual([]);
  });

  it('soft flags and first steps cite patient-visible sources only', () => {
    for (const id of Object.keys(softFlags) as SoftFlagId[]) expect(visible(softFlagCitations('patient', id)), id).toEqual([]);
    for (const id of Object.keys(advice) as AdviceId[]) expect(visible(adviceCitations('patient', id)), id).toEqual([]);
  });

  it('the clinician view keeps every source, in the order given', () => {
    const all = assess(fixtures.typicalRls.answers);
    expect(assessmentCitedFor('clinician', all)).toEqual(all);
    expect(softFlagCitations('clinician', 'bothAnklesSwell')).toEqual([...softFlags.bothAnklesSwell.sources]);
  });

  it('a statement whose sources are all for clinicians keeps its place, without a citation', () => {
    const shown = assessmentCitedFor('patient', assess(fixtures.typicalRls.answers));
    expect(shown.reasons.plmd.map((r) => [r.id, r.sources])).toEqual([['plmdRlsTakesPrecedence', []]]);
  });
});
