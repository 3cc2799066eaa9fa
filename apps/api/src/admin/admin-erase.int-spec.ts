import { randomBytes } from 'node:crypto';

import {
  ADMIN_PERSON_EXPORT_FORMAT,
  type AdminPerson,
  type AdminPersonExport,
  type AuditEvent,
  type MyDataExport,
  type Page,
} from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { demoOrganizationId, demoPersonId } from '../demo/demo-id';

const ACME = demoOrganizationId('acme');
const AVERY = demoPersonId('acme', 'avery');
const SAM = demoPersonId('acme', 'sam');
const MORGAN = demoPersonId('acme', 'morgan');
const LEE = demoPersonId('acme', 'lee');
const JORDAN = demoPersonId('acme', 'jordan');
const HANA = demoPersonId('globex', 'hana');

const canary = (what: string) => `CANARY-${what}-${randomBytes(6).toString('hex')}`;

describe('Admin export and erasure (GET …/export, POST …/erase)', () => {
  let t: TestApp;
  let avery: string;
  let conversationId: string;
  const planted = {
    samsPrivateNote: canary('SAMPRIVATE'),
    morgansPrivateNote: canary('MORGANPRIVATE'),
    sharedNote: canary('SHARED'),
    evidenceBody: canary('EVIDENCE'),
    aspiration: canary('ASPIRATION'),
    agenda: canary('AGENDA'),
  };

  beforeAll(async () => {
    t = await startTestApp();
    avery = await t.bearer('avery@acme.test');
    const [conversation] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM conversations WHERE report_id = $1 AND manager_id = $2 ORDER BY created_at LIMIT 1`,
      [SAM, MORGAN],
    );
    if (!conversation) throw new Error('The demo has a Sam–Morgan conversation');
    conversationId = conversation.id;
    await t.dataSource.query(`DELETE FROM conversation_notes WHERE conversation_id = $1`, [conversationId]);
    await t.dataSource.query(
      `INSERT INTO conversation_notes (organization_id, conversation_id, visibility, author_id, body)
       VALUES ($1, $2, 'private', $3, $4), ($1, $2, 'private', $5, $6), ($1, $2, 'shared', $3, $7)`,
      [
        ACME,
        conversationId,
        SAM,
        planted.samsPrivateNote,
        MORGAN,
        planted.morgansPrivateNote,
        planted.sharedNote,
      ],
    );
    await t.dataSource.query(`UPDATE evidence SET challenge = $2 WHERE person_id = $1`, [
      SAM,
      planted.evidenceBody,
    ]);
    await t.dataSource.query(`UPDATE aspirations SET statement = $2 WHERE person_id = $1`, [
      SAM,
      planted.aspiration,
    ]);
    await t.dataSource.query(`UPDATE conversations SET agenda = $2 WHERE id = $1`, [
      conversationId,
      planted.agenda,
    ]);
  });
  afterAll(() => t.close());

  const exportOf = async (id: string) => {
    const response = await t.http
      .get(`/api/admin/people/${id}/export`)
      .set('Authorization', avery)
      .expect(200);
    return { response, document: response.body as AdminPersonExport };
  };
  const erase = (id: string, confirmEmail: string, auth = avery) =>
    t.http.post(`/api/admin/people/${id}/erase`).set('Authorization', auth).send({ confirmEmail });

  describe('export', () => {
    it('should hold everything of the person’s own export and never a private note, not even their own', async () => {
      const { response, document } = await exportOf(SAM);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="trellis-person-/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(document).toMatchObject({
        format: ADMIN_PERSON_EXPORT_FORMAT,
        exportedBy: { id: AVERY, name: 'Avery Stone' },
        excluded: ['private-notes'],
        person: { id: SAM, email: 'sam@acme.test' },
      });
      // A GDPR access request: the person's own words are in it…
      expect(document.aspirations.map((a) => a.statement)).toContain(planted.aspiration);
      expect(document.evidence.length).toBeGreaterThan(0);
      expect(document.evidence.every((e) => e.challenge === planted.evidenceBody)).toBe(true);
      const conversation = document.conversations.find((c) => c.id === conversationId);
      expect(conversation?.sharedNote?.body).toBe(planted.sharedNote);
      expect(conversation?.agenda).toBe(planted.agenda);
      const [goal] = await t.dataSource.query<{ title: string }[]>(
        `SELECT g.title FROM goals g JOIN growth_plans p ON p.id = g.plan_id WHERE p.person_id = $1 LIMIT 1`,
        [SAM],
      );
      expect(goal?.title).toBeTruthy();
      const goalTitles = document.growthPlans.flatMap((p) => p.goals.map((g) => g.title));
      expect(goalTitles).toContain(goal?.title);
      // …but no private note: neither Sam's own (the export is made by someone else) nor his manager's.
      expect(response.text).not.toContain(planted.samsPrivateNote);
      expect(response.text).not.toContain(planted.morgansPrivateNote);
      expect(document.conversations.every((c) => c.myPrivateNote === null)).toBe(true);
      // Every record is there.
      const [counts] = await t.dataSource.query<{ evidence: number; conversations: number }[]>(
        `SELECT (SELECT count(*)::int FROM evidence WHERE person_id = $1) AS evidence,
                (SELECT count(*)::int FROM conversations WHERE report_id = $1 OR manager_id = $1) AS conversations`,
        [SAM],
      );
      expect(document.evidence).toHaveLength(counts?.evidence ?? -1);
      expect(document.conversations).toHaveLength(counts?.conversations ?? -1);
      expect(response.text).not.toMatch(/argon2|password|token_?hash|session_?version/i);
    });

    it('should be the person’s own export, less their private notes', async () => {
      const morgan = await t.bearer('morgan@acme.test');
      const own = (await t.http.get('/api/exports/me').set('Authorization', morgan).expect(200))
        .body as MyDataExport;
      const { document } = await exportOf(MORGAN);
      // Morgan's own export holds his private note; the admin's does not.
      expect(own.conversations.find((c) => c.id === conversationId)?.myPrivateNote?.body).toBe(
        planted.morgansPrivateNote,
      );
      const { format, exportedBy, excluded, ...adminContent } = document;
      expect({ format, exportedBy, excluded }).toEqual({
        format: ADMIN_PERSON_EXPORT_FORMAT,
        exportedBy: { id: AVERY, name: 'Avery Stone' },
        excluded: ['private-notes'],
      });
      // Both reads are audited and each has its moment, so the trail and the date differ.
      const comparable = (content: Omit<MyDataExport, 'format'>) => ({
        ...content,
        format: null,
        exportedAt: null,
        auditEvents: null,
        conversations: content.conversations.map((c) => ({ ...c, myPrivateNote: null })),
      });
      expect(comparable(adminContent)).toEqual(comparable(own));
      expect(adminContent.conversations.every((c) => c.myPrivateNote === null)).toBe(true);
    });

    it('should not even select a private note', async () => {
      const statements = await t.recordQueries(() =>
        t.http.get(`/api/admin/people/${SAM}/export`).set('Authorization', avery).expect(200),
      );
      const notes = statements.filter((sql) => /conversation_notes/.test(sql));
      expect(notes).toHaveLength(1);
      expect(notes[0]).not.toMatch(/private/);
    });

    it('should audit the export as a read of the person’s record by the admin', async () => {
      const { response } = await exportOf(LEE);
      const events = await t.dataSource.query<object[]>(
        `SELECT actor_id, subject_person_id, action FROM audit_events WHERE correlation_id = $1`,
        [response.headers['x-correlation-id']],
      );
      expect(events).toEqual([{ actor_id: AVERY, subject_person_id: LEE, action: 'person.export' }]);
    });

    it('should not find another organization’s person, nor answer anyone but an admin', async () => {
      await t.http.get(`/api/admin/people/${HANA}/export`).set('Authorization', avery).expect(404);
      await t.http
        .get(`/api/admin/people/${SAM}/export`)
        .set('Authorization', await t.bearer('sam@acme.test'))
        .expect(403);
    });

    it('should answer in the same number of SQL statements with few rows or many', async () => {
      const measure = async (id: string) =>
        (
          await t.recordQueries(() =>
            t.http.get(`/api/admin/people/${id}/export`).set('Authorization', avery).expect(200),
          )
        ).length;
      const before = await measure(JORDAN);
      await t.dataSource.query(
        `INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on)
         SELECT $1, $2, 'Fixture ' || i, 'teaching', DATE '2026-01-01' + i FROM generate_series(1, 40) i`,
        [ACME, JORDAN],
      );
      await t.dataSource.query(
        `INSERT INTO conversations (organization_id, report_id, manager_id, requester_id, topic, agenda)
         SELECT $1, $2, $3, $2, 'feedback', 'Fixture ' || i FROM generate_series(1, 40) i`,
        [ACME, LEE, JORDAN],
      );
      expect(await measure(JORDAN)).toBe(before);
    });
  });

  describe('erase', () => {
    const aggregates = async () => {
      const harper = await t.bearer('harper@acme.test');
      const paths = await t.http.get('/api/mobility/paths').set('Authorization', harper).expect(200);
      const teams = await t.http.get('/api/mobility/teams').set('Authorization', harper).expect(200);
      return { paths: paths.body as unknown, teams: teams.body as unknown };
    };

    it('should refuse a wrong confirmation, yourself and another organization’s person, changing nothing', async () => {
      const wrong = await erase(SAM, 'sam@acme.tes').expect(422);
      expect(wrong.body).toMatchObject({ errors: [{ path: 'confirmEmail' }] });
      const self = await erase(AVERY, 'avery@acme.test').expect(409);
      expect(self.body).toMatchObject({ detail: 'You cannot erase yourself. Ask another admin.' });
      await erase(HANA, 'hana@globex.test').expect(404);
      await t.http.post(`/api/admin/people/${SAM}/erase`).set('Authorization', avery).send({}).expect(400);
      await erase(SAM, 'sam@acme.test', await t.bearer('harper@acme.test')).expect(403);
      const [sam] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM people WHERE id = $1`, [
        SAM,
      ]);
      expect(sam?.name).toBe('Sam Okafor');
    });

    it('should anonymise the person, keep aggregates and others’ records, and end their access for good', async () => {
      const samsLogin = await t.http
        .post('/api/auth/login')
        .send({ email: 'sam@acme.test', password: 'trellis-demo' });
      const samsToken = `Bearer ${(samsLogin.body as { accessToken: string }).accessToken}`;
      // Deactivation alone changes headcounts; erasure must change nothing more.
      await t.http
        .patch(`/api/admin/people/${SAM}`)
        .set('Authorization', avery)
        .send({ active: false })
        .expect(200);
      const before = await aggregates();
      const [movesBefore] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM moves WHERE person_id = $1`,
        [SAM],
      );

      const response = await erase(SAM, ' SAM@acme.test ').expect(200);
      const erased = response.body as AdminPerson;
      expect(erased).toMatchObject({
        id: SAM,
        name: 'Erased person',
        email: `erased-${SAM}@erased.invalid`,
        title: '',
        hireDate: null,
        roles: ['member'],
        active: false,
        erased: true,
      });

      expect(await aggregates()).toEqual(before);
      const [movesAfter] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM moves WHERE person_id = $1`,
        [SAM],
      );
      expect(movesAfter?.n).toBe(movesBefore?.n);

      // Morgan keeps his private note and the shared note of their conversation.
      const morgan = await t.bearer('morgan@acme.test');
      const mine = await t.http
        .get(`/api/conversations/${conversationId}/notes/private`)
        .set('Authorization', morgan)
        .expect(200);
      expect((mine.body as { body: string }).body).toBe(planted.morgansPrivateNote);
      const shared = await t.http
        .get(`/api/conversations/${conversationId}/notes/shared`)
        .set('Authorization', morgan)
        .expect(200);
      expect((shared.body as { body: string }).body).toBe(planted.sharedNote);

      // Sam's own text is gone from the database, not only from answers.
      const [left] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM (
           SELECT body AS text FROM conversation_notes WHERE author_id = $1 AND visibility = 'private'
           UNION ALL SELECT statement FROM aspirations WHERE person_id = $1 AND statement <> ''
           UNION ALL SELECT challenge FROM evidence WHERE person_id = $1 AND (challenge <> '' OR title <> '')
           UNION ALL SELECT title FROM notifications WHERE person_id = $1
           UNION ALL SELECT password_hash FROM people WHERE id = $1 AND password_hash IS NOT NULL) x`,
        [SAM],
      );
      expect(left?.n).toBe(0);

      // No way back in.
      await t.http.get('/api/me').set('Authorization', samsToken).expect(401);
      await t.http
        .post('/api/auth/login')
        .send({ email: 'sam@acme.test', password: 'trellis-demo' })
        .expect(401);
      await t.http
        .post('/api/auth/login')
        .send({ email: `erased-${SAM}@erased.invalid`, password: 'trellis-demo' })
        .expect(401);

      // The audit trail keeps the event, with ids as ids and the anonymous name.
      const audit = await t.http
        .get(`/api/audit?action=person.erase&subjectPersonId=${SAM}`)
        .set('Authorization', avery)
        .expect(200);
      const [event] = (audit.body as Page<AuditEvent>).items;
      expect(event).toMatchObject({
        actorId: AVERY,
        subjectPersonId: SAM,
        targetId: SAM,
        correlationId: response.headers['x-correlation-id'],
        subject: { id: SAM, name: 'Erased person' },
      });
      expect(JSON.stringify(audit.body)).not.toContain('Sam Okafor');
    });

    it('should refuse a second erase and any change to the erased account', async () => {
      const again = await erase(SAM, `erased-${SAM}@erased.invalid`).expect(409);
      expect(again.body).toMatchObject({ detail: 'This person has already been erased.' });
      await t.http
        .patch(`/api/admin/people/${SAM}`)
        .set('Authorization', avery)
        .send({ active: true })
        .expect(409);
    });

    it('should erase in the same number of SQL statements with few rows or many', async () => {
      const measure = async (id: string, email: string) =>
        (await t.recordQueries(() => erase(id, email).expect(200))).length;
      const few = await measure(demoPersonId('acme', 'harper'), 'harper@acme.test');
      await t.dataSource.query(
        `INSERT INTO evidence (organization_id, person_id, title, kind, occurred_on)
         SELECT $1, $2, 'Fixture ' || i, 'teaching', DATE '2026-01-01' + i FROM generate_series(1, 40) i`,
        [ACME, LEE],
      );
      await t.dataSource.query(
        `INSERT INTO notifications (organization_id, person_id, kind, title)
         SELECT $1, $2, 'fixture', 'Fixture ' || i FROM generate_series(1, 40) i`,
        [ACME, LEE],
      );
      expect(await measure(LEE, 'lee@acme.test')).toBe(few);
    });
  });
});
