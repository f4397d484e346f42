/**
 * The reference list: every source a rule, reason or text of the product rests on, with its canonical
 * link (a DOI through doi.org, a PubMed or PMC record, or the issuing body's own page) and whether it
 * may be shown to patients. Sources that are paywalled, technical or written for another health system
 * are for the clinician view only. docs/clinical-basis.md, "References", lists them with their use;
 * the hosts they may live on, and the hosts they never may, are in ./source-hosts.ts.
 *
 * Ids: S-numbers are the team's original numbering and keep their meaning; sources added later to
 * replace a weak or mirrored one have descriptive ids (author and year, or publisher and topic).
 * `label`: G guideline, classification or regulator; P primary study or systematic review; R review;
 * I patient information. `verified: false` marks a link or identifier that was not confirmed when the
 * list was made: check it before release.
 */
export interface Source {
  label: 'G' | 'P' | 'R' | 'I';
  citation: string;
  url: string;
  patientVisible: boolean;
  verified: boolean;
}

export const sources = {
  S1: { label: 'G', patientVisible: false, verified: true, citation: 'Allen RP, Picchietti DL, Garcia-Borreguero D, Ondo WG, Walters AS, Winkelman JW, Zucconi M, Ferri R, Trenkwalder C, Lee HB; IRLSSG. Restless legs syndrome/Willis–Ekbom disease diagnostic criteria: updated IRLSSG consensus criteria – history, rationale, description, and significance. Sleep Med 2014;15(8):860–873', url: 'https://doi.org/10.1016/j.sleep.2014.03.025' },
  S2: { label: 'G', patientVisible: false, verified: true, citation: 'Health Education and Improvement Wales (HEIW) GP CPD. Restless legs syndrome: the diagnostic criteria (IRLSSG 2014 criteria and specifiers)', url: 'https://gpcpd.heiw.wales/clinical/restless-legs-syndrome/the-diagnostic-criteria/' },
  S4: { label: 'G', patientVisible: false, verified: false, citation: 'NHS Highland (Right Decisions). Restless leg syndrome (RLS) guidelines: adult therapeutic guidelines', url: 'https://rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/adult-therapeutic-guidelines/nervous-system/restless-leg-syndrome-rls-guidelines' },
  S5: { label: 'R', patientVisible: false, verified: false, citation: 'BMJ Best Practice. Restless legs syndrome (criteria and differentials). Subscription', url: 'https://bestpractice.bmj.com/topics/en-us/65' },
  S6: { label: 'P', patientVisible: false, verified: true, citation: 'Hening WA, et al. The four diagnostic criteria for restless legs syndrome are unable to exclude confounding conditions ("mimics"). Sleep Med 2009;10(9):976–981', url: 'https://doi.org/10.1016/j.sleep.2008.09.015' },
  S8: { label: 'R', patientVisible: true, verified: true, citation: 'Garcia-Borreguero D, Stillman P, Benes H, Buschmann H, Chaudhuri KR, Gonzalez Rodríguez VM, Högl B, Kohnen R, Monti GC, Stiasny-Kolster K, Trenkwalder C, Williams AM, Zucconi M. Algorithms for the diagnosis and treatment of restless legs syndrome in primary care. BMC Neurol 2011;11:28', url: 'https://doi.org/10.1186/1471-2377-11-28' },
  S9: { label: 'R', patientVisible: false, verified: false, citation: 'Bozorg AM; Benbadis SR (ed.). Restless legs syndrome: differential diagnoses and workup. Medscape/eMedicine, updated January 2022', url: 'https://emedicine.medscape.com/article/1188327-overview' },
  S10: { label: 'G', patientVisible: false, verified: true, citation: 'NHS Lothian RefHelp. Restless legs syndrome (RLS): advice for GPs from Neurology', url: 'https://apps.nhslothian.scot/refhelp/guidelines/neurology/restless-legs-syndrome-rls/' },
  S12: { label: 'P', patientVisible: false, verified: true, citation: 'Validation of the self-completed Cambridge-Hopkins questionnaire (CH-RLSq) for ascertainment of restless legs syndrome (RLS) in a population survey. Sleep Med 2009;10(10):1097–1100', url: 'https://doi.org/10.1016/j.sleep.2008.10.007' },
  S14: { label: 'P', patientVisible: false, verified: true, citation: 'Ferri R, Lanuzza B, Cosentino FII, et al. A single question for the rapid screening of restless legs syndrome in the neurological clinical practice. Eur J Neurol 2007;14(9):1016–1021', url: 'https://doi.org/10.1111/j.1468-1331.2007.01862.x' },
  S15: { label: 'P', patientVisible: false, verified: true, citation: 'Reliability and validity of two self-administered questionnaires for screening restless legs syndrome in population-based studies. Sleep Med 2010;11(2):154–160', url: 'https://doi.org/10.1016/j.sleep.2009.01.012' },
  S16: { label: 'P', patientVisible: false, verified: true, citation: 'Walters AS, et al.; International Restless Legs Syndrome Study Group. Validation of the International Restless Legs Syndrome Study Group rating scale for restless legs syndrome. Sleep Med 2003;4(2):121–132', url: 'https://doi.org/10.1016/S1389-9457(02)00258-7' },
  S17: { label: 'G', patientVisible: false, verified: true, citation: 'PhenX Toolkit. Protocol 131401, Symptoms of restless legs syndrome (the IRLS is a proprietary instrument available from MAPI)', url: 'https://www.phenxtoolkit.org/protocols/view/131401' },
  S19: { label: 'R', patientVisible: false, verified: false, citation: 'Walters AS, Frauscher B, Allen R, et al.; International Parkinson and Movement Disorder Society task force. Review of severity rating scales for restless legs syndrome: critique and recommendations. Mov Disord Clin Pract 2014 (record in the COSMIN database; DOI to confirm)', url: 'https://database.cosmin.nl/catalog/635' },
  S21: { label: 'R', patientVisible: false, verified: true, citation: 'Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86(4):350–355', url: 'https://pubmed.ncbi.nlm.nih.gov/22963024/' },
  S22: { label: 'R', patientVisible: false, verified: true, citation: 'National Sleep Foundation. Sleep Disorders, chapter 7: sleep-related leg cramps (assessment and diagnosis)', url: 'https://sleepdisorders.thensf.org/chapter-7-sleep-related-movement-disorders/sleep-related-leg-cramps/assessment-and-diagnosis-of-sleep-related-leg-cramps/' },
  S23: { label: 'R', patientVisible: false, verified: false, citation: 'MedLink Neurology. Sleep-related leg cramps (updated 9 August 2024). Subscription', url: 'https://medlink.com/articles/sleep-related-leg-cramps' },
  S24: { label: 'P', patientVisible: true, verified: true, citation: 'Hallegraeff J, de Greef M, Krijnen W, van der Schans C. Criteria in diagnosing nocturnal leg cramps: a systematic review. BMC Fam Pract 2017;18:29', url: 'https://doi.org/10.1186/s12875-017-0600-x' },
  S25: { label: 'G', patientVisible: true, verified: true, citation: 'NICE Clinical Knowledge Summaries. Leg cramps', url: 'https://cks.nice.org.uk/topics/leg-cramps/' },
  S26: { label: 'G', patientVisible: false, verified: true, citation: 'Katzberg HD, Khan AH, So YT. Assessment: symptomatic treatment for muscle cramps (an evidence-based review). Report of the Therapeutics and Technology Assessment Subcommittee of the American Academy of Neurology. Neurology 2010;74(8):691–696', url: 'https://doi.org/10.1212/WNL.0b013e3181d0ccca' },
  S27: { label: 'G', patientVisible: true, verified: true, citation: 'US Food and Drug Administration. Drug Safety Communication: new risk management plan and patient Medication Guide for Qualaquin (quinine sulfate), 8 July 2010', url: 'https://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm218202.htm' },
  S28: { label: 'G', patientVisible: true, verified: true, citation: 'Medicines and Healthcare products Regulatory Agency. Quinine: not to be used routinely for nocturnal leg cramps. Drug Safety Update, June 2010', url: 'https://www.gov.uk/drug-safety-update/quinine-not-to-be-used-routinely-for-nocturnal-leg-cramps' },
  S29: { label: 'P', patientVisible: true, verified: true, citation: 'El-Tawil S, Al Musa T, Valli H, Lunn MPT, Brassington R, El-Tawil T, Weber M. Quinine for muscle cramps. Cochrane Database Syst Rev 2015;(4):CD005044', url: 'https://doi.org/10.1002/14651858.CD005044.pub3' },
  S30: { label: 'P', patientVisible: true, verified: true, citation: 'Garrison SR, Korownyk CS, Kolber MR, et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev 2020;9:CD009402', url: 'https://doi.org/10.1002/14651858.CD009402.pub3' },
  S31: { label: 'P', patientVisible: true, verified: true, citation: 'Hallegraeff JM, van der Schans CP, de Ruiter R, de Greef MH. Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial. J Physiother 2012;58(1):17–22', url: 'https://doi.org/10.1016/S1836-9553(12)70068-1' },
  S32: { label: 'P', patientVisible: true, verified: true, citation: 'Coppin RJ, Wicke DM, Little PS. Managing nocturnal leg cramps — calf-stretching exercises and cessation of quinine treatment: a factorial randomised controlled trial. Br J Gen Pract 2005;55(512):186–191', url: 'https://pubmed.ncbi.nlm.nih.gov/15808033/' },
  S33: { label: 'P', patientVisible: false, verified: true, citation: 'Garrison SR, Dormuth CR, Morrow RL, Carney GA, Khan KM. Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis. Arch Intern Med 2012;172(2):120–126', url: 'https://doi.org/10.1001/archinternmed.2011.1029' },
  S34: { label: 'R', patientVisible: false, verified: false, citation: 'ICSD-3 (American Academy of Sleep Medicine 2014) criteria for periodic limb movement disorder, as tabulated (table 4) in a review in Clin Neurophysiol Pract 2022;7:285–316 (title and authors to confirm)', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9619152/' },
  S35: { label: 'R', patientVisible: false, verified: false, citation: 'BMJ Best Practice. Periodic limb movement disorder. Subscription', url: 'https://bestpractice.bmj.com/topics/en-us/1169' },
  S36: { label: 'P', patientVisible: false, verified: true, citation: 'Moro M, Goparaju B, Castillo J, Alameddine Y, Bianchi M. Periodic limb movements of sleep: empirical and theoretical evidence supporting objective at-home monitoring. Nat Sci Sleep 2016;8:277–289', url: 'https://doi.org/10.2147/NSS.S101753' },
  S37: { label: 'P', patientVisible: false, verified: true, citation: 'Martin BT, Williamson BD, Edwards N, Teng AY. Parental symptom report and periodic limb movements of sleep in children. J Clin Sleep Med 2008;4(1):57–61', url: 'https://pubmed.ncbi.nlm.nih.gov/18350964/' },
  S39: { label: 'G', patientVisible: false, verified: true, citation: 'Winkelman JW, Berkowski JA, DelRosso LM, Koo BB, Scharf MT, Sharon D, Zak RS, Kazmi U, Falck-Ytter Y, Shelgikar AV, Trotti LM, Walters AS. Treatment of restless legs syndrome and periodic limb movement disorder: an American Academy of Sleep Medicine clinical practice guideline. J Clin Sleep Med 2024 (online 26 September 2024)', url: 'https://doi.org/10.5664/jcsm.11390' },
  S40: { label: 'G', patientVisible: true, verified: true, citation: 'Berkowski JA, Winkelman JW. Summary of new clinical practice guideline for RLS and PLMD. American Academy of Sleep Medicine, 2024', url: 'https://aasm.org/summary-of-new-clinical-practice-guideline-for-rls-and-plmd' },
  S41b: { label: 'G', patientVisible: false, verified: true, citation: 'Aurora RN, et al. The treatment of restless legs syndrome and periodic limb movement disorder in adults — an update for 2012: practice parameters with an evidence-based systematic review and meta-analyses. An American Academy of Sleep Medicine clinical practice guideline. Sleep 2012;35(8):1039–1062 (superseded by the 2024 guideline)', url: 'https://pubmed.ncbi.nlm.nih.gov/22851801/' },
  S42: { label: 'G', patientVisible: false, verified: true, citation: 'Winkelman JW, Armstrong MJ, Allen RP, Chaudhuri KR, Ondo W, Trenkwalder C, Zee PC, Gronseth GS, Gloss D, Zesiewicz T. Practice guideline summary: treatment of restless legs syndrome in adults. Report of the Guideline Development, Dissemination, and Implementation Subcommittee of the American Academy of Neurology. Neurology 2016;87(24):2585–2593', url: 'https://doi.org/10.1212/WNL.0000000000003388' },
  S43: { label: 'G', patientVisible: false, verified: true, citation: 'Allen RP, Picchietti DL, Auerbach M, Cho YW, Connor JR, et al. Evidence-based and consensus clinical practice guidelines for the iron treatment of restless legs syndrome/Willis-Ekbom disease in adults and children: an IRLSSG task force report. Sleep Med 2018;41:27–44', url: 'https://doi.org/10.1016/j.sleep.2017.11.1126' },
  S44: { label: 'P', patientVisible: false, verified: true, citation: 'Sun ER, Chen CA, Ho G, Earley CJ, Allen RP. Iron and the restless legs syndrome. Sleep 1998;21(4):371–377', url: 'https://pubmed.ncbi.nlm.nih.gov/9646381/' },
  S46: { label: 'R', patientVisible: false, verified: true, citation: 'Silber MH, Buchfuhrer MJ, Earley CJ, Koo BB, Manconi M, Winkelman JW; Scientific and Medical Advisory Board of the Restless Legs Syndrome Foundation. The management of restless legs syndrome: an updated algorithm. Mayo Clin Proc 2021;96(7):1921–1937', url: 'https://www.mayoclinicproceedings.org/article/S0025-6196(20)31489-0/fulltext' },
  S47: { label: 'P', patientVisible: false, verified: true, citation: 'The influence of antidepressants on restless legs syndrome and periodic limb movements: a systematic review. Sleep Med Rev 2018;38:131–140', url: 'https://doi.org/10.1016/j.smrv.2017.06.002' },
  S50: { label: 'P', patientVisible: false, verified: true, citation: 'Dunietz GL, Lisabeth LD, Shedden K, et al. Restless legs syndrome and sleep-wake disturbances in pregnancy. J Clin Sleep Med 2017;13(7):863–870', url: 'https://doi.org/10.5664/jcsm.6654' },
  S51: { label: 'P', patientVisible: false, verified: true, citation: 'Ozdogar AT, Kalron A. Restless legs syndrome in people with multiple sclerosis: an updated systematic review and meta-analyses. Mult Scler Relat Disord 2021;56:103275', url: 'https://doi.org/10.1016/j.msard.2021.103275' },
  S51b: { label: 'P', patientVisible: false, verified: true, citation: 'Schürks M, Bussfeld P. Multiple sclerosis and restless legs syndrome: a systematic review and meta-analysis. Eur J Neurol 2013', url: 'https://doi.org/10.1111/j.1468-1331.2012.03873.x' },
  S52: { label: 'R', patientVisible: false, verified: true, citation: 'Hening W, Allen RP, Tenzer P, Winkelman JW. Restless legs syndrome: demographics, presentation, and differential diagnosis. Geriatrics 2007;62(9):26–29', url: 'https://pure.johnshopkins.edu/en/publications/restless-legs-syndrome-demographics-presentation-and-differential-3' },
  S53: { label: 'R', patientVisible: false, verified: true, citation: 'Yeh P, Walters AS, Tsuang JW. Restless legs syndrome: a comprehensive overview on its epidemiology, risk factors, and treatment. Sleep Breath 2012;16(4):987–1007', url: 'https://doi.org/10.1007/s11325-011-0606-x' },
  S54: { label: 'G', patientVisible: true, verified: true, citation: 'National Institute for Health and Care Excellence. Venous thromboembolic diseases: diagnosis, management and thrombophilia testing. NICE guideline NG158, 2020', url: 'https://www.nice.org.uk/guidance/ng158' },
  S55: { label: 'I', patientVisible: true, verified: true, citation: 'nidirect (Northern Ireland government, NHS content). Leg cramps', url: 'https://nidirect.gov.uk/node/10453' },
  S56: { label: 'G', patientVisible: false, verified: true, citation: 'NHS Devon. Acute limb ischaemia: referral guidance (Northern locality, vascular)', url: 'https://northeast.devonformularyguidance.nhs.uk/referral-guidance/northern-locality/vascular/acute-limb-ischaemia' },
  S60: { label: 'I', patientVisible: true, verified: true, citation: 'Merck Manual Consumer Version. Some causes of muscle cramps (table)', url: 'https://www.merckmanuals.com/home/multimedia/table/v6592963' },
  S62: { label: 'R', patientVisible: false, verified: true, citation: 'Tipton PW, Wszolek ZK. Restless legs syndrome and nocturnal leg cramps: a review and guide to diagnosis and treatment. Pol Arch Intern Med 2017;127(12):865–872', url: 'https://doi.org/10.20452/pamw.4148' },
  S67: { label: 'R', patientVisible: false, verified: true, citation: 'Drakatos P, Olaithe M, Verma D, Ilic K, Cash D, Fatima Y, Higgins S, Young AH, Chaudhuri KR, Steier J, Skinner T, Bucks R, Rosenzweig I. Periodic limb movements during sleep: a narrative review. J Thorac Dis 2021;13(11):6476–6494', url: 'https://doi.org/10.21037/jtd-21-1353' },
  S70: { label: 'P', patientVisible: false, verified: true, citation: 'Fuhs A, et al. Cohort study (COR-study) of 2,751 members of German and Swiss RLS patient organisations: course of RLS severity. PLoS One 2014;9(4):e94821', url: 'https://doi.org/10.1371/journal.pone.0094821' },
  S71: { label: 'P', patientVisible: false, verified: true, citation: 'Beladi-Mousavi SS, et al. Restless legs syndrome: associated risk factors in hemodialysis patients. Nephro-Urol Mon 2015;7(6):e31967', url: 'https://doi.org/10.5812/numonthly.31967' },

  benes2007: { label: 'R', patientVisible: false, verified: true, citation: 'Benes H, Walters AS, Allen RP, Hening WA, Kohnen R. Definition of restless legs syndrome, how to diagnose it, and how to differentiate it from RLS mimics. Mov Disord 2007;22(Suppl 18):S401–S408', url: 'https://doi.org/10.1002/mds.21604' },
  dsm5: { label: 'G', patientVisible: false, verified: true, citation: 'American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, 5th edition (DSM-5). Arlington, VA: APA; 2013 (restless legs syndrome)', url: 'https://doi.org/10.1176/appi.books.9780890425596' },
  lohr2015: { label: 'R', patientVisible: false, verified: true, citation: 'Lohr JB, et al. The clinical challenges of akathisia. CNS Spectr 2015', url: 'https://doi.org/10.1017/S1092852915000838' },
  brown2015: { label: 'R', patientVisible: false, verified: true, citation: 'Brown TM. Sleep-related leg cramps: a review and suggestions for future research. Sleep Med Clin 2015;10(3):385–392', url: 'https://doi.org/10.1016/j.jsmc.2015.05.002' },
  heiwRlsSummary: { label: 'G', patientVisible: false, verified: true, citation: 'Health Education and Improvement Wales (HEIW) GP CPD. Restless legs syndrome: summary', url: 'https://gpcpd.heiw.wales/clinical/restless-legs-syndrome/summary/' },
  nhsDvt: { label: 'I', patientVisible: true, verified: true, citation: 'NHS. Deep vein thrombosis (DVT)', url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  rcogGtg37b: { label: 'G', patientVisible: false, verified: true, citation: 'Royal College of Obstetricians and Gynaecologists. Thromboembolic disease in pregnancy and the puerperium: acute management. Green-top Guideline No. 37b, 2015', url: 'https://www.rcog.org.uk/en/guidelines-research-services/guidelines/gtg37b/' },
  nhsPulmonaryEmbolism: { label: 'I', patientVisible: true, verified: true, citation: 'NHS. Pulmonary embolism', url: 'https://www.nhs.uk/conditions/pulmonary-embolism/' },
  esvs2020: { label: 'G', patientVisible: false, verified: true, citation: 'Björck M, et al. European Society for Vascular Surgery (ESVS) 2020 clinical practice guidelines on the management of acute limb ischaemia. Eur J Vasc Endovasc Surg 2020;59(2):173–218', url: 'https://doi.org/10.1016/j.ejvs.2019.09.006' },
  boast10: { label: 'G', patientVisible: false, verified: true, citation: 'British Orthopaedic Association. BOAST: diagnosis and management of compartment syndrome of the limbs (BOAST 10, 2014)', url: 'https://www.boa.ac.uk/resources/boast-10-pdf.html' },
  nhsCompartmentSyndrome: { label: 'I', patientVisible: true, verified: true, citation: 'NHS. Compartment syndrome', url: 'https://www.nhs.uk/conditions/compartment-syndrome/' },
  bosch2009: { label: 'R', patientVisible: false, verified: true, citation: 'Bosch X, Poch E, Grau JM. Rhabdomyolysis and acute kidney injury. N Engl J Med 2009;361(1):62–72', url: 'https://doi.org/10.1056/NEJMra0801327' },
  huerta2005: { label: 'R', patientVisible: false, verified: true, citation: 'Huerta-Alardín AL, Varon J, Marik PE. Bench-to-bedside review: rhabdomyolysis – an overview for clinicians. Crit Care 2005;9(2):158–169', url: 'https://doi.org/10.1186/cc2978' },
  msdRhabdomyolysis: { label: 'I', patientVisible: true, verified: true, citation: 'MSD Manual Consumer Version. Rhabdomyolysis', url: 'https://www.msdmanuals.com/home/kidney-and-urinary-tract-disorders/kidney-failure/rhabdomyolysis' },
  girftCaudaEquina: { label: 'G', patientVisible: false, verified: true, citation: 'Getting It Right First Time (GIRFT), NHS England. National suspected cauda equina syndrome pathway, 2023', url: 'https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/' },
  cksSciatica: { label: 'G', patientVisible: false, verified: false, citation: 'NICE Clinical Knowledge Summaries. Sciatica (lumbar radiculopathy)', url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/' },
  nhsCaudaEquina: { label: 'I', patientVisible: true, verified: true, citation: 'NHS. Cauda equina syndrome', url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/' },
  nhsTetanus: { label: 'I', patientVisible: true, verified: true, citation: 'NHS. Tetanus', url: 'https://www.nhs.uk/conditions/tetanus/' },
  nhsOedema: { label: 'I', patientVisible: true, verified: false, citation: 'NHS. Swollen ankles, feet and legs (oedema)', url: 'https://www.nhs.uk/conditions/oedema/' },
  nidirectThirst: { label: 'I', patientVisible: true, verified: true, citation: 'nidirect (Northern Ireland government, NHS content). Thirst', url: 'https://nidirect.gov.uk/node/10586' },
  niceEsuom20: { label: 'I', patientVisible: true, verified: true, citation: 'National Institute for Health and Care Excellence. Evidence summary ESUOM20, information for the public: what is postural hypotension?', url: 'https://www.nice.org.uk/advice/esuom20/ifp/chapter/what-is-postural-hypotension' },
  uhbIron: { label: 'G', patientVisible: false, verified: true, citation: 'University Hospitals Birmingham NHS Foundation Trust, pathology test directory. Iron (serum)', url: 'https://qehbpathology.uk/clinical-chemistry-tests/item/iron-serum-2' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];

/** Who a page is for: patients see only patient-visible sources; clinicians see all. */
export type Audience = 'patient' | 'clinician';

/** The citations of a statement that may be shown to this audience, in the order given. */
export function citationsFor(audience: Audience, ids: readonly SourceId[]): SourceId[] {
  return audience === 'clinician' ? [...ids] : ids.filter((id) => sources[id].patientVisible);
}

/**
 * Sources kept in the list although no rule or text cites them, and why: the clinical basis rests on
 * them (docs/clinical-basis.md names them), and a reviewer should be able to follow them up.
 */
export const backgroundSources: Partial<Record<SourceId, string>> = {
  S12: 'Validated RLS screening questionnaire (CH-RLSq); informed the wording of the RLS questions.',
  S14: 'Validated single screening question for RLS; informed the wording of the urge question.',
  S15: 'Validated self-administered RLS screening questionnaires; informed the wording of the RLS questions.',
  S19: 'Why the IRLS is the severity scale the clinician view records.',
  S30: 'Why magnesium is not suggested for cramps.',
  S41b: 'The AASM guideline the 2024 guideline (S39) replaced; kept for history.',
  S42: 'The AAN treatment guideline for RLS; background to the cautions on medicines.',
  S43: 'IRLSSG iron-treatment guideline; background to the iron tests.',
  S60: 'Consumer table of the causes of muscle cramps; a patient-readable overview of what the medicine and condition questions ask about.',
  S62: 'Review of RLS and nocturnal leg cramps side by side; background to telling them apart.',
  S70: 'Cohort study of RLS severity over time; background to recording an IRLS total.',
};
