/**
 * The sections of the clinician view, each laid out from its part of the view-model
 * (clinician-view.ts): the words and the numbered sources come from there.
 */
import type { ReactNode } from 'react';
import { gpMessages, type ChecklistStatus } from '../content/en-gp';
import { Cite, CitedList, CitedSection } from '../ui/citations';
import type { AnswerLine, Checklist, CitedNote, ClinicianSection } from './clinician-view';

type Section<K extends ClinicianSection['kind']> = Extract<ClinicianSection, { kind: K }>;

function Noted({ note }: { note: CitedNote }) {
  return (
    <>
      {note.text}
      <Cite citations={note.citations} />
    </>
  );
}

function Heading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 className="app-heading-m" id={id}>
      {children}
    </h2>
  );
}

export function RedFlagsSection({ section }: { section: Section<'redFlags'> }) {
  const t = gpMessages.clinician;
  return (
    <section className="app-gp-red-flags" aria-labelledby="gp-red-flags-title">
      <h2 className="app-heading-m app-gp-red-flags__title" id="gp-red-flags-title">
        {t.redFlagsTitle}: {section.tier}
      </h2>
      <CitedList items={section.flags} className="app-list" />
      {section.maternity && (
        <p>
          <strong>{t.maternity}</strong>
        </p>
      )}
      <p>
        <Noted note={section.scoringStopped} />
      </p>
    </section>
  );
}

export function PaediatricSection({ section }: { section: Section<'paediatric'> }) {
  return (
    <section aria-labelledby="gp-paediatric-title" className="app-inset">
      <h3 className="app-heading-s app-gp__flush" id="gp-paediatric-title">
        {gpMessages.clinician.paediatricTitle}
      </h3>
      <p>
        <Noted note={section.note} />
      </p>
    </section>
  );
}

export function BandsSection({ section }: { section: Section<'bands'> }) {
  const t = gpMessages.clinician;
  return (
    <section aria-labelledby="gp-bands-title">
      <Heading id="gp-bands-title">{t.bandsTitle}</Heading>
      <table className="app-gp-table">
        <caption className="app-visually-hidden">{t.bandsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.conditionHeader}</th>
            <th scope="col">{t.bandHeader}</th>
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.condition} data-condition={row.condition} data-band={row.band}>
              <th scope="row">{row.name}</th>
              <td>
                <strong className="app-gp-band">{t.bandWords[row.band]}</strong>
                <CitedList items={row.reasons} className="app-gp-table__list" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="app-hint">{t.bandNote}</p>
    </section>
  );
}

export function CriteriaSection({ section }: { section: Section<'criteria'> }) {
  const t = gpMessages.clinician;
  return (
    <section aria-labelledby="gp-criteria-title">
      <Heading id="gp-criteria-title">{t.criteriaTitle}</Heading>
      <p>{t.criteriaLead}</p>
      {section.checklists.map((checklist) => (
        <ChecklistTable key={checklist.id} checklist={checklist} />
      ))}
    </section>
  );
}

