import { describe, expect, it } from 'vitest';
import { adjustLengthHeight } from '../../src/growth/adjustLengthHeight.ts';
import { ageInDays } from '../../src/growth/ageInDays.ts';
import { ageWithinStandards } from '../../src/growth/ageWithinStandards.ts';
import { assessGrowth } from '../../src/growth/assessGrowth.ts';
import { lengthForAgeZ } from '../../src/growth/lengthForAgeZ.ts';
import { lmsZ } from '../../src/growth/lmsZ.ts';
import { restrictedLmsZ } from '../../src/growth/restrictedLmsZ.ts';
import { roundZ } from '../../src/growth/roundZ.ts';
import { weightForAgeZ } from '../../src/growth/weightForAgeZ.ts';
import { weightForLengthHeightZ } from '../../src/growth/weightForLengthHeightZ.ts';
import { whoTables } from '../../src/growth/whoTables.ts';

// Every expected value below is worked by hand from the LMS row quoted beside it (rows copied
// from data/who/*.txt by eye, not read by the code under test):
//   z = ((x/M)^L − 1)/(L·S);  SD(k) = M·(1 + L·S·k)^(1/L);
//   z > 3 → 3 + (x − SD3)/(SD3 − SD2);  z < −3 → −3 + (x − SD−3)/(SD−2 − SD−3).

describe('whoTables', () => {
  it('holds every row of the four tables, keyed by day or tenth of a centimetre', () => {
    const t = whoTables();
    expect(t.lengthForAge.MALE).toHaveLength(1827);
    expect(t.weightForAge.FEMALE).toHaveLength(1827);
    expect(t.weightForLength.MALE).toHaveLength(651); // 45.0 … 110.0
    expect(t.weightForHeight.FEMALE).toHaveLength(551); // 65.0 … 120.0
    expect(t.lengthForAge.MALE[44]).toEqual({ l: 1, m: 56.4833, s: 0.03492 });
    expect(t.weightForAge.FEMALE[1826]).toEqual({ l: -0.3518, m: 18.2179, s: 0.14821 });
    expect(t.weightForLength.MALE[153]).toEqual({ l: -0.3521, m: 6.0737, s: 0.08331 }); // 60.3
    expect(t.weightForHeight.FEMALE[551 - 1]).toEqual({ l: -0.3833, m: 22.8173, s: 0.09828 });
  });
});

describe('ageInDays', () => {
  it('counts calendar days, across a leap day', () => {
    expect(ageInDays('2024-01-01', '2024-02-14')).toBe(44);
    expect(ageInDays('2024-02-28', '2024-03-01')).toBe(2); // 2024-02-29 exists
    expect(ageInDays('2020-03-01', '2025-03-01')).toBe(1826); // 5 × 365 + 1 leap day
    expect(ageInDays('2023-05-05', '2023-05-05')).toBe(0);
  });

  it('rejects impossible dates and a measurement before birth', () => {
    expect(() => ageInDays('2024-02-30', '2024-03-01')).toThrow('not a calendar date');
    expect(() => ageInDays('2024-3-1', '2024-03-02')).toThrow('YYYY-MM-DD');
    expect(() => ageInDays('2024-03-02', '2024-03-01')).toThrow('before birthDate');
  });
});

describe('ageWithinStandards', () => {
  it('runs from day 0 to day 1826 (under 60 months of 30.4375 days)', () => {
    expect(ageWithinStandards(0)).toBe(true);
    expect(ageWithinStandards(1826)).toBe(true); // 59.99 months
    expect(ageWithinStandards(1827)).toBe(false); // 60.02 months
    expect(ageWithinStandards(1856)).toBe(false);
    expect(ageWithinStandards(-1)).toBe(false);
  });
});

