import type { HandoverNote, Page } from '@trellis/domain';

import { startTestApp, TestApp } from '../../test/int/test-app';
import { acmePerson, addPerson, giveLogin } from './team-fixtures';

const PRIYA = acmePerson('priya');
const MORGAN = acmePerson('morgan');
const JORDAN = acmePerson('jordan');
const RAFAEL = acmePerson('rafael');

/** Handover notes: from the direct manager to whoever manages the report next. */
describe('Handover notes (/api/people/:personId/handover-notes)', () => {
  let t: TestApp;
  let rafael: string;
  const path = `/api/people/${PRIYA}/handover-notes`;
  const bearer = (who: string) =>
    t.bearer(who.includes('@') ? who : `${who}@${who === 'hana' ? 'globex' : 'acme'}.test`);
  const write = async (who: string, body: object) =>
    t.http
      .post(path)
      .set('Authorization', await bearer(who))
      .send(body);
  const read = async (who: string, query = '') =>
    t.http.get(`${path}${query}`).set('Authorization', await bearer(who));
  const bodies = async (who: string) => {
    const response = await read(who);
    expect(response.status).toBe(200);
    return (response.body as Page<HandoverNote>).items.map((note) => note.body);
  };
  const moveTo = (managerId: string) =>
    t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [managerId, PRIYA]);

  beforeAll(async () => {
    t = await startTestApp();
    // A skip-level above Morgan, so that the chain has an indirect manager.
    rafael = await giveLogin(t.dataSource, RAFAEL);
    await t.dataSource.query(`UPDATE people SET manager_id = $1 WHERE id = $2`, [RAFAEL, MORGAN]);
  });
  afterAll(() => t.close());

  it('should let the direct manager leave a note, and say who wrote it', async () => {
    const response = await write('morgan', {
      body: '  Priya chairs the Insights 2.0 launch council until February.  ',
    });
    expect(response.status).toBe(201);
    expect(response.body as HandoverNote).toEqual({
      id: expect.any(String) as string,
      personId: PRIYA,
      authorId: MORGAN,
      authorName: 'Morgan Blake',
      body: 'Priya chairs the Insights 2.0 launch council until February.',
      createdAt: expect.any(String) as string,
    });
  });

  it('should refuse the report herself and the skip-level (403), and anyone outside the chain (404)', async () => {
    expect((await write('priya', { body: 'About me' })).status).toBe(403);
    expect((await write(rafael, { body: 'Skip-level' })).status).toBe(403);
    for (const who of ['sam', 'jordan', 'lee', 'harper', 'avery', 'hana']) {
      expect([who, (await write(who, { body: 'Probe' })).status]).toEqual([who, 404]);
    }
  });

  it.each([
    ['a blank body', { body: '   ' }],
    ['a body over 4000 characters', { body: 'x'.repeat(4001) }],
    ['no body', {}],
    ['an unknown field', { body: 'ok', authorId: JORDAN }],
  ])('should refuse %s with a 400 problem and write nothing', async (_case, input) => {
    expect((await write('morgan', input)).status).toBe(400);
    expect(await bodies('morgan')).toHaveLength(1);
  });

  it('should show it to the report, the author and the whole chain; not to peers, HR or admins', async () => {
    for (const who of ['priya', 'morgan', rafael]) expect(await bodies(who)).toHaveLength(1);
    for (const who of ['sam', 'jordan', 'lee', 'harper', 'avery', 'hana']) {
      expect([who, (await read(who)).status]).toEqual([who, 404]);
    }
  });

  it('should audit reads by others, never the report’s own', async () => {
    const count = async () =>
      (
        await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'handover_note.read' AND subject_person_id = $1`,
          [PRIYA],
        )
      )[0]?.n ?? 0;
    const before = await count();
    await bodies('priya');
    expect(await count()).toBe(before);
    await bodies('morgan');
    expect(await count()).toBe(before + 1);
  });

  describe('when Priya moves on', () => {
    it('should show the new manager what the old one left, and let him add his own', async () => {
      await moveTo(JORDAN);
      expect(await bodies('jordan')).toEqual([
        'Priya chairs the Insights 2.0 launch council until February.',
      ]);
      expect(
        (await write('jordan', { body: 'Pairing her with Lee on the pipeline dashboard.' })).status,
      ).toBe(201);
      expect(await bodies('priya')).toHaveLength(2);
      // Newest first.
      expect((await bodies('jordan'))[0]).toBe('Pairing her with Lee on the pipeline dashboard.');
    });

    it('should leave the old manager his own notes only, and no longer let him write', async () => {
      expect(await bodies('morgan')).toEqual([
        'Priya chairs the Insights 2.0 launch council until February.',
      ]);
      expect((await write('morgan', { body: 'One more thing' })).status).toBe(404);
      // Morgan's old skip-level is out of the chain and wrote nothing: the person does not exist for him.
      expect((await read(rafael)).status).toBe(404);
    });

    it('should show every note to whoever manages her later', async () => {
      const { id: kai } = await addPerson(t.dataSource, { managerId: null, name: 'Kai Next' });
      const kaiEmail = await giveLogin(t.dataSource, kai);
      await moveTo(kai);
      expect(await bodies(kaiEmail)).toHaveLength(2);
      expect(await bodies('jordan')).toEqual(['Pairing her with Lee on the pipeline dashboard.']);
      expect(await bodies('morgan')).toEqual([
        'Priya chairs the Insights 2.0 launch council until February.',
      ]);
      expect((await read('sam')).status).toBe(404);
    });

    it('should page newest first', async () => {
      const first = (await read('priya', '?limit=1')).body as Page<HandoverNote>;
      expect(first.items).toHaveLength(1);
      expect(first.nextCursor).not.toBeNull();
      const second = (await read('priya', `?limit=1&cursor=${first.nextCursor}`)).body as Page<HandoverNote>;
      expect(second.items.map((note) => note.authorId)).toEqual([MORGAN]);
      expect(second.nextCursor).toBeNull();
    });
  });
});