function ChecklistTable({ checklist }: { checklist: Checklist }) {
  const t = gpMessages.clinician;
  return (
    <>
      <table className="app-gp-table app-gp-checklist" data-checklist={checklist.id}>
        <caption className="app-gp-table__caption">
          <Noted note={checklist.caption} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.criterionHeader}</th>
            <th scope="col">{t.statusHeader}</th>
          </tr>
        </thead>
        <tbody>
          {checklist.rows.map((row) => (
            <tr
              key={row.key}
              data-criterion={row.specifier ? undefined : row.key}
              data-status={row.status}
              data-specifier={row.specifier}
            >
              <th scope="row">{row.label}</th>
              <td>
                {row.status ? <StatusText status={row.status} /> : <strong>{row.value}</strong>}
                <AnswerList answers={row.answers} notes={row.notes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {checklist.footnote && <p className="app-hint app-gp-checklist__footnote">{checklist.footnote}</p>}
    </>
  );
}

function StatusText({ status }: { status: ChecklistStatus }) {
  const t = gpMessages.clinician;
  return (
    <strong className={`app-gp-status app-gp-status--${status}`} data-status={status}>
      <span className="app-gp-status__symbol" aria-hidden="true">
        {t.statusSymbols[status]}
      </span>{' '}
      {t.statusWords[status]}
    </strong>
  );
}

/** The answers behind a criterion, then its notes. */
function AnswerList({ answers, notes }: { answers: AnswerLine[]; notes: CitedNote[] }) {
  if (answers.length === 0 && notes.length === 0) return null;
  return (
    <ul className="app-gp-table__list">
      {answers.map((line) => (
        <li key={line.question} data-question={line.question}>
          <span className="app-gp-answer__question">{line.label}:</span> {line.answer}
        </li>
      ))}
      {notes.map((note, index) => (
        <li key={`note-${index}`} className="app-gp-table__note">
          <Noted note={note} />
        </li>
      ))}
    </ul>
  );
}

export function AlertsSection({ section }: { section: Section<'alerts'> }) {
  const t = gpMessages.clinician;
  return <CitedSection id="gp-alerts" title={t.alertsTitle} items={section.items} empty={t.alertsNone} />;
}

export function MedicinesSection({ section }: { section: Section<'medicines'> }) {
  const t = gpMessages.clinician;
  return (
    <section aria-labelledby="gp-medicines-title">
      <Heading id="gp-medicines-title">{t.medicinesTitle}</Heading>
      {section.medicines.length === 0 ? (
        <p>{t.medicinesNone}</p>
      ) : (
        <>
          <p>{t.medicinesLead}</p>
          <CitedList items={section.medicines} />
        </>
      )}
      {section.otherMedicine && <p data-testid="other-medicine">{section.otherMedicine}</p>}
      {section.startedRecently && (
        <p>
          <Noted note={section.startedRecently} />
        </p>
      )}
      {section.conditions.length > 0 && (
        <>
          <h3 className="app-heading-s">{t.conditionsTitle}</h3>
          <CitedList items={section.conditions} />
        </>
      )}
    </section>
  );
}

export function TestsSection({ section }: { section: Section<'tests'> }) {
  const t = gpMessages.clinician;
  return (
    <section aria-labelledby="gp-tests-title">
      <Heading id="gp-tests-title">{t.testsTitle}</Heading>
      {!section.scored ? (
        <p>{t.testsRedFlag}</p>
      ) : section.rows.length === 0 ? (
        <p>{t.testsNone}</p>
      ) : (
        <table className="app-gp-table">
          <caption className="app-visually-hidden">{t.testsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.testHeader}</th>
              <th scope="col">{t.whyHeader}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((lab) => (
              <tr key={lab.id} data-lab={lab.id}>
                <th scope="row">{lab.name}</th>
                <td>
                  {lab.why}
                  <Cite citations={lab.citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.iron && (
        <div className="app-inset app-gp-iron">
          <p>
            <strong>{t.ironNoteTitle}.</strong> <Noted note={section.iron.note} />
          </p>
          <p>
            <Noted note={section.iron.older} />
          </p>
          <p>
            <Noted note={section.iron.inflammation} />
          </p>
        </div>
      )}
    </section>
  );
}

export function ExamSection({ section }: { section: Section<'exam'> }) {
  const t = gpMessages.clinician;
  return (
    <CitedSection
      id="gp-exam"
      title={t.examTitle}
      lead={<p>{t.examLead}</p>}
      items={section.items}
      listClassName="app-list app-list--bullet app-gp-exam"
    />
  );
}

export function CautionsSection({ section }: { section: Section<'cautions'> }) {
  return <CitedSection id="gp-cautions" title={gpMessages.clinician.cautionsTitle} items={section.items} listClassName="app-list app-gp-cautions" />;
}