describe('adjustLengthHeight', () => {
  it('adds 0.7 cm to standing height below 731 days and takes 0.7 cm off lying length from 731', () => {
    expect(adjustLengthHeight(80, 'STANDING', 730)).toBeCloseTo(80.7, 12);
    expect(adjustLengthHeight(80, 'LYING', 730)).toBe(80);
    expect(adjustLengthHeight(88, 'LYING', 731)).toBeCloseTo(87.3, 12);
    expect(adjustLengthHeight(88, 'STANDING', 731)).toBe(88);
  });

  it('checks its input', () => {
    expect(() => adjustLengthHeight(0, 'LYING', 10)).toThrow('lengthHeightCm');
    expect(() => adjustLengthHeight(50, 'SITTING' as 'LYING', 10)).toThrow('position');
    expect(() => adjustLengthHeight(50, 'LYING', 1.5)).toThrow('ageDays');
  });
});

describe('lmsZ, restrictedLmsZ and roundZ', () => {
  it('computes the plain LMS z, with the L = 0 limit', () => {
    // (50/56.4833 − 1)/0.03492 = (0.885217 − 1)/0.03492 = −3.28702
    expect(lmsZ(50, { l: 1, m: 56.4833, s: 0.03492 })).toBeCloseTo(-3.28702, 5);
    // L = 0: ln(x/M)/S = ln(2)/0.1
    expect(lmsZ(20, { l: 0, m: 10, s: 0.1 })).toBeCloseTo(6.931472, 6);
  });

  it('restricts the tails beyond ±3 and leaves the middle alone', () => {
    const boy0 = { l: 0.3487, m: 3.3464, s: 0.14602 }; // weianthro sex 1, age 0
    // SD3 = 3.3464·(1 + 0.3487·0.14602·3)^(1/0.3487) = 5.03064; SD2 = 4.41935
    // 5.5 kg: plain z 3.71526 > 3 → 3 + (5.5 − 5.03064)/(5.03064 − 4.41935) = 3.76783
    expect(lmsZ(5.5, boy0)).toBeCloseTo(3.71526, 5);
    expect(restrictedLmsZ(5.5, boy0)).toBeCloseTo(3.76783, 5);
    // SD−3 = 2.08031; SD−2 = 2.45931
    // 1.5 kg: plain z −4.79343 < −3 → −3 + (1.5 − 2.08031)/(2.45931 − 2.08031) = −4.53114
    expect(lmsZ(1.5, boy0)).toBeCloseTo(-4.79343, 5);
    expect(restrictedLmsZ(1.5, boy0)).toBeCloseTo(-4.53114, 5);
    // |z| ≤ 3: unchanged. 3.3464 kg is the median: z = 0
    expect(restrictedLmsZ(3.3464, boy0)).toBeCloseTo(0, 12);
  });

  it('rounds to 2 decimals from the exact value, without −0', () => {
    expect(roundZ(-3.28702)).toBe(-3.29);
    expect(roundZ(-2.004999)).toBe(-2);
    expect(roundZ(-0.001)).toBe(0);
    expect(Object.is(roundZ(-0.001), -0)).toBe(false);
    expect(roundZ(5.006)).toBe(5.01);
  });
});

describe('lengthForAgeZ', () => {
  it('gives the WHO worked example: boy, 44 days, 50 cm → −3.29', () => {
    expect(lengthForAgeZ('MALE', 44, 50)).toEqual({ z: -3.29, flagged: false, reason: null });
  });

  it('gives the hand-computed z at both ends of the table', () => {
    // girl, day 0: M 49.1477 → z = 0
    expect(lengthForAgeZ('FEMALE', 0, 49.1477).z).toBe(0);
    // boy, day 1826: (110/109.9593 − 1)/0.04214 = 0.00878 → 0.01
    expect(lengthForAgeZ('MALE', 1826, 110).z).toBe(0.01);
    expect(lengthForAgeZ('MALE', 1827, 110)).toEqual({
      z: null,
      flagged: null,
      reason: 'AGE_OUT_OF_RANGE',
    });
    expect(lengthForAgeZ('FEMALE', 1856, 110).reason).toBe('AGE_OUT_OF_RANGE');
  });

  it('flags |z| > 6 on the rounded z', () => {
    // boy 44 d: (44.641/56.4833 − 1)/0.03492 = −6.00401 → −6.00, not flagged
    expect(lengthForAgeZ('MALE', 44, 44.641)).toEqual({ z: -6, flagged: false, reason: null });
    // (44.637/56.4833 − 1)/0.03492 = −6.00604 → −6.01, flagged
    expect(lengthForAgeZ('MALE', 44, 44.637)).toEqual({ z: -6.01, flagged: true, reason: null });
    // (68.326/56.4833 − 1)/0.03492 = 6.00422 → 6.00; 68.330 → 6.00625 → 6.01
    expect(lengthForAgeZ('MALE', 44, 68.326).flagged).toBe(false);
    expect(lengthForAgeZ('MALE', 44, 68.33)).toEqual({ z: 6.01, flagged: true, reason: null });
  });
});

