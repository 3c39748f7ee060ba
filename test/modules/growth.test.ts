import { beforeAll, describe, expect, it } from 'vitest';
import { childIdHash, resolveChildIdSecret } from '../../src/modules/growth/growth.childId.ts';
import { graphql } from '../gql/index.ts';
import { errorCodes, execute } from '../helpers/execute.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

beforeAll(async () => {
  await testDatabase();
});

const Assess = graphql(`
  query Assess(
    $sex: Sex!
    $ageDays: Int
    $birthDate: Date
    $measuredOn: Date
    $weightKg: Float
    $heightCm: Float
    $measured: MeasurementPosition
    $oedema: Boolean
  ) {
    growthAssessment(
      sex: $sex
      ageDays: $ageDays
      birthDate: $birthDate
      measuredOn: $measuredOn
      weightKg: $weightKg
      heightCm: $heightCm
      measured: $measured
      oedema: $oedema
    ) {
      ageDays
      lengthHeightCm
      haz
      waz
      whz
      hazFlagged
      wazFlagged
      whzFlagged
      hazReason
      wazReason
      whzReason
      stunted
      severelyStunted
      wasted
      underweight
    }
  }
`);

describe('Query.growthAssessment', () => {
  it('gives the WHO worked example to anyone: boy, 44 days, 50 cm lying → HAZ −3.29', async () => {
    const result = await execute(Assess, {
      sex: 'MALE',
      ageDays: 44,
      heightCm: 50,
      measured: 'LYING',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.growthAssessment).toMatchObject({
      ageDays: 44,
      lengthHeightCm: 50,
      haz: -3.29,
      hazFlagged: false,
      hazReason: null,
      waz: null,
      wazReason: 'NOT_MEASURED',
      whzReason: 'NOT_MEASURED',
      stunted: true,
      severelyStunted: true,
      wasted: null,
      underweight: null,
    });
  });

  it('takes the age from the two dates (2024-01-01 → 2024-02-14 is 44 days)', async () => {
    const result = await execute(Assess, {
      sex: 'MALE',
      birthDate: '2024-01-01',
      measuredOn: '2024-02-14',
      heightCm: 50,
      measured: 'LYING',
    });
    expect(result.data?.growthAssessment).toMatchObject({ ageDays: 44, haz: -3.29 });
  });

  it('computes all three z-scores of one measurement', async () => {
    // boy 100 d, 60.35 cm lying, 5.0 kg: HAZ −0.89, WAZ −2.3, WHZ −2.45 (worked in
    // test/growth/who.test.ts from the LMS rows)
    const result = await execute(Assess, {
      sex: 'MALE',
      ageDays: 100,
      weightKg: 5,
      heightCm: 60.35,
      measured: 'LYING',
    });
    expect(result.data?.growthAssessment).toMatchObject({
      haz: -0.89,
      waz: -2.3,
      whz: -2.45,
      stunted: false,
      underweight: true,
      wasted: true,
    });
  });

  it('adjusts for position on both sides of 731 days', async () => {
    const standing = await execute(Assess, {
      sex: 'FEMALE',
      ageDays: 730,
      heightCm: 85,
      measured: 'STANDING',
    });
    // 85.0 + 0.7 = 85.7; lenanthro girl 730: M 86.4008, S 0.03733 → −0.22
    expect(standing.data?.growthAssessment).toMatchObject({ lengthHeightCm: 85.7, haz: -0.22 });
    const lying = await execute(Assess, {
      sex: 'MALE',
      ageDays: 731,
      heightCm: 88,
      measured: 'LYING',
    });
    // 88.0 − 0.7 = 87.3; lenanthro boy 731: M 87.1303, S 0.03508 → 0.06
    expect(lying.data?.growthAssessment?.haz).toBe(0.06);
  });

  it('returns flagged values without classifying them, and oedema as wasted', async () => {
    const flagged = await execute(Assess, {
      sex: 'MALE',
      ageDays: 44,
      heightCm: 44.637,
      measured: 'LYING',
    });
    expect(flagged.data?.growthAssessment).toMatchObject({
      haz: -6.01,
      hazFlagged: true,
      stunted: null,
      severelyStunted: null,
    });
    const oedema = await execute(Assess, {
      sex: 'FEMALE',
      ageDays: 400,
      weightKg: 9,
      heightCm: 74,
      measured: 'LYING',
      oedema: true,
    });
    expect(oedema.data?.growthAssessment).toMatchObject({
      waz: null,
      whz: null,
      wazReason: 'OEDEMA',
      whzReason: 'OEDEMA',
      wasted: true,
      underweight: true,
    });
  });

  it('says why a z-score is null past 60 months', async () => {
    const result = await execute(Assess, {
      sex: 'FEMALE',
      ageDays: 1827,
      weightKg: 18,
      heightCm: 110,
    });
    expect(result.data?.growthAssessment).toMatchObject({
      haz: null,
      hazReason: 'AGE_OUT_OF_RANGE',
      wazReason: 'AGE_OUT_OF_RANGE',
      whzReason: 'AGE_OUT_OF_RANGE',
    });
  });

  it.each([
    [{ sex: 'MALE', heightCm: 50 }, 'birthDate'],
    [{ sex: 'MALE', birthDate: '2024-01-01', heightCm: 50 }, 'measuredOn'],
    [
      { sex: 'MALE', ageDays: 3, birthDate: '2024-01-01', measuredOn: '2024-01-04', heightCm: 50 },
      'ageDays',
    ],
    [
      { sex: 'MALE', birthDate: '2024-02-01', measuredOn: '2024-01-04', heightCm: 50 },
      'measuredOn',
    ],
    [{ sex: 'MALE', ageDays: -1, heightCm: 50 }, 'ageDays'],
    [{ sex: 'MALE', ageDays: 10 }, 'weightKg'],
    [{ sex: 'MALE', ageDays: 10, weightKg: -3 }, 'weightKg'],
    [{ sex: 'MALE', ageDays: 10, heightCm: 0 }, 'heightCm'],
  ] as const)('refuses %j with BAD_USER_INPUT naming %s', async (variables, argument) => {
    const result = await execute(Assess, variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(result.data).toBeNull();
  });

  it('refuses a date that does not exist', async () => {
    const result = await execute(Assess, {
      sex: 'MALE',
      birthDate: '2024-02-30',
      measuredOn: '2024-03-04',
      heightCm: 50,
    });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('2024-02-30');
  });
});

describe('resolveChildIdSecret and childIdHash', () => {
  it('requires a long enough CHILD_ID_SECRET in production', () => {
    expect(() => resolveChildIdSecret({ childIdSecret: undefined, production: true })).toThrow(
      'CHILD_ID_SECRET is required in production',
    );
    expect(() => resolveChildIdSecret({ childIdSecret: 'short', production: true })).toThrow(
      'at least 32 characters',
    );
    const key = 'k'.repeat(32);
    expect(resolveChildIdSecret({ childIdSecret: key, production: true })).toBe(key);
  });

  it('is HMAC-SHA256 under the key, 128 bits in hex, different under another key', () => {
    // RFC 4231 test case 2: HMAC-SHA256("Jefe", "what do ya want for nothing?") =
    // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
    expect(childIdHash('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c7',
    );
    expect(childIdHash('a'.repeat(32), '3216010101250001')).not.toBe(
      childIdHash('b'.repeat(32), '3216010101250001'),
    );
  });
});