describe('weightForAgeZ', () => {
  it('uses the restricted tails, both sexes, both ends of the table', () => {
    expect(weightForAgeZ('MALE', 0, 5.5).z).toBe(3.77); // 3.76783, above
    expect(weightForAgeZ('MALE', 0, 1.5).z).toBe(-4.53); // −4.53114, above
    // girl, day 1826: L −0.3518, M 18.2179, S 0.14821; SD3 = 29.54523, SD2 = 24.91441;
    // 30 kg: plain z 3.08671 > 3 → 3 + (30 − 29.54523)/(29.54523 − 24.91441) = 3.09820 → 3.10
    expect(weightForAgeZ('FEMALE', 1826, 30).z).toBe(3.1);
    // girl, day 400: L −0.2176, M 9.2009, S 0.12285; ((9/9.2009)^−0.2176 − 1)/(−0.2176·0.12285)
    // = −0.18014 → −0.18
    expect(weightForAgeZ('FEMALE', 400, 9)).toEqual({ z: -0.18, flagged: false, reason: null });
    expect(weightForAgeZ('FEMALE', 1827, 9).reason).toBe('AGE_OUT_OF_RANGE');
  });

  it('flags z < −6 or z > 5 on the rounded z', () => {
    // boy day 0: x = SD3 + (z − 3)(SD3 − SD2): z 5.004 → 6.25566 kg; 5.006 → 6.25688 kg
    expect(weightForAgeZ('MALE', 0, 6.25566)).toEqual({ z: 5, flagged: false, reason: null });
    expect(weightForAgeZ('MALE', 0, 6.25688)).toEqual({ z: 5.01, flagged: true, reason: null });
    // x = SD−3 + (z + 3)(SD−2 − SD−3): z −6.004 → 0.94178 kg; −6.006 → 0.94102 kg
    expect(weightForAgeZ('MALE', 0, 0.94178)).toEqual({ z: -6, flagged: false, reason: null });
    expect(weightForAgeZ('MALE', 0, 0.94102)).toEqual({ z: -6.01, flagged: true, reason: null });
  });

  it('is not computed with oedema', () => {
    expect(weightForAgeZ('MALE', 100, 5, { oedema: true })).toEqual({
      z: null,
      flagged: null,
      reason: 'OEDEMA',
    });
  });
});

describe('weightForLengthHeightZ', () => {
  it('interpolates L, M and S between tenths of a centimetre (weight-for-length under 731 days)', () => {
    // boy 60.35 cm: rows 60.3 (L −0.3521, M 6.0737, S 0.08331) and 60.4 (M 6.1011, S 0.08328);
    // halfway: M 6.0874, S 0.083295; 5.0 kg: plain z −2.44625 → −2.45
    expect(weightForLengthHeightZ('MALE', 100, 5, 60.35)).toEqual({
      z: -2.45,
      flagged: false,
      reason: null,
    });
  });

  it('reads weight-for-height from 731 days, interpolating there too', () => {
    // girl 85.0 cm: L −0.3833, M 11.3934, S 0.08896; 11 kg → −0.39767 → −0.4
    expect(weightForLengthHeightZ('FEMALE', 800, 11, 85).z).toBe(-0.4);
    // girl 85.05 cm: M = 11.3934 + 0.5·(11.4183 − 11.3934) = 11.40585 → −0.41012 → −0.41
    expect(weightForLengthHeightZ('FEMALE', 800, 11, 85.05).z).toBe(-0.41);
  });

  it('has no z outside the table: 45–110 cm lying, 65–120 cm standing', () => {
    expect(weightForLengthHeightZ('MALE', 100, 2.441, 45).z).toBe(0); // M at 45.0 cm
    expect(weightForLengthHeightZ('MALE', 100, 2.4, 44.9).reason).toBe('LENGTH_OUT_OF_RANGE');
    expect(weightForLengthHeightZ('MALE', 700, 18.2689, 110).z).toBe(0); // M at 110.0 cm
    expect(weightForLengthHeightZ('MALE', 700, 18, 110.1).reason).toBe('LENGTH_OUT_OF_RANGE');
    expect(weightForLengthHeightZ('FEMALE', 800, 7.2402, 65).z).toBe(0); // M at 65.0 cm
    expect(weightForLengthHeightZ('FEMALE', 800, 7, 64.9).reason).toBe('LENGTH_OUT_OF_RANGE');
    expect(weightForLengthHeightZ('FEMALE', 1826, 22.8173, 120).z).toBe(0); // M at 120.0 cm
  });

  it('flags |z| > 5 on the rounded z', () => {
    // boy 45.0 cm (L −0.3521, M 2.441, S 0.09182): z 5.004 → 3.88281 kg, 5.006 → 3.88343 kg,
    // −5.004 → 1.54319 kg, −5.006 → 1.54285 kg
    expect(weightForLengthHeightZ('MALE', 10, 3.88281, 45)).toMatchObject({ z: 5, flagged: false });
    expect(weightForLengthHeightZ('MALE', 10, 3.88343, 45)).toMatchObject({
      z: 5.01,
      flagged: true,
    });
    expect(weightForLengthHeightZ('MALE', 10, 1.54319, 45)).toMatchObject({
      z: -5,
      flagged: false,
    });
    expect(weightForLengthHeightZ('MALE', 10, 1.54285, 45)).toMatchObject({
      z: -5.01,
      flagged: true,
    });
  });
});

describe('assessGrowth', () => {
  it('adjusts standing height under 24 months: boy 600 days, 80.0 cm standing → 80.7 cm', () => {
    // lenanthro boy 600: M 83.9267, S 0.03333: (80.7/83.9267 − 1)/0.03333 = −1.15351 → −1.15
    const a = assessGrowth({ sex: 'MALE', ageDays: 600, heightCm: 80, position: 'STANDING' });
    expect(a.lengthHeightCm).toBeCloseTo(80.7, 12);
    expect(a.haz).toBe(-1.15);
    expect(a.stunted).toBe(false);
    // the same child measured lying: (80/83.9267 − 1)/0.03333 = −1.40377 → −1.40
    expect(assessGrowth({ sex: 'MALE', ageDays: 600, heightCm: 80, position: 'LYING' }).haz).toBe(
      -1.4,
    );
  });

  it('adjusts lying length from 24 months: boy 731 days, 88.0 cm lying → 87.3 cm', () => {
    // boy 731 (table H): M 87.1303, S 0.03508: (87.3/87.1303 − 1)/0.03508 = 0.05552 → 0.06
    expect(assessGrowth({ sex: 'MALE', ageDays: 731, heightCm: 88, position: 'LYING' }).haz).toBe(
      0.06,
    );
  });

  it('treats day 730 and day 731 differently for a girl measured standing', () => {
    // day 730 (table L): 85.0 + 0.7 = 85.7; M 86.4008, S 0.03733 → −0.21728 → −0.22
    expect(
      assessGrowth({ sex: 'FEMALE', ageDays: 730, heightCm: 85, position: 'STANDING' }).haz,
    ).toBe(-0.22);
    // day 731 (table H): 85.0 as is; M 85.7299, S 0.03764 → −0.22619 → −0.23
    expect(
      assessGrowth({ sex: 'FEMALE', ageDays: 731, heightCm: 85, position: 'STANDING' }).haz,
    ).toBe(-0.23);
  });

  it('classifies on the 2-decimal z: −2.004 is not stunted, −2.006 is', () => {
    // boy 44 d: 52.531 cm → −2.00381 → −2.00; 52.527 cm → −2.00583 → −2.01
    const edge = assessGrowth({ sex: 'MALE', ageDays: 44, heightCm: 52.531, position: 'LYING' });
    expect([edge.haz, edge.stunted]).toEqual([-2, false]);
    const below = assessGrowth({ sex: 'MALE', ageDays: 44, heightCm: 52.527, position: 'LYING' });
    expect([below.haz, below.stunted, below.severelyStunted]).toEqual([-2.01, true, false]);
    const worked = assessGrowth({ sex: 'MALE', ageDays: 44, heightCm: 50, position: 'LYING' });
    expect([worked.haz, worked.stunted, worked.severelyStunted]).toEqual([-3.29, true, true]);
  });

  it('never classifies a flagged z-score', () => {
    const a = assessGrowth({ sex: 'MALE', ageDays: 44, heightCm: 44.637, position: 'LYING' });
    expect(a).toMatchObject({ haz: -6.01, hazFlagged: true, stunted: null, severelyStunted: null });
    const w = assessGrowth({ sex: 'MALE', ageDays: 0, weightKg: 0.94102 });
    expect(w).toMatchObject({ waz: -6.01, wazFlagged: true, underweight: null });
  });

  it('gives wasted and underweight from WHZ and WAZ', () => {
    // boy 100 d, 60.35 cm lying, 5.0 kg: WHZ −2.45 (above). WAZ: weianthro boy 100 is
    // L 0.1682, M 6.5699, S 0.11588: ((5/6.5699)^0.1682 − 1)/(0.1682·0.11588) = −2.30311 → −2.3
    const a = assessGrowth({
      sex: 'MALE',
      ageDays: 100,
      weightKg: 5,
      heightCm: 60.35,
      position: 'LYING',
    });
    expect([a.whz, a.wasted]).toEqual([-2.45, true]);
    expect([a.waz, a.underweight]).toEqual([-2.3, true]);
    // HAZ: lenanthro boy 100, M 62.1826, S 0.03306: (60.35/62.1826 − 1)/0.03306 = −0.89146
    expect(a).toMatchObject({ haz: -0.89, stunted: false, hazFlagged: false, wazFlagged: false });
  });

  it('with oedema: no weight-based z, counted as wasted and underweight, HAZ still given', () => {
    const a = assessGrowth({
      sex: 'FEMALE',
      ageDays: 400,
      weightKg: 9,
      heightCm: 74,
      position: 'LYING',
      oedema: true,
    });
    expect(a).toMatchObject({
      waz: null,
      whz: null,
      wazReason: 'OEDEMA',
      whzReason: 'OEDEMA',
      wasted: true,
      underweight: true,
    });
    expect(a.haz).not.toBeNull();
  });

  it('gives reasons for every null: age past 60 months, nothing measured', () => {
    const old = assessGrowth({ sex: 'MALE', ageDays: 1827, weightKg: 18, heightCm: 110 });
    expect(old).toMatchObject({
      haz: null,
      waz: null,
      whz: null,
      hazReason: 'AGE_OUT_OF_RANGE',
      wazReason: 'AGE_OUT_OF_RANGE',
      whzReason: 'AGE_OUT_OF_RANGE',
      stunted: null,
      wasted: null,
      underweight: null,
    });
    const weightOnly = assessGrowth({ sex: 'FEMALE', ageDays: 400, weightKg: 9 });
    expect(weightOnly).toMatchObject({
      haz: null,
      hazReason: 'NOT_MEASURED',
      whzReason: 'NOT_MEASURED',
      waz: -0.18,
      wazReason: null,
    });
  });

  it('checks its input', () => {
    expect(() => assessGrowth({ sex: 'X' as 'MALE', ageDays: 1 })).toThrow('sex');
    expect(() => assessGrowth({ sex: 'MALE', ageDays: -1 })).toThrow('ageDays');
    expect(() => assessGrowth({ sex: 'MALE', ageDays: 1, weightKg: -2 })).toThrow('weightKg');
    expect(() => assessGrowth({ sex: 'MALE', ageDays: 1, heightCm: Number.NaN })).toThrow(
      'heightCm',
    );
  });
});
